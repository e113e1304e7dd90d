package io.cockpit.adapters.redis;

import io.cockpit.application.port.out.protection.AttemptCounter;
import io.lettuce.core.RedisNoScriptException;
import io.lettuce.core.ScriptOutputType;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Sliding windows as Redis sorted sets of attempt times, trimmed and counted in one Lua script (atomic, and safe on
 * the shared connection). Times come from the application's clock, not Redis', so every node counts alike.
 */
public final class RedisAttemptCounter implements AttemptCounter {

    private static final String PREFIX = RedisStore.KEY_PREFIX + "attempts:";

    /** KEYS[1]; ARGV: now ms, window ms, member, record (1/0). Returns {count, oldest ms or ""}. */
    private static final String SCRIPT = """
            redis.call('ZREMRANGEBYSCORE', KEYS[1], '-inf', tonumber(ARGV[1]) - tonumber(ARGV[2]))
            if ARGV[4] == '1' then
              redis.call('ZADD', KEYS[1], ARGV[1], ARGV[3])
              redis.call('PEXPIRE', KEYS[1], ARGV[2])
            end
            local oldest = redis.call('ZRANGE', KEYS[1], 0, 0, 'WITHSCORES')
            return {redis.call('ZCARD', KEYS[1]), oldest[2] or ''}
            """;

    private final RedisStore redis;
    private final String scriptSha;

    RedisAttemptCounter(RedisStore redis) {
        this.redis = redis;
        this.scriptSha = redis.commands().scriptLoad(SCRIPT);
    }

    @Override
    public Attempts count(String key, Instant now, Duration window) {
        return run(key, now, window, false);
    }

    @Override
    public Attempts record(String key, Instant now, Duration window) {
        return run(key, now, window, true);
    }

    private Attempts run(String key, Instant now, Duration window, boolean record) {
        String[] keys = {PREFIX + key};
        String[] args = {Long.toString(now.toEpochMilli()), Long.toString(window.toMillis()),
                now.toEpochMilli() + ":" + UUID.randomUUID(), record ? "1" : "0"};
        List<Object> result;
        try {
            result = redis.commands().evalsha(scriptSha, ScriptOutputType.MULTI, keys, args);
        } catch (RedisNoScriptException flushed) {
            result = redis.commands().eval(SCRIPT, ScriptOutputType.MULTI, keys, args);
        }
        int count = ((Long) result.get(0)).intValue();
        Object oldest = result.get(1);
        return new Attempts(count, oldest == null || oldest.toString().isEmpty() ? Optional.empty()
                : Optional.of(Instant.ofEpochMilli((long) Double.parseDouble(oldest.toString()))));
    }

    @Override
    public void clear(String key) {
        redis.commands().del(PREFIX + key);
    }
}
