package io.cockpit.domain.website;

import io.cockpit.domain.shared.ItemId;

import java.time.Instant;
import java.util.Objects;

/**
 * A document of an application (CV, certificates): its name, format and size. The content is kept beside it in the
 * relational store and is never logged.
 */
public record ApplicationDocument(ItemId id, ItemId applicationId, DocumentName fileName, DocumentType type,
                                  long sizeBytes, Instant uploadedAt) {

    /** The largest document: 10 MiB. */
    public static final int MAX_BYTES = 10 * 1024 * 1024;
    /** The most documents one application holds. */
    public static final int MAX_PER_APPLICATION = 5;

    public ApplicationDocument {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(applicationId, "applicationId");
        Objects.requireNonNull(fileName, "fileName");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(uploadedAt, "uploadedAt");
        if (sizeBytes < 1 || sizeBytes > MAX_BYTES) {
            throw new IllegalArgumentException("a document has 1 to " + MAX_BYTES + " bytes");
        }
    }

    /**
     * A document whose content was checked: it must be what {@code declared} says.
     *
     * @throws io.cockpit.domain.shared.DomainException {@code application.document_too_large} over 10 MiB,
     *         {@code application.document_content_mismatch} if the bytes are not a {@code declared} file
     */
    public static ApplicationDocument checked(ItemId id, ItemId applicationId, DocumentName fileName,
                                              DocumentType declared, byte[] content, Instant now) {
        if (content.length > MAX_BYTES) {
            throw WebsiteErrors.documentTooLarge();
        }
        if (content.length == 0 || DocumentFormats.detect(content).filter(declared::equals).isEmpty()) {
            throw WebsiteErrors.contentMismatch(declared);
        }
        return new ApplicationDocument(id, applicationId, fileName, declared, content.length, now);
    }
}
