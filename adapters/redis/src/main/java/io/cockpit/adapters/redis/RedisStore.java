package io.cockpit.adapters.redis;

import io.lettuce.core.RedisClient;
import io.lettuce.core.RedisURI;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.api.sync.RedisCommands;

import java.time.Duration;

/**
 * One Lettuce connection to Redis, shared by the cache-side adapters (Lettuce multiplexes it safely across
 * threads). Everything written through it is pseudonymous: keyed hashes as keys, counters or sealed bytes as values.
 */
public final class RedisStore implements AutoCloseable {

    /** Every key Cockpit writes starts with this, so the data can be told apart (and flushed) in a shared Redis. */
    public static final String KEY_PREFIX = "cockpit:";

    private final RedisClient client;
    private final StatefulRedisConnection<String, String> connection;

    private RedisStore(RedisClient client, StatefulRedisConnection<String, String> connection) {
        this.client = client;
        this.connection = connection;
    }

    public static RedisStore connect(String uri) {
        RedisURI redisUri = RedisURI.create(uri);
        redisUri.setTimeout(Duration.ofSeconds(5));
        RedisClient client = RedisClient.create(redisUri);
        try {
            return new RedisStore(client, client.connect());
        } catch (RuntimeException e) {
            client.shutdown();
            throw e;
        }
    }

    RedisCommands<String, String> commands() {
        return connection.sync();
    }

    public RedisIdempotencyStore idempotencyStore() {
        return new RedisIdempotencyStore(this);
    }

    public RedisSessionCache sessionCache() {
        return new RedisSessionCache(this);
    }

    public RedisAttemptCounter attemptCounter() {
        return new RedisAttemptCounter(this);
    }

    /** For readiness: whether Redis answers PING. */
    public boolean answers() {
        try {
            return "PONG".equals(commands().ping());
        } catch (RuntimeException e) {
            return false;
        }
    }

    @Override
    public void close() {
        connection.close();
        client.shutdown(Duration.ZERO, Duration.ofSeconds(2));
    }
}
