package io.cockpit.domain.access;

import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/** A one-time token that lets the owner of the mailbox set a new password, with its expiry. */
public record PasswordResetGrant(SecretToken token, Instant expiresAt) {

    /** How long a reset link works. */
    public static final Duration VALIDITY = Duration.ofHours(1);

    public PasswordResetGrant {
        Objects.requireNonNull(token, "token");
        Objects.requireNonNull(expiresAt, "expiresAt");
    }

    public static PasswordResetGrant issue(SecureRandom random, Instant now) {
        return new PasswordResetGrant(SecretToken.generate(TokenKind.PASSWORD_RESET, random), now.plus(VALIDITY));
    }
}
