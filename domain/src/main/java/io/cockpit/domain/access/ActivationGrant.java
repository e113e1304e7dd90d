package io.cockpit.domain.access;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/** A one-time activation token in clear, as handed to the partner for the user, with its expiry. */
public record ActivationGrant(SecretToken token, Instant expiresAt) {

    /** How long an activation token works. */
    public static final Duration VALIDITY = Duration.ofDays(7);

    public ActivationGrant {
        Objects.requireNonNull(token, "token");
        Objects.requireNonNull(expiresAt, "expiresAt");
    }
}
