package io.cockpit.application.port.out.website;

import io.cockpit.domain.shared.ItemId;
import io.cockpit.domain.website.ApplicationDocument;

import java.util.List;
import java.util.Optional;

/**
 * The documents of applications, content included, in the relational store. Contents are at most 10 MiB
 * ({@code ApplicationDocument.MAX_BYTES}) and are read back in parts of {@link #PART_BYTES}, each on its own, so a
 * download holds one part in memory and no connection between parts.
 */
public interface ApplicationDocumentStore {

    /** The size of every part of a content but its last (which has the rest, 1 to {@code PART_BYTES} bytes). */
    int PART_BYTES = 1024 * 1024;

    /** How many parts a content of {@code sizeBytes} has. */
    static int parts(long sizeBytes) {
        return (int) ((sizeBytes + PART_BYTES - 1) / PART_BYTES);
    }

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

    /**
     * Part {@code number} (from 0) of the document's content, read in a short query of its own (no transaction
     * stays open between parts); empty when the document was erased or replaced, or has no such part.
     */
    Optional<byte[]> part(ItemId documentId, int number);

    /** Erases every document of the application; how many there were. */
    int deleteAll(ItemId applicationId);
}
