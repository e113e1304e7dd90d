package io.cockpit.application.testing.fakes;

import io.cockpit.application.port.out.shared.IdempotencyStore;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** Idempotency records in memory, on the test's clock. */
public final class FakeIdempotencyStore implements IdempotencyStore {

    private record Entry(String fingerprint, byte[] sealedResponse, Instant expiresAt) {
    }

    private final Clock clock;
    private final Map<String, Entry> entries = new HashMap<>();

    public FakeIdempotencyStore(Clock clock) {
        this.clock = clock;
    }

    @Override
    public synchronized boolean claim(String key, String fingerprint, Duration claimTtl) {
        if (live(key).isPresent()) {
            return false;
        }
        entries.put(key, new Entry(fingerprint, null, clock.instant().plus(claimTtl)));
        return true;
    }

    @Override
    public synchronized Optional<IdempotencyRecord> find(String key) {
        return live(key).map(entry -> new IdempotencyRecord(entry.fingerprint(),
                entry.sealedResponse() == null ? null : entry.sealedResponse().clone()));
    }

    @Override
    public synchronized void complete(String key, String fingerprint, byte[] sealedResponse, Duration ttl) {
        entries.put(key, new Entry(fingerprint, sealedResponse.clone(), clock.instant().plus(ttl)));
    }

    @Override
    public synchronized void release(String key) {
        entries.remove(key);
    }

    private Optional<Entry> live(String key) {
        return Optional.ofNullable(entries.get(key)).filter(entry -> clock.instant().isBefore(entry.expiresAt()));
    }
}
