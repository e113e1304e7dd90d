package io.cockpit.adapters.mysql;

import io.cockpit.application.testing.RealServices;
import org.flywaydb.core.Flyway;

import java.sql.SQLException;
import java.util.UUID;

/** A database at an earlier schema version, for a test of what a later migration does with the rows it holds. */
public final class EarlierSchema {

    /** A test that fills a database at the earlier version, then opens it with every migration. */
    @FunctionalInterface
    public interface Test {
        void run(DatabaseSettings settings) throws SQLException;
    }

    private EarlierSchema() {
    }

    public static void onH2(Test test) throws SQLException {
        String name = "t" + UUID.randomUUID().toString().replace("-", "");
        String url = "jdbc:h2:mem:" + name
                + ";MODE=MySQL;DATABASE_TO_LOWER=TRUE;CASE_INSENSITIVE_IDENTIFIERS=TRUE;DB_CLOSE_DELAY=-1";
        test.run(new DatabaseSettings(url, "sa", "", 2));
    }

    public static void onMariaDb(Test test) throws SQLException {
        RealServices.TestDatabase database = RealServices.newMysqlDatabase();
        try {
            test.run(new DatabaseSettings(database.jdbcUrl(), database.user(), database.password(), 2));
        } finally {
            database.drop();
        }
    }

    /** Migrates the database of {@code settings} up to and including {@code version}. */
    public static void migrateTo(DatabaseSettings settings, String version) {
        Flyway.configure().dataSource(settings.jdbcUrl(), settings.user(), settings.password())
                .locations("classpath:db/migration/common", settings.vendor().migrationsLocation())
                .javaMigrations(new TrackingIdHashMigration(MigrationKeys.NONE), new LayoutControlsMigration())
                .target(version).load().migrate();
    }
}
