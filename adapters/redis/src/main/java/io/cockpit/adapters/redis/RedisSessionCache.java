package io.cockpit.adapters.redis;

import io.cockpit.application.port.out.access.SessionCache;
import io.cockpit.domain.access.DeviceLabel;
import io.cockpit.domain.access.Session;
import io.cockpit.domain.access.SessionId;
import io.cockpit.domain.access.TokenHash;
import io.cockpit.domain.account.UserId;
import io.lettuce.core.KeyValue;
import io.lettuce.core.RedisNoScriptException;
import io.lettuce.core.ScriptOutputType;
import io.lettuce.core.SetArgs;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * A session is one line {@code sessionId|userId|tokenHash|createdMillis|lastSeenMillis|device} (the device label
 * Base64-encoded), stored under the token's SHA-256 with a TTL. A user's session list is one string under the SHA-256
 * of the User-ID: its revision on the first line, then one line per session; the revision counter of the user's
 * sessions is a second key, kept a day after the last change. A third key per user, a set of the token hashes cached
 * for the user that lives as long as the longest of them, lets an erasure find the user's cached sessions without
 * reading every key. An ended session's token hash is remembered under a fourth key for the eviction's hold-off, and
 * the put refuses it in the same script. Pseudonymous: User-IDs, token hashes, coarse device labels, times.
 */
public final class RedisSessionCache implements SessionCache {

    private static final String PREFIX = RedisStore.KEY_PREFIX + "session:";
    private static final String LIST_PREFIX = RedisStore.KEY_PREFIX + "session-list:";
    private static final String REVISION_PREFIX = RedisStore.KEY_PREFIX + "session-revision:";
    private static final String USER_PREFIX = RedisStore.KEY_PREFIX + "session-user:";
    private static final String ENDED_PREFIX = RedisStore.KEY_PREFIX + "session-ended:";
    /** KEYS: the session, the user's set, the session's ended mark; ARGV: the value, the TTL in ms, the token hash. */
    private static final String PUT = """
            if redis.call('EXISTS', KEYS[3]) == 1 then
              return 0
            end
            redis.call('SET', KEYS[1], ARGV[1], 'PX', ARGV[2])
            redis.call('SADD', KEYS[2], ARGV[3])
            if redis.call('PTTL', KEYS[2]) < tonumber(ARGV[2]) then
              redis.call('PEXPIRE', KEYS[2], ARGV[2])
            end
            return 1
            """;
    /** KEYS: pairs of a session and its ended mark; ARGV: the hold-off in ms. */
    private static final String EVICT = """
            for i = 1, #KEYS, 2 do
              redis.call('SET', KEYS[i + 1], '1', 'PX', ARGV[1])
              redis.call('DEL', KEYS[i])
            end
            return 1
            """;
    /** Much longer than any list is cached, so a counter never restarts under a list read before. */
    private static final Duration REVISION_TTL = Duration.ofDays(1);

    private final RedisStore redis;
    private final String putSha;
    private final String evictSha;

    RedisSessionCache(RedisStore redis) {
        this.redis = redis;
        this.putSha = redis.commands().scriptLoad(PUT);
        this.evictSha = redis.commands().scriptLoad(EVICT);
    }

    @Override
    public Optional<Session> find(TokenHash tokenHash) {
        return Optional.ofNullable(redis.commands().get(PREFIX + tokenHash.hex())).map(RedisSessionCache::decode);
    }

    @Override
    public void put(Session session, Duration ttl) {
        if (ttl.isZero() || ttl.isNegative()) {
            return;
        }
        String hash = session.tokenHash().hex();
        String[] keys = {PREFIX + hash, USER_PREFIX + userKey(session.userId()), ENDED_PREFIX + hash};
        run(putSha, PUT, keys, encode(session), Long.toString(ttl.toMillis()), hash);
    }

    @Override
    public void evict(Collection<TokenHash> tokenHashes, Duration holdOff) {
        if (tokenHashes.isEmpty()) {
            return;
        }
        String[] keys = tokenHashes.stream().flatMap(hash -> Stream.of(PREFIX + hash.hex(), ENDED_PREFIX + hash.hex()))
                .toArray(String[]::new);
        run(evictSha, EVICT, keys, Long.toString(Math.max(1, holdOff.toMillis())));
    }

    private void run(String sha, String script, String[] keys, String... args) {
        try {
            redis.commands().evalsha(sha, ScriptOutputType.INTEGER, keys, args);
        } catch (RedisNoScriptException flushed) {
            redis.commands().eval(script, ScriptOutputType.INTEGER, keys, args);
        }
    }

    @Override
    public Optional<List<Session>> findList(UserId userId) {
        String user = userKey(userId);
        List<KeyValue<String, String>> found = redis.commands().mget(LIST_PREFIX + user, REVISION_PREFIX + user);
        if (!found.get(0).hasValue()) {
            return Optional.empty();
        }
        String[] lines = found.get(0).getValue().split("\n");
        long current = found.get(1).hasValue() ? Long.parseLong(found.get(1).getValue()) : 0;
        if (Long.parseLong(lines[0]) != current) {
            return Optional.empty();
        }
        List<Session> sessions = new ArrayList<>();
        for (int i = 1; i < lines.length; i++) {
            sessions.add(decode(lines[i]));
        }
        return Optional.of(sessions);
    }

    @Override
    public ListRevision listRevision(UserId userId) {
        String revision = redis.commands().get(REVISION_PREFIX + userKey(userId));
        return new ListRevision(revision == null ? 0 : Long.parseLong(revision));
    }

    @Override
    public void putList(UserId userId, ListRevision revision, List<Session> sessions, Duration ttl) {
        if (ttl.isZero() || ttl.isNegative()) {
            return;
        }
        StringBuilder value = new StringBuilder().append(revision.value());
        for (Session session : sessions) {
            value.append('\n').append(encode(session));
        }
        redis.commands().set(LIST_PREFIX + userKey(userId), value.toString(), SetArgs.Builder.px(ttl.toMillis()));
    }

    @Override
    public void listChanged(UserId userId) {
        String user = userKey(userId);
        redis.commands().incr(REVISION_PREFIX + user);
        redis.commands().pexpire(REVISION_PREFIX + user, REVISION_TTL.toMillis());
        redis.commands().del(LIST_PREFIX + user);
    }

    /** The SHA-256 hex of the User-ID, computed as for tokens. */
    private static String userKey(UserId userId) {
        return TokenHash.of(userId.value()).hex();
    }

    private static String encode(Session session) {
        return String.join("|", session.id().value(), session.userId().value(), session.tokenHash().hex(),
                Long.toString(session.createdAt().toEpochMilli()), Long.toString(session.lastSeenAt().toEpochMilli()),
                Base64.getUrlEncoder().withoutPadding()
                        .encodeToString(session.device().value().getBytes(StandardCharsets.UTF_8)));
    }

    private static Session decode(String line) {
        String[] parts = line.split("\\|", 6);
        return new Session(new SessionId(parts[0]), new UserId(parts[1]), new TokenHash(parts[2]),
                new DeviceLabel(new String(Base64.getUrlDecoder().decode(parts[5]), StandardCharsets.UTF_8)),
                Instant.ofEpochMilli(Long.parseLong(parts[3])), Instant.ofEpochMilli(Long.parseLong(parts[4])));
    }

    /**
     * The user's cached sessions (found through the user's set; hashes whose session expired or was evicted do not
     * count), then the list, then the revision.
     */
    @Override
    public int erase(UserId user, int limit) {
        String member = USER_PREFIX + userKey(user);
        int erased = 0;
        while (erased < limit) {
            List<String> hashes = redis.commands().srandmember(member, limit - erased);
            if (hashes.isEmpty()) {
                break;
            }
            erased += redis.commands().del(hashes.stream().map(hash -> PREFIX + hash).toArray(String[]::new))
                    .intValue();
            redis.commands().srem(member, hashes.toArray(String[]::new));
        }
        if (erased < limit) {
            erased += redis.commands().del(LIST_PREFIX + userKey(user)).intValue();
        }
        if (erased < limit) {
            erased += redis.commands().del(REVISION_PREFIX + userKey(user)).intValue();
        }
        return erased;
    }
}
