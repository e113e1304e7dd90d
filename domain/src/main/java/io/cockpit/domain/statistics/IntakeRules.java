package io.cockpit.domain.statistics;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What the intake accepts, at the server's {@code now}: nothing older than the 365 days points are kept, nothing more
 * than 5 minutes ahead (a client clock may run a little fast), and intervals of at most 12 hours, counted in whole
 * minutes.
 */
public record IntakeRules(Instant now) {

    public static final Duration MAX_AGE = Duration.ofDays(365);
    public static final Duration MAX_AHEAD = Duration.ofMinutes(5);
    public static final Duration LONGEST_INTERVAL = Duration.ofHours(12);

    public Optional<ItemRefusal> check(ActionEvent event) {
        return checkTimes(event.occurredAt(), event.occurredAt());
    }

    public Optional<ItemRefusal> check(ActivityInterval interval) {
        if (interval.endedAt().isBefore(interval.startedAt())) {
            return Optional.of(ItemRefusal.ENDS_BEFORE_START);
        }
        return checkTimes(interval.startedAt(), interval.endedAt());
    }

    private Optional<ItemRefusal> checkTimes(Instant first, Instant last) {
        if (first.isBefore(now.minus(MAX_AGE))) {
            return Optional.of(ItemRefusal.TOO_OLD);
        }
        if (last.isAfter(now.plus(MAX_AHEAD))) {
            return Optional.of(ItemRefusal.IN_THE_FUTURE);
        }
        return Optional.empty();
    }

    /**
     * The minutes an interval covers: both ends are cut to the minute, the interval counts the minutes from its start
     * up to (not including) its end, and stops 12 hours after its start. An interval within one minute covers none.
     */
    public static List<Minute> minutesOf(ActivityInterval interval) {
        Minute start = Minute.of(interval.startedAt());
        long end = Math.min(Minute.of(interval.endedAt()).epochMinute(),
                start.epochMinute() + LONGEST_INTERVAL.toMinutes());
        List<Minute> minutes = new ArrayList<>();
        for (long minute = start.epochMinute(); minute < end; minute++) {
            minutes.add(new Minute(minute));
        }
        return minutes;
    }
}
