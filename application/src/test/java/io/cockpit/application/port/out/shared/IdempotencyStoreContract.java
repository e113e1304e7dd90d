package io.cockpit.application.port.out.shared;

import io.cockpit.application.port.out.shared.IdempotencyStore.IdempotencyRecord;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** What every {@link IdempotencyStore} must do; expiry is checked with real (short) durations. */
public abstract class IdempotencyStoreContract {

    protected abstract IdempotencyStore store();

    /** Lets {@code duration} pass for the store (a real wait for a server, a clock step in memory). */
    protected abstract void letTimePass(Duration duration);

    private static String aKey() {
        return UUID.randomUUID().toString().replace("-", "");
    }

    @Test
    void aKeyCanBeClaimedOnce() {
        String key = aKey();

        assertThat(store().claim(key, "fp", Duration.ofMinutes(1))).isTrue();
        assertThat(store().claim(key, "fp", Duration.ofMinutes(1))).isFalse();
        assertThat(store().find(key)).hasValueSatisfying(record -> {
            assertThat(record.fingerprint()).isEqualTo("fp");
            assertThat(record.completed()).isFalse();
        });
    }

    @Test
    void aCompletedKeyReturnsItsResponse() {
        String key = aKey();
        store().claim(key, "fp", Duration.ofMinutes(1));

        store().complete(key, "fp", new byte[]{1, 2, 3, 0, -1}, Duration.ofHours(24));

        IdempotencyRecord record = store().find(key).orElseThrow();
        assertThat(record.completed()).isTrue();
        assertThat(record.sealedResponse()).containsExactly(1, 2, 3, 0, -1);
        assertThat(store().claim(key, "fp", Duration.ofMinutes(1))).isFalse();
    }

    @Test
    void aReleasedKeyCanBeClaimedAgain() {
        String key = aKey();
        store().claim(key, "fp", Duration.ofMinutes(1));

        store().release(key);

        assertThat(store().find(key)).isEmpty();
        assertThat(store().claim(key, "other", Duration.ofMinutes(1))).isTrue();
    }

    @Test
    void aClaimExpires() {
        String key = aKey();
        store().claim(key, "fp", Duration.ofMillis(300));

        letTimePass(Duration.ofMillis(600));

        assertThat(store().find(key)).isEmpty();
        assertThat(store().claim(key, "fp", Duration.ofMinutes(1))).isTrue();
    }

    @Test
    void aCompletedResultExpires() {
        String key = aKey();
        store().claim(key, "fp", Duration.ofMinutes(1));
        store().complete(key, "fp", new byte[]{42}, Duration.ofMillis(300));

        letTimePass(Duration.ofMillis(600));

        assertThat(store().find(key)).isEmpty();
    }

    @Test
    void unknownKeysFindNothing() {
        assertThat(store().find(aKey())).isEmpty();
    }
}
