package io.cockpit.application.port.out.protection;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * Counts attempts per key in a sliding window, for brute-force limits. Keys arrive as keyed hashes: the counter
 * never sees an e-mail or client address. An attempt takes its place before the work it limits is done
 * ({@link #reserve}), so requests arriving together cannot all pass a limit that only some of them fit under.
 */
public interface AttemptCounter {

    /** The attempts under {@code key} in the window that ends at {@code now}. */
    Attempts count(String key, Instant now, Duration window);

    /**
     * Records an attempt at {@code now} if the window holds fewer than {@code limit}, checking and recording in one
     * atomic step: of N reservations against one key at once, exactly as many are admitted as there was room for.
     * A refused reservation records nothing. Either way the answer carries the attempts in the window afterwards.
     */
    Reservation reserve(String key, Instant now, Duration window, int limit);

    /** Takes back an admitted reservation, for an attempt that by the rules does not count; refused ones are ignored. */
    void release(Reservation reservation);

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

    /**
     * The answer to {@link #reserve}: admitted with the attempt's own id (to {@link #release} it), or refused (no id).
     *
     * @param attempts the window after the reservation: this attempt included when admitted
     */
    record Reservation(String key, Optional<String> id, Attempts attempts) {

        public Reservation {
            Objects.requireNonNull(key, "key");
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(attempts, "attempts");
        }

        public static Reservation admitted(String key, String id, Attempts attempts) {
            return new Reservation(key, Optional.of(id), attempts);
        }

        public static Reservation refused(String key, Attempts attempts) {
            return new Reservation(key, Optional.empty(), attempts);
        }

        public boolean isAdmitted() {
            return id.isPresent();
        }
    }
}
