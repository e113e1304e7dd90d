package io.cockpit.application.port.out.access;

import io.cockpit.application.port.out.register.ExpiringPersonalData;
import io.cockpit.application.port.out.register.PersonalDataStore;
import io.cockpit.domain.access.AccessPersonalData;
import io.cockpit.domain.access.TokenHash;
import io.cockpit.domain.account.UserId;

import java.time.Instant;
import java.util.Optional;

/**
 * Hashes of one kind of one-time token; at most one per account works at a time. Erasure and expiry delete the rows;
 * a token is due for deletion once it has expired ({@code expiresAt} before the cutoff). Activation and password
 * reset are the two kinds, each a port of its own.
 */
public interface OneTimeTokens extends PersonalDataStore, ExpiringPersonalData {

    @Override
    default String category() {
        return AccessPersonalData.ONE_TIME_TOKENS.id();
    }

    /** Makes {@code hash} the account's only token of this kind; every earlier one stops working. */
    void replace(UserId userId, TokenHash hash, Instant expiresAt, Instant issuedAt);

    /** The account a token belongs to, while it has not expired. */
    Optional<UserId> findValid(TokenHash hash, Instant now);

    /** Uses up a valid token: its account, and the token is gone. Empty for unknown, used or expired tokens. */
    Optional<UserId> consume(TokenHash hash, Instant now);

    /** Every token of this kind of the account stops working. */
    void revokeAll(UserId userId);
}
