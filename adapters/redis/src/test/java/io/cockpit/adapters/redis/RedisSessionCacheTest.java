package io.cockpit.adapters.redis;

import io.cockpit.application.port.out.access.SessionCache;
import io.cockpit.application.port.out.access.SessionCacheContract;
import io.cockpit.application.testing.NeedsRealServers;
import io.cockpit.application.testing.RealServices;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

import java.time.Duration;

/** The session cache contract on the real Redis server. */
@NeedsRealServers
class RedisSessionCacheTest extends SessionCacheContract {

    private static RedisStore redis;

    @BeforeAll
    static void connect() {
        redis = RedisStore.connect(RealServices.redisUri());
    }

    @AfterAll
    static void disconnect() {
        redis.close();
    }

    @Override
    protected SessionCache cache() {
        return redis.sessionCache();
    }

    @Override
    protected void letTimePass(Duration duration) {
        RedisIdempotencyStoreTest.sleep(duration);
    }
}
