package io.cockpit.domain.linkedin;

import io.cockpit.domain.shared.InvalidValueException;

import java.time.Duration;
import java.time.Instant;

/** The limits of a sync batch and of the times in it. */
public final class SyncRules {

    /** Items per batch, every kind together (a batch is also at most 1 MiB). */
    public static final int MAX_ITEMS = 500;
    /** A time further ahead than this is a client's clock gone wrong, and would block every later version. */
    public static final Duration FUTURE_TOLERANCE = Duration.ofDays(1);

    private SyncRules() {
    }

    /** @throws InvalidValueException {@code batch.too_large} over {@link #MAX_ITEMS} items */
    public static void requireBatchSize(int items) {
        if (items > MAX_ITEMS) {
            throw new InvalidValueException("batch.too_large", "a batch holds at most " + MAX_ITEMS + " items");
        }
    }

    public static boolean tooFarAhead(Instant time, Instant now) {
        return time.isAfter(now.plus(FUTURE_TOLERANCE));
    }
}
