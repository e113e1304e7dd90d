package io.cockpit.domain.statistics;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Objects;
import java.util.Optional;

/**
 * Which local days the daily rollup of a Statistics-ID holds completely, and in which time zone: every day from
 * {@code completeFrom} on (every day at all when it is empty). The days before, or every day in another zone, are
 * counted from the statistics store.
 *
 * @param zone         the zone whose local days the rollup counts
 * @param completeFrom the first complete day; empty: complete from the beginning (nothing was recorded under the
 *                     Statistics-ID before its rollup began)
 */
public record RollupMarker(ZoneId zone, Optional<LocalDate> completeFrom) {

    public RollupMarker {
        Objects.requireNonNull(zone, "zone");
        Objects.requireNonNull(completeFrom, "completeFrom");
    }

    /** A Statistics-ID with nothing recorded yet: its rollup holds every day. */
    public static RollupMarker fromTheBeginning(ZoneId zone) {
        return new RollupMarker(zone, Optional.empty());
    }

    /**
     * A rollup that starts at {@code now} for a Statistics-ID that may hold points already: complete from the local
     * day after the latest one an earlier intake could have reached ({@code now} plus what the intake accepts ahead).
     */
    public static RollupMarker startingAfter(ZoneId zone, Instant now) {
        return new RollupMarker(zone,
                Optional.of(LocalDate.ofInstant(now.plus(IntakeRules.MAX_AHEAD), zone).plusDays(1)));
    }

    /** Whether the rollup holds {@code day} of {@code zone} completely. */
    public boolean covers(ZoneId zone, LocalDate day) {
        return this.zone.equals(zone) && completeFrom.map(first -> !day.isBefore(first)).orElse(true);
    }

    /**
     * The marker an intake in {@code userZone} at {@code now} keeps: this one, or, once the user's zone changed, a
     * rollup started anew in it (the old days count in another zone's days).
     */
    public RollupMarker forIntakeIn(ZoneId userZone, Instant now) {
        return zone.equals(userZone) ? this : startingAfter(userZone, now);
    }
}
