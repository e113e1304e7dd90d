package io.cockpit.bootstrap.capability;

import io.cockpit.adapters.argon2.HashingPool;
import io.helidon.metrics.api.FunctionalCounter;
import io.helidon.metrics.api.Gauge;
import io.helidon.metrics.api.MeterRegistry;
import io.helidon.metrics.api.Metrics;

import java.util.List;

/**
 * The hashing pool on /metrics: {@code cockpit_password_hashes_total} (hashes run: every password check and every
 * new hash), {@code cockpit_password_hash_refusals_total} (requests refused as busy) and the pool's slots. One
 * server per process in production; when tests start several, the latest one is reported.
 */
final class PasswordHashingMetrics {

    private static final String HASHES = "cockpit.password.hashes";
    private static final String REFUSALS = "cockpit.password.hash.refusals";
    private static final String SLOTS = "cockpit.password.hashing.slots";

    private PasswordHashingMetrics() {
    }

    static HashingPool register(HashingPool pool) {
        MeterRegistry registry = Metrics.globalRegistry();
        for (String name : List.of(HASHES, REFUSALS, SLOTS)) {
            registry.remove(name, List.of());
        }
        registry.getOrCreate(FunctionalCounter.builder(HASHES, pool, HashingPool::completed)
                .description("Password hashes run (checks and new hashes)"));
        registry.getOrCreate(FunctionalCounter.builder(REFUSALS, pool, HashingPool::refused)
                .description("Requests refused with server.busy: no hashing slot freed up in time"));
        registry.getOrCreate(Gauge.builder(SLOTS, pool, HashingPool::size)
                .description("Password hashes that may run at once"));
        return pool;
    }
}
