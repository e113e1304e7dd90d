package io.cockpit.adapters.memory;

import io.cockpit.application.port.out.access.SessionCache;
import io.cockpit.application.port.out.access.SessionCacheContract;
import io.cockpit.application.testing.MutableClock;

import java.time.Duration;

class InMemorySessionCacheTest extends SessionCacheContract {

    private final MutableClock clock = MutableClock.startingAt("2026-11-29T10:00:00Z");
    private final InMemorySessionCache cache = new InMemorySessionCache(clock);

    @Override
    protected SessionCache cache() {
        return cache;
    }

    @Override
    protected void letTimePass(Duration duration) {
        clock.advance(duration);
    }
}
