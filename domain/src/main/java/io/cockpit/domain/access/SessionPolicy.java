package io.cockpit.domain.access;

import java.time.Duration;
import java.util.Objects;

/**
 * How long sessions live: {@code idle} after the last use, and never longer than {@code absolute} after sign-in.
 * {@code touchInterval} is how stale the recorded last use may get before it is written again.
 */
public record SessionPolicy(Duration idle, Duration absolute, Duration touchInterval) {

    public static final SessionPolicy DEFAULT = new SessionPolicy(Duration.ofDays(30), Duration.ofDays(90),
            Duration.ofMinutes(1));

    public SessionPolicy {
        Objects.requireNonNull(idle, "idle");
        Objects.requireNonNull(absolute, "absolute");
        Objects.requireNonNull(touchInterval, "touchInterval");
        if (idle.isNegative() || idle.isZero() || absolute.compareTo(idle) < 0) {
            throw new IllegalArgumentException("sessions need a positive idle time no longer than the absolute one");
        }
    }
}
