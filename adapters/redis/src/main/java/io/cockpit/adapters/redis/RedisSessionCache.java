package io.cockpit.adapters.redis;

import io.cockpit.application.port.out.SessionCache;
import io.cockpit.domain.access.DeviceLabel;
import io.cockpit.domain.access.Session;
import io.cockpit.domain.access.SessionId;
import io.cockpit.domain.access.TokenHash;
import io.cockpit.domain.account.UserId;
import io.lettuce.core.SetArgs;

import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.Optional;

/**
 * Sessions as Redis strings {@code sessionId|userId|createdMillis|lastSeenMillis|device} under the token's SHA-256,
 * with a TTL. Pseudonymous: a User-ID, a coarse device label, times.
 */
public final class RedisSessionCache implements SessionCache {

    private static final String PREFIX = RedisStore.KEY_PREFIX + "session:";

    private final RedisStore redis;

    RedisSessionCache(RedisStore redis) {
        this.redis = redis;
    }

    @Override
    public Optional<Session> find(TokenHash tokenHash) {
        String value = redis.commands().get(PREFIX + tokenHash.hex());
        if (value == null) {
            return Optional.empty();
        }
        String[] parts = value.split("\\|", 5);
        return Optional.of(new Session(new SessionId(parts[0]), new UserId(parts[1]), tokenHash,
                new DeviceLabel(parts[4]), Instant.ofEpochMilli(Long.parseLong(parts[2])),
                Instant.ofEpochMilli(Long.parseLong(parts[3]))));
    }

    @Override
    public void put(Session session, Duration ttl) {
        if (ttl.isZero() || ttl.isNegative()) {
            return;
        }
        redis.commands().set(PREFIX + session.tokenHash().hex(), String.join("|", session.id().value(),
                        session.userId().value(), Long.toString(session.createdAt().toEpochMilli()),
                        Long.toString(session.lastSeenAt().toEpochMilli()), session.device().value()),
                SetArgs.Builder.px(ttl.toMillis()));
    }

    @Override
    public void evict(Collection<TokenHash> tokenHashes) {
        if (!tokenHashes.isEmpty()) {
            redis.commands().del(tokenHashes.stream().map(hash -> PREFIX + hash.hex()).toArray(String[]::new));
        }
    }
}
