package io.cockpit.adapters.redis;

import io.cockpit.application.port.out.shared.IdempotencyStore;
import io.lettuce.core.SetArgs;

import java.time.Duration;
import java.util.Base64;
import java.util.Optional;

/**
 * Idempotency records as Redis strings with a TTL: {@code claimed|<fingerprint>} while the request runs,
 * {@code done|<fingerprint>|<base64 sealed response>} afterwards. Keys and fingerprints arrive as keyed hashes.
 */
public final class RedisIdempotencyStore implements IdempotencyStore {

    private static final String PREFIX = RedisStore.KEY_PREFIX + "idem:";
    private static final String CLAIMED = "claimed";
    private static final String DONE = "done";

    private final RedisStore redis;

    RedisIdempotencyStore(RedisStore redis) {
        this.redis = redis;
    }

    @Override
    public boolean claim(String key, String fingerprint, Duration claimTtl) {
        return "OK".equals(redis.commands().set(PREFIX + key, CLAIMED + "|" + fingerprint,
                SetArgs.Builder.nx().px(claimTtl.toMillis())));
    }

    @Override
    public Optional<IdempotencyRecord> find(String key) {
        String value = redis.commands().get(PREFIX + key);
        if (value == null) {
            return Optional.empty();
        }
        String[] parts = value.split("\\|", 3);
        return Optional.of(DONE.equals(parts[0])
                ? new IdempotencyRecord(parts[1], Base64.getDecoder().decode(parts[2]))
                : new IdempotencyRecord(parts[1], null));
    }

    @Override
    public void complete(String key, String fingerprint, byte[] sealedResponse, Duration ttl) {
        redis.commands().set(PREFIX + key,
                DONE + "|" + fingerprint + "|" + Base64.getEncoder().encodeToString(sealedResponse),
                SetArgs.Builder.px(ttl.toMillis()));
    }

    @Override
    public void release(String key) {
        redis.commands().del(PREFIX + key);
    }
}
