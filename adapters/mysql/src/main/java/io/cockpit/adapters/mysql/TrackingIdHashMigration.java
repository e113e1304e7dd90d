package io.cockpit.adapters.mysql;

import io.cockpit.domain.account.TrackingId;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.migration.JavaMigration;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * V10: the registry of issued Tracking-IDs keeps their keyed hashes instead of the Tracking-IDs, so that nothing of an
 * erased user's Tracking-ID stays in clear, while no Tracking-ID is ever issued twice. A Java migration because the
 * hash needs the server secret: it creates {@code issued_tracking_id}, moves every row of
 * {@code tracking_id_registry} there as a hash, and drops the old table. It can run again after a failure half way
 * (MySQL does not roll DDL back): the new table is created only if missing and a hash already moved is skipped.
 */
public final class TrackingIdHashMigration implements JavaMigration {

    private static final int BATCH = 500;

    private final MigrationKeys keys;

    public TrackingIdHashMigration(MigrationKeys keys) {
        this.keys = keys;
    }

    @Override
    public MigrationVersion getVersion() {
        return MigrationVersion.fromVersion("10");
    }

    @Override
    public String getDescription() {
        return "issued tracking id hashes";
    }

    @Override
    public Integer getChecksum() {
        return 10;
    }

    @Override
    public boolean canExecuteInTransaction() {
        return true;
    }

    @Override
    public void migrate(Context context) throws SQLException {
        Connection connection = context.getConnection();
        try (Statement statement = connection.createStatement()) {
            statement.execute("""
                    CREATE TABLE IF NOT EXISTS issued_tracking_id (
                        tracking_id_hash  CHAR(64)    NOT NULL,
                        issued_at         DATETIME(3) NOT NULL,
                        PRIMARY KEY (tracking_id_hash)
                    ) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_bin""");
        }
        boolean resumed = count(connection) > 0;
        List<String[]> batch = new ArrayList<>();
        try (Statement read = connection.createStatement();
             ResultSet rows = read.executeQuery("SELECT tracking_id, issued_at FROM tracking_id_registry")) {
            while (rows.next()) {
                batch.add(new String[] {keys.trackingIdHash().apply(new TrackingId(rows.getString(1))).hex(),
                        rows.getString(2)});
                if (batch.size() == BATCH) {
                    insert(connection, batch, resumed);
                    batch.clear();
                }
            }
        }
        insert(connection, batch, resumed);
        try (Statement statement = connection.createStatement()) {
            statement.execute("DROP TABLE tracking_id_registry");
        }
    }

    /**
     * Run before the migrations: fails, before anything changed, if there are Tracking-IDs in clear to hash and
     * {@code keys} cannot hash them (a failed migration would need a manual repair of the schema history).
     */
    public static void refuseWithoutTheSecret(Connection connection, MigrationKeys keys) throws SQLException {
        boolean old;
        try (ResultSet tables = connection.getMetaData().getTables(connection.getCatalog(), connection.getSchema(),
                "%", new String[] {"TABLE"})) {
            old = false;
            while (tables.next()) {
                old |= tables.getString("TABLE_NAME").equalsIgnoreCase("tracking_id_registry");
            }
        }
        if (!old) {
            return;
        }
        try (Statement statement = connection.createStatement();
             ResultSet first = statement.executeQuery("SELECT tracking_id FROM tracking_id_registry LIMIT 1")) {
            if (first.next()) {
                keys.trackingIdHash().apply(new TrackingId(first.getString(1)));
            }
        }
    }

    private static long count(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement();
             ResultSet count = statement.executeQuery("SELECT COUNT(*) FROM issued_tracking_id")) {
            count.next();
            return count.getLong(1);
        }
    }

    /** Inserts the hashes; after an earlier, failed run only those not moved yet. */
    private static void insert(Connection connection, List<String[]> batch, boolean resumed) throws SQLException {
        try (PreparedStatement exists = connection.prepareStatement(
                "SELECT COUNT(*) FROM issued_tracking_id WHERE tracking_id_hash = ?");
             PreparedStatement insert = connection.prepareStatement(
                     "INSERT INTO issued_tracking_id (tracking_id_hash, issued_at) VALUES (?, ?)")) {
            for (String[] row : batch) {
                if (resumed && moved(exists, row[0])) {
                    continue;
                }
                insert.setString(1, row[0]);
                insert.setString(2, row[1]);
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    private static boolean moved(PreparedStatement exists, String hash) throws SQLException {
        exists.setString(1, hash);
        try (ResultSet found = exists.executeQuery()) {
            found.next();
            return found.getLong(1) > 0;
        }
    }
}
