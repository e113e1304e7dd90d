package io.cockpit.adapters.redis;

import io.cockpit.application.port.out.shared.IdempotencyStore;
import io.cockpit.application.port.out.shared.IdempotencyStoreContract;
import io.cockpit.application.testing.NeedsRealServers;
import io.cockpit.application.testing.RealServices;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

import java.time.Duration;

/** The idempotency store contract on the real Redis server. */
@NeedsRealServers
class RedisIdempotencyStoreTest extends IdempotencyStoreContract {

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
    protected IdempotencyStore store() {
        return redis.idempotencyStore();
    }

    @Override
    protected void letTimePass(Duration duration) {
        sleep(duration);
    }

    /** Real time has to pass for a real server's TTLs. */
    static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
