package io.cockpit.adapters.redis;

import io.cockpit.application.port.out.shared.StoreUnavailable;
import io.lettuce.core.RedisBusyException;
import io.lettuce.core.RedisClient;
import io.lettuce.core.RedisCommandTimeoutException;
import io.lettuce.core.RedisConnectionException;
import io.lettuce.core.RedisLoadingException;
import io.lettuce.core.RedisReadOnlyException;
import io.lettuce.core.RedisURI;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.api.sync.RedisCommands;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.time.Duration;

/**
 * One Lettuce connection to Redis, shared by the cache-side adapters (Lettuce multiplexes it safely across
 * threads). Everything written through it is pseudonymous: keyed hashes as keys, counters or sealed bytes as values.
 */
public final class RedisStore implements AutoCloseable {

    /** Every key Cockpit writes starts with this, so the data can be told apart (and flushed) in a shared Redis. */
    public static final String KEY_PREFIX = "cockpit:";

    /** How long a command waits for Redis's answer (also while Lettuce reconnects) before it is unavailable. */
    static final Duration COMMAND_WAIT = Duration.ofSeconds(5);

    private final RedisClient client;
    private final StatefulRedisConnection<String, String> connection;
    private final RedisCommands<String, String> commands;

    private RedisStore(RedisClient client, StatefulRedisConnection<String, String> connection) {
        this.client = client;
        this.connection = connection;
        this.commands = answeringOrUnavailable(connection.sync());
    }

    public static RedisStore connect(String uri) {
        return connect(uri, COMMAND_WAIT);
    }

    /** As {@link #connect(String)}, with each command waiting {@code commandWait} for Redis's answer. */
    static RedisStore connect(String uri, Duration commandWait) {
        RedisURI redisUri = RedisURI.create(uri);
        redisUri.setTimeout(commandWait);
        RedisClient client = RedisClient.create(redisUri);
        try {
            return new RedisStore(client, client.connect());
        } catch (RuntimeException e) {
            client.shutdown();
            throw e;
        }
    }

    /** The commands; one that Redis did not answer in time (away, or reconnecting) throws {@link StoreUnavailable}. */
    RedisCommands<String, String> commands() {
        return commands;
    }

    @SuppressWarnings("unchecked")
    private static RedisCommands<String, String> answeringOrUnavailable(RedisCommands<String, String> sync) {
        return (RedisCommands<String, String>) Proxy.newProxyInstance(RedisCommands.class.getClassLoader(),
                new Class<?>[] {RedisCommands.class}, (proxy, method, args) -> {
                    if (method.getDeclaringClass() == Object.class) {
                        return switch (method.getName()) {
                            case "equals" -> proxy == args[0];
                            case "hashCode" -> System.identityHashCode(proxy);
                            default -> "RedisCommands of " + sync;
                        };
                    }
                    try {
                        return method.invoke(sync, args);
                    } catch (InvocationTargetException e) {
                        throw unavailableOr(e.getCause());
                    }
                });
    }

    /**
     * Redis away or not answering for now: no answer in time (also while Lettuce reconnects), no connection, or a
     * server that refuses every command for a while (loading its data after a restart, busy with a script, a replica
     * during a failover). Its other refusals (a wrong type, a missing script) as they are.
     */
    static Throwable unavailableOr(Throwable failure) {
        return failure instanceof RedisCommandTimeoutException || failure instanceof RedisConnectionException
                || failure instanceof RedisLoadingException || failure instanceof RedisBusyException
                || failure instanceof RedisReadOnlyException
                ? new StoreUnavailable("Redis", failure) : failure;
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
