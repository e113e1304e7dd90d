package io.cockpit.application.testing.fakes;

import io.cockpit.application.port.out.shared.IdempotencyStore;
import io.cockpit.application.port.out.shared.IdempotencyStoreContract;
import io.cockpit.application.testing.MutableClock;

import java.time.Duration;

class FakeIdempotencyStoreTest extends IdempotencyStoreContract {

    private final MutableClock clock = MutableClock.startingAt("2026-11-29T10:00:00Z");
    private final IdempotencyStore store = new FakeIdempotencyStore(clock);

    @Override
    protected IdempotencyStore store() {
        return store;
    }

    @Override
    protected void letTimePass(Duration duration) {
        clock.advance(duration);
    }
}
