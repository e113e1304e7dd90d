package io.cockpit.application.port.out.access;

import io.cockpit.domain.access.TokenHash;
import io.cockpit.domain.account.UserId;

import java.time.Instant;
import java.util.Optional;

/** Hashes of the one-time activation tokens; at most one per account works at a time. */
public interface ActivationTokens {

    /** Makes {@code hash} the account's only activation token; every earlier one stops working. */
    void replace(UserId userId, TokenHash hash, Instant expiresAt, Instant issuedAt);

    /** The account a token belongs to, while it has not expired. */
    Optional<UserId> findValid(TokenHash hash, Instant now);

    /** Uses up a valid token: its account, and the token is gone. Empty for unknown, used or expired tokens. */
    Optional<UserId> consume(TokenHash hash, Instant now);

    /** Every activation token of the account stops working (its password was set). */
    void revokeAll(UserId userId);
}
