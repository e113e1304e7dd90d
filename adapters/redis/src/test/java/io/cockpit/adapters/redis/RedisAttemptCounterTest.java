package io.cockpit.adapters.redis;

import io.cockpit.application.port.out.protection.AttemptCounter;
import io.cockpit.application.port.out.protection.AttemptCounterContract;
import io.cockpit.application.testing.NeedsRealServers;
import io.cockpit.application.testing.RealServices;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/** The attempt counter contract on the real Redis server. */
@NeedsRealServers
class RedisAttemptCounterTest extends AttemptCounterContract {

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
    protected AttemptCounter counter() {
        return redis.attemptCounter();
    }
}
