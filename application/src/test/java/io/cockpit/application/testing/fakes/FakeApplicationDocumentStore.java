package io.cockpit.application.testing.fakes;

import io.cockpit.application.port.out.shared.UniquenessViolation;
import io.cockpit.application.port.out.website.ApplicationDocumentStore;
import io.cockpit.domain.shared.ItemId;
import io.cockpit.domain.website.ApplicationDocument;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Documents with their contents in a {@link FakeDatabase}; one per application and file name, like the index. The
 * content is kept whole and cut into parts of {@code PART_BYTES} when read.
 */
public final class FakeApplicationDocumentStore implements ApplicationDocumentStore {

    private record Stored(ApplicationDocument document, byte[] content) {
    }

    private final FakeTable<Stored> documents;

    public FakeApplicationDocumentStore(FakeDatabase database) {
        this.documents = database.table("application_document", stored -> stored.document().id(), List.of(
                UniqueKey.unique("uq_application_document_name", UniquenessViolation.Rule.IDENTIFIER,
                        stored -> stored.document().applicationId().value() + "\n"
                                + stored.document().fileName().value())));
    }

    @Override
    public Optional<ApplicationDocument> put(ApplicationDocument document, byte[] content) {
        Optional<ApplicationDocument> replaced = documents.deleteWhere(stored ->
                stored.document().applicationId().equals(document.applicationId())
                        && stored.document().fileName().equals(document.fileName())).stream()
                .map(Stored::document).findFirst();
        documents.insert(new Stored(new ApplicationDocument(document.id(), document.applicationId(),
                document.fileName(), document.type(), document.sizeBytes(), StoredTime.of(document.uploadedAt())),
                content.clone()));
        return replaced;
    }

    @Override
    public List<ApplicationDocument> list(ItemId applicationId) {
        return of(applicationId).stream().map(Stored::document)
                .sorted(Comparator.comparing(ApplicationDocument::uploadedAt)
                        .thenComparing(document -> document.id().value(), Keyset.BINARY_TEXT))
                .toList();
    }

    @Override
    public int count(ItemId applicationId) {
        return of(applicationId).size();
    }

    @Override
    public Optional<ApplicationDocument> find(ItemId applicationId, ItemId documentId) {
        return stored(applicationId, documentId).map(Stored::document);
    }

    @Override
    public Optional<byte[]> part(ItemId documentId, int number) {
        return documents.find(documentId)
                .filter(stored -> number >= 0 && number < ApplicationDocumentStore.parts(stored.content().length))
                .map(stored -> Arrays.copyOfRange(stored.content(), number * PART_BYTES,
                        Math.min(stored.content().length, (number + 1) * PART_BYTES)));
    }

    @Override
    public int deleteAll(ItemId applicationId) {
        return documents.deleteWhere(stored -> stored.document().applicationId().equals(applicationId)).size();
    }

    private List<Stored> of(ItemId applicationId) {
        return documents.select(stored -> stored.document().applicationId().equals(applicationId));
    }

    private Optional<Stored> stored(ItemId applicationId, ItemId documentId) {
        return documents.find(documentId).filter(stored -> stored.document().applicationId().equals(applicationId));
    }
}
