package io.cockpit.application.port.out.website;

import io.cockpit.domain.shared.ItemId;
import io.cockpit.domain.website.ApplicationDocument;

import java.util.List;
import java.util.Optional;

/**
 * The documents of applications, content included, in the relational store. Contents are at most 10 MiB
 * ({@code ApplicationDocument.MAX_BYTES}); a download reads one whole, never more.
 */
public interface ApplicationDocumentStore {

    /**
     * Stores the document, replacing the application's document with the same file name.
     *
     * @return the replaced document, if there was one
     */
    Optional<ApplicationDocument> put(ApplicationDocument document, byte[] content);

    /** The application's documents (without content), the oldest first. */
    List<ApplicationDocument> list(ItemId applicationId);

    int count(ItemId applicationId);

    Optional<ApplicationDocument> find(ItemId applicationId, ItemId documentId);

    Optional<byte[]> content(ItemId applicationId, ItemId documentId);

    /** Erases every document of the application; how many there were. */
    int deleteAll(ItemId applicationId);
}
