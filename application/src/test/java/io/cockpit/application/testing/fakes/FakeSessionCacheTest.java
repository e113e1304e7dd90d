package io.cockpit.application.testing.fakes;

import io.cockpit.application.port.out.access.SessionCache;
import io.cockpit.application.port.out.access.SessionCacheContract;
import io.cockpit.application.testing.MutableClock;

import java.time.Duration;

class FakeSessionCacheTest extends SessionCacheContract {

    private final MutableClock clock = MutableClock.startingAt("2026-11-29T10:00:00Z");
    private final SessionCache cache = new FakeSessionCache(clock);

    @Override
    protected SessionCache cache() {
        return cache;
    }

    @Override
    protected void letTimePass(Duration duration) {
        clock.advance(duration);
    }
}
