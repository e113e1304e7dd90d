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
 * Sliding windows as Redis sorted sets of attempt times, trimmed, counted and (below the limit) added to in one Lua
 * script: atomic, so parallel reservations on every node admit exactly the limit, and safe on the shared connection.
 * Times come from the application's clock, not Redis', so every node counts alike.
 */
public final class RedisAttemptCounter implements AttemptCounter {

    private static final String PREFIX = RedisStore.KEY_PREFIX + "attempts:";

    /**
     * KEYS[1]; ARGV: now ms, window ms, member, limit (0: only count). Returns {admitted 1/0, count, oldest ms or ""}.
     */
    private static final String SCRIPT = """
            redis.call('ZREMRANGEBYSCORE', KEYS[1], '-inf', tonumber(ARGV[1]) - tonumber(ARGV[2]))
            local count = redis.call('ZCARD', KEYS[1])
            local admitted = 0
            if count < tonumber(ARGV[4]) then
              redis.call('ZADD', KEYS[1], ARGV[1], ARGV[3])
              redis.call('PEXPIRE', KEYS[1], ARGV[2])
              count = count + 1
              admitted = 1
            end
            local oldest = redis.call('ZRANGE', KEYS[1], 0, 0, 'WITHSCORES')
            return {admitted, count, oldest[2] or ''}
            """;

    private final RedisStore redis;
    private final String scriptSha;

    RedisAttemptCounter(RedisStore redis) {
        this.redis = redis;
        this.scriptSha = redis.commands().scriptLoad(SCRIPT);
    }

    @Override
    public Attempts count(String key, Instant now, Duration window) {
        return run(key, now, window, "", 0).attempts();
    }

    @Override
    public Reservation reserve(String key, Instant now, Duration window, int limit) {
        return run(key, now, window, now.toEpochMilli() + ":" + UUID.randomUUID(), limit);
    }

    private Reservation run(String key, Instant now, Duration window, String member, int limit) {
        String[] keys = {PREFIX + key};
        String[] args = {Long.toString(now.toEpochMilli()), Long.toString(window.toMillis()), member,
                Integer.toString(limit)};
        List<Object> result;
        try {
            result = redis.commands().evalsha(scriptSha, ScriptOutputType.MULTI, keys, args);
        } catch (RedisNoScriptException flushed) {
            result = redis.commands().eval(SCRIPT, ScriptOutputType.MULTI, keys, args);
        }
        int count = ((Long) result.get(1)).intValue();
        Object oldest = result.get(2);
        Attempts attempts = new Attempts(count, oldest == null || oldest.toString().isEmpty() ? Optional.empty()
                : Optional.of(Instant.ofEpochMilli((long) Double.parseDouble(oldest.toString()))));
        return ((Long) result.get(0)) == 1L ? Reservation.admitted(key, member, attempts)
                : Reservation.refused(key, attempts);
    }

    @Override
    public void release(Reservation reservation) {
        reservation.id().ifPresent(member -> redis.commands().zrem(PREFIX + reservation.key(), member));
    }

    @Override
    public void clear(String key) {
        redis.commands().del(PREFIX + key);
    }
}
