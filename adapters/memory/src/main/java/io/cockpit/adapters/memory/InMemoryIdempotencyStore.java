package io.cockpit.adapters.memory;

import io.cockpit.application.port.out.shared.IdempotencyStore;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/** Idempotency records in this process (embedded mode). Expired entries are dropped when met and by {@link #sweep}. */
public final class InMemoryIdempotencyStore implements IdempotencyStore {

    private record Entry(String fingerprint, byte[] sealedResponse, Instant expiresAt) {
        boolean expiredAt(Instant now) {
            return !now.isBefore(expiresAt);
        }
    }

    private final ConcurrentMap<String, Entry> entries = new ConcurrentHashMap<>();
    private final Clock clock;

    public InMemoryIdempotencyStore(Clock clock) {
        this.clock = clock;
    }

    @Override
    public boolean claim(String key, String fingerprint, Duration claimTtl) {
        Instant now = clock.instant();
        Entry claim = new Entry(fingerprint, null, now.plus(claimTtl));
        return entries.compute(key, (k, existing) ->
                existing == null || existing.expiredAt(now) ? claim : existing) == claim;
    }

    @Override
    public Optional<IdempotencyRecord> find(String key) {
        Instant now = clock.instant();
        Entry entry = entries.computeIfPresent(key, (k, existing) -> existing.expiredAt(now) ? null : existing);
        return Optional.ofNullable(entry).map(e -> new IdempotencyRecord(e.fingerprint(), e.sealedResponse()));
    }

    @Override
    public void complete(String key, String fingerprint, byte[] sealedResponse, Duration ttl) {
        entries.put(key, new Entry(fingerprint, sealedResponse.clone(), clock.instant().plus(ttl)));
    }

    @Override
    public void release(String key) {
        entries.remove(key);
    }

    /** Drops every expired entry; run now and then so that abandoned keys do not pile up. */
    public void sweep() {
        Instant now = clock.instant();
        entries.values().removeIf(entry -> entry.expiredAt(now));
    }
}
