package io.cockpit.domain.privacy;

import io.cockpit.domain.account.UserId;

import java.time.Instant;
import java.util.Objects;

/**
 * One time the restriction of processing was set or lifted: for whom, which way, when, and through which channel
 * ({@code self-service}, or the operator acting on a request), so that it can be shown later.
 */
public record RestrictionChange(UserId userId, boolean restricted, Instant at, String source) {

    public RestrictionChange {
        Objects.requireNonNull(userId, "userId");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(source, "source");
    }
}
