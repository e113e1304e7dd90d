package io.cockpit.adapters.redis;

import io.cockpit.application.port.out.shared.IdempotencyStore;
import io.cockpit.application.port.out.shared.StoreUnavailable;
import io.cockpit.application.testing.NeedsRealServers;
import io.cockpit.application.testing.RealServices;
import io.lettuce.core.RedisCommandExecutionException;
import io.lettuce.core.RedisCommandTimeoutException;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Redis that does not answer in time (its answers held back on the way, or every connection cut and refused) makes
 * each command a {@link StoreUnavailable}, which the API answers 503, not a 500; once the way is clear it answers
 * again on the same connection, which Lettuce re-establishes by itself.
 */
@NeedsRealServers
class RedisUnavailableTest {

    private static final Duration WAIT = Duration.ofMillis(300);

    @Test
    void answersHeldBackMakeACommandUnavailableUntilTheyFlowAgain() throws Exception {
        try (RedisPath path = new RedisPath(RealServices.redisUri()); RedisStore redis = RedisStore.connect(path.uri(), WAIT)) {
            IdempotencyStore store = redis.idempotencyStore();
            String key = claimed(store);

            path.hold();
            assertThatThrownBy(() -> store.find(key)).isInstanceOf(StoreUnavailable.class)
                    .hasCauseInstanceOf(RedisCommandTimeoutException.class).hasMessageContaining("Redis");
            assertThat(redis.answers()).isFalse();

            path.release();
            assertThat(store.find(key)).isPresent();
            store.release(key);
        }
    }

    @Test
    void aCutConnectionMakesCommandsUnavailableUntilLettuceReconnects() throws Exception {
        try (RedisPath path = new RedisPath(RealServices.redisUri()); RedisStore redis = RedisStore.connect(path.uri(), WAIT)) {
            IdempotencyStore store = redis.idempotencyStore();
            String key = claimed(store);

            path.cut();
            assertThatThrownBy(() -> store.find(key)).isInstanceOf(StoreUnavailable.class);

            path.mend();
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (!redis.answers() && System.nanoTime() < deadline) {
                Thread.sleep(100);
            }
            assertThat(store.find(key)).isPresent();
            store.release(key);
        }
    }

    private static String claimed(IdempotencyStore store) {
        String key = "unavailable-" + UUID.randomUUID();
        assertThat(store.claim(key, "f", Duration.ofMinutes(1))).isTrue();
        return key;
    }

    @Test
    void aRefusalByRedisItselfStaysWhatItIs() {
        try (RedisStore redis = RedisStore.connect(RealServices.redisUri(), WAIT)) {
            String key = RedisStore.KEY_PREFIX + "unavailable-test:" + UUID.randomUUID();
            redis.commands().set(key, "not a number");
            try {
                assertThatThrownBy(() -> redis.commands().incr(key))
                        .isInstanceOf(RedisCommandExecutionException.class).hasMessageContaining("not an integer");
            } finally {
                redis.commands().del(key);
            }
        }
    }
}
