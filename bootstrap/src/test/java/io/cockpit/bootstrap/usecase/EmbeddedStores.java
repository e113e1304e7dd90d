package io.cockpit.bootstrap.usecase;

import io.cockpit.adapters.memory.InMemoryAttemptCounter;
import io.cockpit.adapters.memory.InMemoryIdempotencyStore;
import io.cockpit.adapters.memory.InMemorySessionCache;
import io.cockpit.adapters.mysql.DatabaseSettings;
import io.cockpit.adapters.mysql.RelationalStore;
import io.cockpit.application.testing.MutableClock;

import java.util.UUID;

/** The embedded adapters for use-case tests: H2 in MySQL mode (in memory) and the in-process cache. */
final class EmbeddedStores implements AutoCloseable {

    final MutableClock clock = MutableClock.startingAt("2026-11-29T10:00:00Z");
    final RelationalStore database = RelationalStore.open(new DatabaseSettings("jdbc:h2:mem:uc"
            + UUID.randomUUID().toString().replace("-", "")
            + ";MODE=MySQL;DATABASE_TO_LOWER=TRUE;CASE_INSENSITIVE_IDENTIFIERS=TRUE;DB_CLOSE_DELAY=-1", "sa", "", 8));
    final InMemoryIdempotencyStore cache = new InMemoryIdempotencyStore(clock);
    final InMemorySessionCache sessionCache = new InMemorySessionCache(clock);
    final InMemoryAttemptCounter attempts = new InMemoryAttemptCounter();

    @Override
    public void close() {
        database.close();
    }
}
