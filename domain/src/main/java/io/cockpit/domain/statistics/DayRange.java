package io.cockpit.domain.statistics;

import io.cockpit.domain.shared.InvalidValueException;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Objects;

/**
 * Local dates from {@code from} to {@code to}, both included, at most 366 days (a leap year), none before
 * {@link #FIRST_DAY} (statistics count minutes since 1970 in UTC; this day starts after that in every time zone) and
 * none after {@link #LAST_DAY}.
 */
public record DayRange(LocalDate from, LocalDate to) {

    public static final int MAX_DAYS = 366;
    public static final LocalDate FIRST_DAY = LocalDate.of(1970, 1, 2);
    public static final LocalDate LAST_DAY = LocalDate.of(9999, 12, 30);

    public DayRange {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (from.isBefore(FIRST_DAY)) {
            throw new InvalidValueException("day_range.too_early", "must not be before " + FIRST_DAY);
        }
        if (to.isAfter(LAST_DAY)) {
            throw new InvalidValueException("day_range.too_late", "must not be after " + LAST_DAY);
        }
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
