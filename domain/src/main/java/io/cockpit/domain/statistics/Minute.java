package io.cockpit.domain.statistics;

import java.time.Instant;

/**
 * A UTC minute, the only precision statistics keep (privacy policy 5.7): seconds and below are cut off when a point
 * is made, never stored.
 *
 * @param epochMinute minutes since 1970-01-01T00:00Z
 */
public record Minute(long epochMinute) implements Comparable<Minute> {

    public Minute {
        if (epochMinute < 0) {
            throw new IllegalArgumentException("statistics start in 1970");
        }
    }

    /** The minute {@code instant} falls in: truncated, never rounded up. */
    public static Minute of(Instant instant) {
        return new Minute(Math.floorDiv(instant.getEpochSecond(), 60));
    }

    public Instant start() {
        return Instant.ofEpochSecond(epochMinute * 60);
    }

    public Minute plus(long minutes) {
        return new Minute(epochMinute + minutes);
    }

    @Override
    public int compareTo(Minute other) {
        return Long.compare(epochMinute, other.epochMinute);
    }

    @Override
    public String toString() {
        return start().toString();
    }
}
