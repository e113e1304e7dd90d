package io.cockpit.domain.shared;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Objects;

/**
 * One calendar day in the user's time zone, as the instants it spans: from local midnight to the next one. On a day
 * the clocks change it is 23 or 25 hours long (and midnight itself may not exist: then the day starts at the first
 * valid time).
 */
public record LocalDay(LocalDate date, ZoneId zone) {

    public LocalDay {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(zone, "zone");
    }

    public static LocalDay of(Instant now, ZoneId zone) {
        return new LocalDay(LocalDate.ofInstant(now, zone), zone);
    }

    public Instant start() {
        return date.atStartOfDay(zone).toInstant();
    }

    /** Exclusive: the next day's start. */
    public Instant end() {
        return date.plusDays(1).atStartOfDay(zone).toInstant();
    }

    public boolean contains(Instant instant) {
        return !instant.isBefore(start()) && instant.isBefore(end());
    }
}
