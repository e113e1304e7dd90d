package io.cockpit.domain.website;

import java.time.Instant;
import java.util.Objects;

/**
 * The operator keeps an application beyond its retention period, for a reason (a pending dispute) and until a date.
 * When it ends, the application is erased if its period is over.
 */
public record LegalHold(HoldReason reason, Instant until, Instant placedAt) {

    public LegalHold {
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(until, "until");
        Objects.requireNonNull(placedAt, "placedAt");
    }
}
