package io.cockpit.application.port.out.access;

import io.cockpit.application.port.out.register.ExpiringPersonalData;
import io.cockpit.application.port.out.register.ExportedItem;
import io.cockpit.application.port.out.register.PersonalDataStore;
import io.cockpit.domain.access.AccessPersonalData;
import io.cockpit.domain.access.TokenHash;
import io.cockpit.domain.account.UserId;

import java.time.Instant;
import java.util.Optional;

/**
 * Hashes of the one-time activation tokens; at most one per account works at a time. Export: {@code purpose} ({@code activation}),
 * {@code issuedAt, expiresAt}, never the hash. Erasure and expiry delete the rows; a token is due for deletion once
 * it has expired ({@code expiresAt} before the cutoff).
 */
public interface ActivationTokens extends PersonalDataStore, ExpiringPersonalData {

    @Override
    default String category() {
        return AccessPersonalData.ONE_TIME_TOKENS.id();
    }

    /** Makes {@code hash} the account's only activation token; every earlier one stops working. */
    void replace(UserId userId, TokenHash hash, Instant expiresAt, Instant issuedAt);

    /** The account a token belongs to, while it has not expired. */
    Optional<UserId> findValid(TokenHash hash, Instant now);

    /** Uses up a valid token: its account, and the token is gone. Empty for unknown, used or expired tokens. */
    Optional<UserId> consume(TokenHash hash, Instant now);

    /** A token as the export shows it; never the hash. */
    static ExportedItem exported(Instant issuedAt, Instant expiresAt) {
        return ExportedItem.builder().field("purpose", "activation").field("issuedAt", issuedAt)
                .field("expiresAt", expiresAt).build();
    }

    /** Every activation token of the account stops working (its password was set). */
    void revokeAll(UserId userId);
}
