package io.cockpit.application.testing.fakes;

import io.cockpit.application.port.out.access.SessionCache;
import io.cockpit.domain.access.Session;
import io.cockpit.domain.access.TokenHash;
import io.cockpit.domain.account.UserId;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The session cache in memory, on the test's clock: entries expire when the clock passes their time to live, and an
 * evicted session is refused for its hold-off.
 */
public final class FakeSessionCache implements SessionCache {

    private record Expiring<T>(T value, Instant expiresAt) {
    }

    private record CachedList(long revision, List<Session> sessions) {
    }

    private final Clock clock;
    private final Map<TokenHash, Expiring<Session>> sessions = new HashMap<>();
    private final Map<UserId, Expiring<CachedList>> lists = new HashMap<>();
    private final Map<UserId, Long> revisions = new HashMap<>();
    private final Map<TokenHash, Expiring<Boolean>> ended = new HashMap<>();

    public FakeSessionCache(Clock clock) {
        this.clock = clock;
    }

    @Override
    public synchronized Optional<Session> find(TokenHash tokenHash) {
        return live(sessions.get(tokenHash));
    }

    @Override
    public synchronized void put(Session session, Duration ttl) {
        if (live(ended.get(session.tokenHash())).isEmpty()) {
            sessions.put(session.tokenHash(), new Expiring<>(session, clock.instant().plus(ttl)));
        }
    }

    @Override
    public synchronized void evict(Collection<TokenHash> tokenHashes, Duration holdOff) {
        tokenHashes.forEach(hash -> {
            sessions.remove(hash);
            ended.put(hash, new Expiring<>(true, clock.instant().plus(holdOff)));
        });
    }

    @Override
    public synchronized Optional<List<Session>> findList(UserId userId) {
        return live(lists.get(userId)).filter(list -> list.revision() == revisions.getOrDefault(userId, 0L))
                .map(CachedList::sessions);
    }

    @Override
    public synchronized ListRevision listRevision(UserId userId) {
        return new ListRevision(revisions.getOrDefault(userId, 0L));
    }

    @Override
    public synchronized void putList(UserId userId, ListRevision revision, List<Session> list, Duration ttl) {
        lists.put(userId, new Expiring<>(new CachedList(revision.value(), List.copyOf(list)), clock.instant().plus(ttl)));
    }

    @Override
    public synchronized void listChanged(UserId userId) {
        revisions.merge(userId, 1L, Long::sum);
        lists.remove(userId);
    }

    private <T> Optional<T> live(Expiring<T> entry) {
        return Optional.ofNullable(entry).filter(e -> clock.instant().isBefore(e.expiresAt())).map(Expiring::value);
    }

    /** The user's live cached sessions (by token hash), then the list, then the revision: one item each. */
    @Override
    public synchronized int erase(UserId user, int limit) {
        sessions.values().removeIf(entry -> entry.value().userId().equals(user) && live(entry).isEmpty());
        List<TokenHash> cached = sessions.entrySet().stream()
                .filter(entry -> entry.getValue().value().userId().equals(user))
                .map(Map.Entry::getKey).sorted(Comparator.comparing(TokenHash::hex)).limit(limit).toList();
        cached.forEach(sessions::remove);
        int erased = cached.size();
        if (erased < limit && lists.remove(user) != null) {
            erased++;
        }
        if (erased < limit && revisions.remove(user) != null) {
            erased++;
        }
        return erased;
    }
}
