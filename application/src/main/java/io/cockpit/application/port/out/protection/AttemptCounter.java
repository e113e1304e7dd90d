package io.cockpit.application.port.out.protection;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Counts attempts per key in a sliding window, for brute-force limits. Keys arrive as keyed hashes: the counter
 * never sees an e-mail address or a client address.
 */
public interface AttemptCounter {

    /** The attempts under {@code key} in the window that ends at {@code now}. */
    Attempts count(String key, Instant now, Duration window);

    /** Records an attempt at {@code now}; the attempts in the window, this one included. */
    Attempts record(String key, Instant now, Duration window);

    void clear(String key);

    /** How many attempts a window holds, and when the oldest of them was made. */
    record Attempts(int count, Optional<Instant> oldest) {

        public static final Attempts NONE = new Attempts(0, Optional.empty());

        /** How long until the oldest attempt leaves the window. */
        public Duration until(Instant now, Duration window) {
            return oldest.map(first -> Duration.between(now, first.plus(window)))
                    .filter(wait -> !wait.isNegative()).orElse(Duration.ZERO);
        }
    }
}
