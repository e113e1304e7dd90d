package io.cockpit.adapters.memory;

import io.cockpit.application.port.out.shared.IdempotencyStore;
import io.cockpit.application.port.out.shared.IdempotencyStoreContract;
import io.cockpit.application.testing.MutableClock;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

class InMemoryIdempotencyStoreTest extends IdempotencyStoreContract {

    private final MutableClock clock = MutableClock.startingAt("2026-11-29T10:00:00Z");
    private final InMemoryIdempotencyStore store = new InMemoryIdempotencyStore(clock);

    @Override
    protected IdempotencyStore store() {
        return store;
    }

    @Override
    protected void letTimePass(Duration duration) {
        clock.advance(duration);
    }

    @Test
    void sweepingDropsOnlyExpiredEntries() {
        store.claim("short", "fp", Duration.ofSeconds(1));
        store.claim("long", "fp", Duration.ofHours(1));
        clock.advance(Duration.ofSeconds(2));

        store.sweep();

        assertThat(store.claim("short", "fp", Duration.ofSeconds(1))).isTrue();
        assertThat(store.find("long")).isPresent();
    }
}
