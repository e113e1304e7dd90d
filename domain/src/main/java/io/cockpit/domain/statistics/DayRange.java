package io.cockpit.domain.statistics;

import io.cockpit.domain.shared.InvalidValueException;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Objects;

/** Local dates from {@code from} to {@code to}, both included, at most 366 days (a leap year). */
public record DayRange(LocalDate from, LocalDate to) {

    public static final int MAX_DAYS = 366;

    public DayRange {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (to.isBefore(from)) {
            throw new InvalidValueException("day_range.reversed", "must not end before it starts");
        }
        if (ChronoUnit.DAYS.between(from, to) + 1 > MAX_DAYS) {
            throw new InvalidValueException("day_range.too_long", "spans at most " + MAX_DAYS + " days");
        }
    }

    public static DayRange of(LocalDate day) {
        return new DayRange(day, day);
    }

    /** The range of {@code days} days that ends with {@code last}. */
    public static DayRange ending(LocalDate last, int days) {
        return new DayRange(last.minusDays(days - 1L), last);
    }

    public int days() {
        return (int) ChronoUnit.DAYS.between(from, to) + 1;
    }

    public List<LocalDate> dates() {
        return from.datesUntil(to.plusDays(1)).toList();
    }

    /** When the first day starts in {@code zone}. */
    public Instant start(ZoneId zone) {
        return from.atStartOfDay(zone).toInstant();
    }

    /** When the day after the last starts in {@code zone}: the range is {@code [start, end)}. */
    public Instant end(ZoneId zone) {
        return to.plusDays(1).atStartOfDay(zone).toInstant();
    }
}
