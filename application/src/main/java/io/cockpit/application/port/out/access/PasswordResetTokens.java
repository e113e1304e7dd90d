package io.cockpit.application.port.out.access;

import io.cockpit.application.port.out.register.ExportedItem;

import java.time.Instant;

/**
 * Hashes of the one-time password reset tokens sent by e-mail ({@link OneTimeTokens}: at most one per account works at a time); every one
 * stops working when the account's password changes. Export: {@code purpose} ({@code password_reset}), {@code issuedAt,
 * expiresAt}, never the hash.
 */
public interface PasswordResetTokens extends OneTimeTokens {

    /** A token as the export shows it; never the hash. */
    static ExportedItem exported(Instant issuedAt, Instant expiresAt) {
        return ExportedItem.builder().field("purpose", "password_reset").field("issuedAt", issuedAt)
                .field("expiresAt", expiresAt).build();
    }
}
