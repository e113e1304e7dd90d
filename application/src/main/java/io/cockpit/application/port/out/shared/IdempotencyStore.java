package io.cockpit.application.port.out.shared;

import java.time.Duration;
import java.util.Optional;

/**
 * Remembers requests made with an {@code Idempotency-Key}. Keys are keyed hashes and responses sealed bytes: the
 * store (a cache) never sees anything personal.
 */
public interface IdempotencyStore {

    /** Claims {@code key} for a request in flight; {@code false} if it is claimed or completed already. */
    boolean claim(String key, String fingerprint, Duration claimTtl);

    Optional<IdempotencyRecord> find(String key);

    /** Turns the claim into the stored result, kept for {@code ttl}. */
    void complete(String key, String fingerprint, byte[] sealedResponse, Duration ttl);

    /** Gives up a claim (the request failed), so that a retry runs again. */
    void release(String key);

    /** What is stored under a key: the request's fingerprint and, once completed, the sealed response. */
    record IdempotencyRecord(String fingerprint, byte[] sealedResponse) {

        public boolean completed() {
            return sealedResponse != null;
        }
    }
}
