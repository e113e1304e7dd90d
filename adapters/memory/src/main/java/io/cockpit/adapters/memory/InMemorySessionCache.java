package io.cockpit.adapters.memory;

import io.cockpit.application.port.out.SessionCache;
import io.cockpit.domain.access.Session;
import io.cockpit.domain.access.TokenHash;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/** Sessions by token hash in this process (embedded mode). */
public final class InMemorySessionCache implements SessionCache {

    private record Entry(Session session, Instant expiresAt) {
    }

    private final ConcurrentMap<TokenHash, Entry> entries = new ConcurrentHashMap<>();
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
        entries.put(session.tokenHash(), new Entry(session, clock.instant().plus(ttl)));
    }

    @Override
    public void evict(Collection<TokenHash> tokenHashes) {
        tokenHashes.forEach(entries::remove);
    }

    /** Drops expired entries. */
    public void sweep() {
        Instant now = clock.instant();
        entries.values().removeIf(entry -> !now.isBefore(entry.expiresAt()));
    }
}
