package io.cockpit.adapters.mysql;

import io.cockpit.application.testing.RealServices;
import io.cockpit.application.testing.RealServices.TestDatabase;

import java.time.Duration;
import java.util.UUID;

/** A fresh, migrated relational store for one test: H2 in memory, or a new database on the test MariaDB. */
public final class StoreUnderTest implements AutoCloseable {

    private final RelationalStore store;
    private final TestDatabase mariaDb;

    private StoreUnderTest(RelationalStore store, TestDatabase mariaDb) {
        this.store = store;
        this.mariaDb = mariaDb;
    }

    public static StoreUnderTest h2() {
        return h2(4, RelationalStore.CONNECTION_WAIT);
    }

    /** With a pool of {@code connections} that a statement waits {@code wait} for. */
    public static StoreUnderTest h2(int connections, Duration wait) {
        String name = "t" + UUID.randomUUID().toString().replace("-", "");
        return new StoreUnderTest(RelationalStore.open(new DatabaseSettings("jdbc:h2:mem:" + name
                + ";MODE=MySQL;DATABASE_TO_LOWER=TRUE;CASE_INSENSITIVE_IDENTIFIERS=TRUE;DB_CLOSE_DELAY=-1;LOCK_TIMEOUT=10000",
                "sa", "", connections), MigrationKeys.NONE, wait), null);
    }

    public static StoreUnderTest mariaDb() {
        return mariaDb(4, RelationalStore.CONNECTION_WAIT);
    }

    /** With a pool of {@code connections} that a statement waits {@code wait} for. */
    public static StoreUnderTest mariaDb(int connections, Duration wait) {
        TestDatabase database = RealServices.newMysqlDatabase();
        return new StoreUnderTest(RelationalStore.open(new DatabaseSettings(database.jdbcUrl(), database.user(),
                database.password(), connections), MigrationKeys.NONE, wait), database);
    }

    public RelationalStore store() {
        return store;
    }

    @Override
    public void close() {
        store.close();
        if (mariaDb != null) {
            mariaDb.drop();
        }
    }
}
