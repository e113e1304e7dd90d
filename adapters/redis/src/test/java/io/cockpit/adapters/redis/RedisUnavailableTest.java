package io.cockpit.adapters.redis;

import io.cockpit.application.port.out.shared.IdempotencyStore;
import io.cockpit.application.port.out.shared.StoreUnavailable;
import io.cockpit.application.testing.NeedsRealServers;
import io.cockpit.application.testing.NetworkPath;
import io.cockpit.application.testing.RealServices;
import io.lettuce.core.RedisBusyException;
import io.lettuce.core.RedisCommandExecutionException;
import io.lettuce.core.RedisCommandTimeoutException;
import io.lettuce.core.RedisLoadingException;
import io.lettuce.core.RedisReadOnlyException;
import org.junit.jupiter.api.Test;

import java.net.URI;
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
        try (NetworkPath path = pathToRedis(); RedisStore redis = RedisStore.connect("redis://" + path.address(), WAIT)) {
            IdempotencyStore store = redis.idempotencyStore();
            String key = claimed(store);

            path.hold();
            assertThatThrownBy(() -> store.find(key)).isInstanceOf(StoreUnavailable.class)
                    .hasCauseInstanceOf(RedisCommandTimeoutException.class).hasMessageContaining("Redis");
            assertThat(redis.answers()).isFalse();

            path.release();
            awaitAnswering(redis);
            assertThat(store.find(key)).isPresent();
            store.release(key);
        }
    }

    @Test
    void aCutConnectionMakesCommandsUnavailableUntilLettuceReconnects() throws Exception {
        try (NetworkPath path = pathToRedis(); RedisStore redis = RedisStore.connect("redis://" + path.address(), WAIT)) {
            IdempotencyStore store = redis.idempotencyStore();
            String key = claimed(store);

            path.cut();
            assertThatThrownBy(() -> store.find(key)).isInstanceOf(StoreUnavailable.class);

            path.mend();
            awaitAnswering(redis);
            assertThat(store.find(key)).isPresent();
            store.release(key);
        }
    }

    @Test
    void aRedisThatRefusesEveryCommandForAWhileIsUnavailable() {
        assertThat(RedisStore.unavailableOr(new RedisLoadingException("LOADING Redis is loading the dataset in memory")))
                .isInstanceOf(StoreUnavailable.class);
        assertThat(RedisStore.unavailableOr(new RedisBusyException("BUSY Redis is busy running a script")))
                .isInstanceOf(StoreUnavailable.class);
        assertThat(RedisStore.unavailableOr(new RedisReadOnlyException("READONLY You can't write against a read only replica")))
                .isInstanceOf(StoreUnavailable.class);
        RedisCommandExecutionException wrongType = new RedisCommandExecutionException("WRONGTYPE Operation against a key");
        assertThat(RedisStore.unavailableOr(wrongType)).isSameAs(wrongType);
    }

    @Test
    void theCommandsAreOneObjectToThemselves() {
        try (RedisStore redis = RedisStore.connect(RealServices.redisUri(), WAIT)) {
            assertThat(redis.commands()).isEqualTo(redis.commands()).hasSameHashCodeAs(redis.commands());
            assertThat(redis.commands().toString()).startsWith("RedisCommands of ");
        }
    }

    /** The answers held back before were answered late; the next command waits for none of them. */
    private static void awaitAnswering(RedisStore redis) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (!redis.answers() && System.nanoTime() < deadline) {
            Thread.sleep(100);
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

    private static NetworkPath pathToRedis() throws java.io.IOException {
        URI redis = URI.create(RealServices.redisUri());
        return new NetworkPath(redis.getHost(), redis.getPort());
    }
}
