package io.cockpit.bootstrap;

import io.cockpit.bootstrap.config.CockpitSettings;
import io.cockpit.adapters.memory.InMemoryAttemptCounter;
import io.cockpit.adapters.memory.InMemoryIdempotencyStore;
import io.cockpit.adapters.memory.InMemorySessionCache;
import io.cockpit.adapters.redis.RedisStore;
import io.cockpit.application.port.out.protection.AttemptCounter;
import io.cockpit.application.port.out.shared.IdempotencyStore;
import io.cockpit.application.port.out.access.SessionCache;

import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/** The cache-side ports: all on Redis when it is configured, else all in this process (swept every minute). */
record CacheStores(IdempotencyStore idempotency, SessionCache sessions, AttemptCounter attempts,
                   Optional<RedisStore> redis) {

    static CacheStores open(CockpitSettings settings, Clock clock, ScheduledExecutorService scheduler) {
        if (settings.redisUri().isPresent()) {
            RedisStore redis = RedisStore.connect(settings.redisUri().get());
            return new CacheStores(redis.idempotencyStore(), redis.sessionCache(), redis.attemptCounter(),
                    Optional.of(redis));
        }
        InMemoryIdempotencyStore idempotency = new InMemoryIdempotencyStore(clock);
        InMemorySessionCache sessions = new InMemorySessionCache(clock);
        InMemoryAttemptCounter attempts = new InMemoryAttemptCounter();
        scheduler.scheduleWithFixedDelay(() -> {
            idempotency.sweep();
            sessions.sweep();
            attempts.sweep(clock.instant(), Duration.ofDays(1));
        }, 1, 1, TimeUnit.MINUTES);
        return new CacheStores(idempotency, sessions, attempts, Optional.empty());
    }
}
