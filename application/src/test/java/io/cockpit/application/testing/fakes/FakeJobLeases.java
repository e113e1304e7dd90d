package io.cockpit.application.testing.fakes;

import io.cockpit.application.port.out.shared.JobLeases;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

/** Leases in memory, for the nodes of one test (several runners may share one). */
public final class FakeJobLeases implements JobLeases {

    private record Lease(String holder, Instant until) {
    }

    private final Map<String, Lease> leases = new HashMap<>();

    @Override
    public synchronized boolean acquire(String job, String holder, Instant now, Duration ttl) {
        Lease current = leases.get(job);
        Instant at = StoredTime.of(now);
        if (current != null && !current.holder().equals(holder) && current.until().isAfter(at)) {
            return false;
        }
        leases.put(job, new Lease(holder, StoredTime.of(now.plus(ttl))));
        return true;
    }

    @Override
    public synchronized void release(String job, String holder) {
        leases.computeIfPresent(job, (name, lease) -> lease.holder().equals(holder) ? null : lease);
    }
}
