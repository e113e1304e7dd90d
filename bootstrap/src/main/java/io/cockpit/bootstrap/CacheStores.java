package io.cockpit.bootstrap;

import io.cockpit.adapters.memory.InMemoryAttemptCounter;
import io.cockpit.adapters.memory.InMemoryIdempotencyStore;
import io.cockpit.adapters.memory.InMemorySessionCache;
import io.cockpit.adapters.redis.RedisStore;
import io.cockpit.application.port.out.access.SessionCache;
import io.cockpit.application.port.out.protection.AttemptCounter;
import io.cockpit.application.port.out.shared.IdempotencyStore;
import io.cockpit.bootstrap.config.CockpitSettings;
import io.cockpit.domain.protection.SignInThrottle;

import java.time.Clock;
import java.time.Instant;
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
            sweepAttempts(attempts, clock.instant());
        }, 1, 1, TimeUnit.MINUTES);
        return new CacheStores(idempotency, sessions, attempts, Optional.empty());
    }

    /** Forgets attempts older than the throttle's window: the period the register declares for them. */
    static void sweepAttempts(InMemoryAttemptCounter attempts, Instant now) {
        attempts.sweep(now, SignInThrottle.DEFAULT.window());
    }
}
