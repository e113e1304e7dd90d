package io.cockpit.adapters.mysql.website;

import io.cockpit.adapters.mysql.InstantColumns;
import io.cockpit.adapters.mysql.JdbiTransactions;
import io.cockpit.application.port.out.website.ApplicationDocumentStore;
import io.cockpit.domain.shared.ItemId;
import io.cockpit.domain.website.ApplicationDocument;
import io.cockpit.domain.website.DocumentName;
import io.cockpit.domain.website.DocumentType;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.mapper.RowMapper;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Documents in {@code application_document}, their contents in parts of at most {@link #PART_BYTES} in
 * {@code application_document_part}, so that no statement comes near the server's packet limit; a part is read
 * back with one query on a short handle of its own.
 */
public final class JdbiApplicationDocumentStore implements ApplicationDocumentStore {

    private static final String COLUMNS = "document_id, application_id, file_name, media_type, size_bytes, uploaded_at";

    private static final RowMapper<ApplicationDocument> DOCUMENT = (rs, ctx) -> new ApplicationDocument(
            new ItemId(rs.getString("document_id")),
            new ItemId(rs.getString("application_id")),
            new DocumentName(rs.getString("file_name")),
            DocumentType.ofMediaType(rs.getString("media_type")).orElseThrow(),
            rs.getLong("size_bytes"),
            InstantColumns.read(rs, "uploaded_at"));

    private final JdbiTransactions db;

    public JdbiApplicationDocumentStore(JdbiTransactions db) {
        this.db = db;
    }

    @Override
    public Optional<ApplicationDocument> put(ApplicationDocument document, byte[] content) {
        return db.inTransaction(() -> db.withHandle(h -> {
            Optional<ApplicationDocument> replaced = h.createQuery("SELECT " + COLUMNS + " FROM application_document "
                            + "WHERE application_id = :application AND file_name = :name")
                    .bind("application", document.applicationId().value())
                    .bind("name", document.fileName().value())
                    .map(DOCUMENT)
                    .findOne();
            replaced.ifPresent(old -> delete(h, "document_id = :id", "id", old.id().value()));
            h.createUpdate("INSERT INTO application_document (" + COLUMNS + ") VALUES (:id, :application, :name, "
                            + ":mediaType, :size, :uploadedAt)")
                    .bind("id", document.id().value())
                    .bind("application", document.applicationId().value())
                    .bind("name", document.fileName().value())
                    .bind("mediaType", document.type().mediaType())
                    .bind("size", document.sizeBytes())
                    .bind("uploadedAt", document.uploadedAt())
                    .execute();
            for (int part = 0; part * PART_BYTES < content.length; part++) {
                int from = part * PART_BYTES;
                h.createUpdate("INSERT INTO application_document_part (document_id, part_no, content) "
                                + "VALUES (:id, :part, :content)")
                        .bind("id", document.id().value())
                        .bind("part", part)
                        .bind("content", Arrays.copyOfRange(content, from, Math.min(content.length, from + PART_BYTES)))
                        .execute();
            }
            return replaced;
        }));
    }

    @Override
    public List<ApplicationDocument> list(ItemId applicationId) {
        return db.withHandle(h -> h.createQuery("SELECT " + COLUMNS + " FROM application_document "
                        + "WHERE application_id = :application ORDER BY uploaded_at, document_id")
                .bind("application", applicationId.value())
                .map(DOCUMENT)
                .list());
    }

    @Override
    public int count(ItemId applicationId) {
        return db.withHandle(h -> h.createQuery("SELECT COUNT(*) FROM application_document "
                        + "WHERE application_id = :application")
                .bind("application", applicationId.value())
                .mapTo(Integer.class)
                .one());
    }

    @Override
    public Optional<ApplicationDocument> find(ItemId applicationId, ItemId documentId) {
        return db.withHandle(h -> h.createQuery("SELECT " + COLUMNS + " FROM application_document "
                        + "WHERE document_id = :id AND application_id = :application")
                .bind("id", documentId.value())
                .bind("application", applicationId.value())
                .map(DOCUMENT)
                .findOne());
    }

    @Override
    public Optional<byte[]> part(ItemId documentId, int number) {
        return db.withHandle(h -> h.createQuery("SELECT content FROM application_document_part "
                        + "WHERE document_id = :id AND part_no = :part")
                .bind("id", documentId.value())
                .bind("part", number)
                .map((rs, ctx) -> rs.getBytes("content"))
                .findOne());
    }

    @Override
    public int deleteAll(ItemId applicationId) {
        return db.inTransaction(() -> db.withHandle(h -> {
            h.createUpdate("DELETE FROM application_document_part WHERE document_id IN ("
                            + "SELECT document_id FROM application_document WHERE application_id = :application)")
                    .bind("application", applicationId.value())
                    .execute();
            return h.createUpdate("DELETE FROM application_document WHERE application_id = :application")
                    .bind("application", applicationId.value())
                    .execute();
        }));
    }

    private static void delete(Handle h, String where, String name, String value) {
        h.createUpdate("DELETE FROM application_document_part WHERE " + where).bind(name, value).execute();
        h.createUpdate("DELETE FROM application_document WHERE " + where).bind(name, value).execute();
    }
}
