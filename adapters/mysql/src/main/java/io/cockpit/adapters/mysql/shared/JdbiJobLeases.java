package io.cockpit.adapters.mysql.shared;

import io.cockpit.adapters.mysql.JdbiTransactions;
import io.cockpit.adapters.mysql.UniqueKeys;
import io.cockpit.application.port.out.shared.JobLeases;
import io.cockpit.application.port.out.shared.UniquenessViolation;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;

/**
 * Leases in {@code job_lease}, one row per job. Taking one is a conditional UPDATE (the holder renews, anyone takes a
 * lease that ran out), else an INSERT of the missing row; the row lock and the primary key let one node of several
 * win. Times are the nodes' clocks: keep them in step (NTP) well within the lease.
 */
public final class JdbiJobLeases implements JobLeases {

    private final JdbiTransactions db;

    public JdbiJobLeases(JdbiTransactions db) {
        this.db = db;
    }

    @Override
    public boolean acquire(String job, String holder, Instant now, Duration ttl) {
        Instant until = now.plus(ttl);
        int taken = db.withHandle(h -> h.createUpdate("UPDATE job_lease SET holder = :holder, expires_at = :until "
                        + "WHERE job = :job AND (holder = :holder OR expires_at <= :now)")
                .bind("holder", holder)
                .bind("until", until)
                .bind("job", job)
                .bind("now", now)
                .execute());
        if (taken == 1) {
            return true;
        }
        try {
            UniqueKeys.translate(Map.of(), () -> db.withHandle(h -> h.createUpdate(
                            "INSERT INTO job_lease (job, holder, expires_at) VALUES (:job, :holder, :until)")
                    .bind("job", job)
                    .bind("holder", holder)
                    .bind("until", until)
                    .execute()));
            return true;
        } catch (UniquenessViolation heldByAnother) {
            return false;
        }
    }

    @Override
    public void release(String job, String holder) {
        db.withHandle(h -> h.createUpdate("DELETE FROM job_lease WHERE job = :job AND holder = :holder")
                .bind("job", job)
                .bind("holder", holder)
                .execute());
    }
}
