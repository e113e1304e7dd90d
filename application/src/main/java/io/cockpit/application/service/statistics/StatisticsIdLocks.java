package io.cockpit.application.service.statistics;

import io.cockpit.domain.account.StatisticsId;

import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;

/**
 * Lets one intake of a Statistics-ID at a time into this server's rollup transaction; the others wait here, on a lock
 * a virtual thread waits on without holding its carrier, not on the marker's row lock, which H2 waits for by spinning
 * (with two carriers two spinning waiters stopped the lock's holder). The row lock still orders the intakes of
 * several servers. Locks are shared by stripes of Statistics-IDs.
 */
final class StatisticsIdLocks {

    private static final int STRIPES = 256;

    private final ReentrantLock[] locks = new ReentrantLock[STRIPES];

    StatisticsIdLocks() {
        for (int i = 0; i < STRIPES; i++) {
            locks[i] = new ReentrantLock();
        }
    }

    <T> T holding(StatisticsId statisticsId, Supplier<T> work) {
        ReentrantLock lock = locks[Math.floorMod(statisticsId.value().hashCode(), STRIPES)];
        lock.lock();
        try {
            return work.get();
        } finally {
            lock.unlock();
        }
    }
}
