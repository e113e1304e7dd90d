package io.cockpit.application.port.in.website;

import io.cockpit.domain.access.SecretToken;
import io.cockpit.domain.access.TokenHash;
import io.cockpit.domain.protection.IpAddress;
import io.cockpit.domain.shared.ItemId;
import io.cockpit.domain.shared.Language;
import io.cockpit.domain.website.Application;
import io.cockpit.domain.website.ApplicationDocument;
import io.cockpit.domain.website.DocumentName;
import io.cockpit.domain.website.DocumentType;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * Applying through the website (no authentication): the application, then its documents with the upload token
 * (valid one hour), and the applicant's withdrawal links (the application, the talent-pool consent). Every call
 * counts against the per-address limit.
 */
public interface ApplyUseCase {

    /** Stores the application (in the talent pool if consented) and mails the acknowledgement in {@code language}. */
    Receipt apply(Application.Submission submission, Language language, IpAddress client);

    /** An application with the honeypot filled (a bot): stores nothing; the receipt leads nowhere. */
    Receipt trap(IpAddress client);

    /**
     * Lets an upload in before its body is read: the address is within its limit and the token is this
     * application's and still valid.
     *
     * @throws io.cockpit.domain.shared.DomainException {@code application.upload_token_invalid} (unknown, expired, or
     *         another application's token, or the application was withdrawn: one answer),
     *         {@code website.too_many_requests}
     */
    UploadPermit admitUpload(ItemId applicationId, String uploadToken, IpAddress client);

    /**
     * Stores a document checked by its content, replacing one of the same name.
     *
     * @throws io.cockpit.domain.shared.DomainException {@code application.document_content_mismatch},
     *         {@code application.document_too_large}, {@code application.document_limit_reached} (a sixth name),
     *         {@code application.upload_token_invalid} (the token ran out meanwhile, or the application is gone or
     *         withdrawn)
     */
    StoredDocument storeDocument(UploadPermit permit, DocumentName fileName, DocumentType declared, byte[] content);

    /**
     * Ends the process and erases the application with its documents, notes and talent-pool entry at once; under a
     * legal hold the process ends and the rest is kept until the hold ends.
     *
     * @throws io.cockpit.domain.shared.DomainException {@code application.not_found} for an unknown token
     */
    Withdrawal withdraw(String token, IpAddress client);

    /**
     * Ends the talent-pool consent at once (its entry is erased); the application itself follows its own retention.
     *
     * @throws io.cockpit.domain.shared.DomainException {@code talent_pool.not_found} for an unknown token
     */
    void leaveTalentPool(String token, IpAddress client);

    /** The new application's id and its upload token (shown once). */
    record Receipt(ItemId id, SecretToken uploadToken, Instant uploadTokenExpiresAt) {

        public Receipt {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(uploadToken, "uploadToken");
            Objects.requireNonNull(uploadTokenExpiresAt, "uploadTokenExpiresAt");
        }
    }

    /** An upload that passed the limit and the token check; the store checks the token again when it writes. */
    record UploadPermit(ItemId applicationId, TokenHash token) {

        public UploadPermit {
            Objects.requireNonNull(applicationId, "applicationId");
            Objects.requireNonNull(token, "token");
        }
    }

    /** @param replaced whether a document of the same name was replaced */
    record StoredDocument(ApplicationDocument document, boolean replaced) {
    }

    /** @param keptUntil empty: erased; else a legal hold keeps the application until then, when it is erased */
    record Withdrawal(Optional<Instant> keptUntil) {

        public boolean erased() {
            return keptUntil.isEmpty();
        }
    }
}
