package io.cockpit.domain.linkedin;

import io.cockpit.domain.shared.InvalidValueException;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

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

    /**
     * A time of a sync item as it is kept: to the millisecond, as the stores keep it. Finer digits are cut when the
     * item arrives, so that its version compares with a stored one as it will be stored (an older version that
     * differed only below the millisecond would otherwise overwrite a newer one).
     */
    public static Instant kept(Instant time) {
        return time.truncatedTo(ChronoUnit.MILLIS);
    }

    public static Optional<Instant> kept(Optional<Instant> time) {
        return time.map(SyncRules::kept);
    }

    public static boolean tooFarAhead(Instant time, Instant now) {
        return time.isAfter(now.plus(FUTURE_TOLERANCE));
    }
}
