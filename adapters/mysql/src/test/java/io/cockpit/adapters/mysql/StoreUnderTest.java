package io.cockpit.adapters.mysql;

import io.cockpit.application.testing.RealServices;
import io.cockpit.application.testing.RealServices.TestDatabase;

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
        String name = "t" + UUID.randomUUID().toString().replace("-", "");
        return new StoreUnderTest(RelationalStore.open(new DatabaseSettings("jdbc:h2:mem:" + name
                + ";MODE=MySQL;DATABASE_TO_LOWER=TRUE;CASE_INSENSITIVE_IDENTIFIERS=TRUE;DB_CLOSE_DELAY=-1;LOCK_TIMEOUT=10000",
                "sa", "", 4)), null);
    }

    public static StoreUnderTest mariaDb() {
        TestDatabase database = RealServices.newMysqlDatabase();
        return new StoreUnderTest(RelationalStore.open(
                new DatabaseSettings(database.jdbcUrl(), database.user(), database.password(), 4)), database);
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
