package io.cockpit.adapters.memory;

import io.cockpit.application.port.out.access.SessionCache;
import io.cockpit.domain.access.Session;
import io.cockpit.domain.access.TokenHash;
import io.cockpit.domain.account.UserId;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * Sessions by token hash and session lists by user, in this process (embedded mode). A list revision is kept per
 * user who ever changed sessions (a counter), so that no list read before a change can pass for a later one. An
 * ended session's token hash is remembered for the eviction's hold-off, and a put of it is refused meanwhile.
 */
public final class InMemorySessionCache implements SessionCache {

    private record Entry(Session session, Instant expiresAt) {
    }

    private record ListEntry(long revision, List<Session> sessions, Instant expiresAt) {
    }

    private final ConcurrentMap<TokenHash, Entry> entries = new ConcurrentHashMap<>();
    private final ConcurrentMap<UserId, ListEntry> lists = new ConcurrentHashMap<>();
    private final ConcurrentMap<UserId, Long> revisions = new ConcurrentHashMap<>();
    private final ConcurrentMap<TokenHash, Instant> ended = new ConcurrentHashMap<>();
    private final Clock clock;

    public InMemorySessionCache(Clock clock) {
        this.clock = clock;
    }

    @Override
    public Optional<Session> find(TokenHash tokenHash) {
        Instant now = clock.instant();
        Entry entry = entries.computeIfPresent(tokenHash, (key, e) -> now.isBefore(e.expiresAt()) ? e : null);
        return Optional.ofNullable(entry).map(Entry::session);
    }

    @Override
    public void put(Session session, Duration ttl) {
        Instant now = clock.instant();
        // Decided inside the ended mark's lock, so that an eviction cannot fall between the check and the put.
        ended.compute(session.tokenHash(), (hash, until) -> {
            if (until != null && now.isBefore(until)) {
                return until;
            }
            entries.put(hash, new Entry(session, now.plus(ttl)));
            return null;
        });
    }

    @Override
    public void evict(Collection<TokenHash> tokenHashes, Duration holdOff) {
        Instant until = clock.instant().plus(holdOff);
        tokenHashes.forEach(hash -> ended.compute(hash, (key, before) -> {
            entries.remove(key);
            return until;
        }));
    }

    @Override
    public Optional<List<Session>> findList(UserId userId) {
        ListEntry entry = lists.get(userId);
        if (entry == null || !clock.instant().isBefore(entry.expiresAt())
                || entry.revision() != revisions.getOrDefault(userId, 0L)) {
            return Optional.empty();
        }
        return Optional.of(entry.sessions());
    }

    @Override
    public ListRevision listRevision(UserId userId) {
        return new ListRevision(revisions.getOrDefault(userId, 0L));
    }

    @Override
    public void putList(UserId userId, ListRevision revision, List<Session> sessions, Duration ttl) {
        lists.put(userId, new ListEntry(revision.value(), List.copyOf(sessions), clock.instant().plus(ttl)));
    }

    @Override
    public void listChanged(UserId userId) {
        revisions.merge(userId, 1L, Long::sum);
        lists.remove(userId);
    }

    /** Drops expired entries. */
    public void sweep() {
        Instant now = clock.instant();
        entries.values().removeIf(entry -> !now.isBefore(entry.expiresAt()));
        lists.values().removeIf(entry -> !now.isBefore(entry.expiresAt()));
        ended.values().removeIf(until -> !now.isBefore(until));
    }

    /** The user's live cached sessions, then the list, then the revision; one item each. */
    @Override
    public int erase(UserId user, int limit) {
        Instant now = clock.instant();
        int erased = 0;
        for (var entry : entries.entrySet()) {
            if (erased == limit) {
                break;
            }
            if (entry.getValue().session().userId().equals(user) && entries.remove(entry.getKey(), entry.getValue())
                    && now.isBefore(entry.getValue().expiresAt())) {
                erased++;
            }
        }
        if (erased < limit && lists.remove(user) != null) {
            erased++;
        }
        if (erased < limit && revisions.remove(user) != null) {
            erased++;
        }
        return erased;
    }
}
