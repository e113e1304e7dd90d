package io.cockpit.application.port.out.access;

import io.cockpit.application.port.out.register.ExportedItem;

import java.time.Instant;

/**
 * Hashes of the one-time activation tokens ({@link OneTimeTokens}: at most one per account works at a time); every one
 * stops working when the account's password is set. Export: {@code purpose} ({@code activation}), {@code issuedAt,
 * expiresAt}, never the hash.
 */
public interface ActivationTokens extends OneTimeTokens {

    /** A token as the export shows it; never the hash. */
    static ExportedItem exported(Instant issuedAt, Instant expiresAt) {
        return ExportedItem.builder().field("purpose", "activation").field("issuedAt", issuedAt)
                .field("expiresAt", expiresAt).build();
    }
}
