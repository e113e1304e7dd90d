package io.cockpit.application.service.shared;

import java.time.Duration;
import java.util.Objects;

/**
 * A background job that one node at a time runs, every {@code interval}, while it holds the lease named
 * {@code name}. The lease runs out {@code lease} after it was last renewed: it must outlast the interval (the holder
 * renews it at every turn) and the longest run (else another node may start the job meanwhile).
 */
public record LeasedJob(String name, Duration interval, Duration lease, Runnable work) {

    public LeasedJob {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(work, "work");
        if (!name.matches("[a-z0-9][a-z0-9.-]{0,99}")) {
            throw new IllegalArgumentException("a job name is 1-100 lower-case letters, digits, '.' or '-'");
        }
        if (interval.isNegative() || interval.isZero() || lease.compareTo(interval) <= 0) {
            throw new IllegalArgumentException("a job's interval is positive and its lease longer than the interval");
        }
    }
}
