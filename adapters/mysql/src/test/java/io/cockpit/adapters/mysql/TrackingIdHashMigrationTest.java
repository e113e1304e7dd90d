package io.cockpit.adapters.mysql;

import io.cockpit.adapters.mysql.account.JdbiTrackingIdRegistry;
import io.cockpit.application.port.out.account.TrackingIdHash;
import io.cockpit.application.security.ServerSecret;
import io.cockpit.application.service.account.TrackingIdIssuer;
import io.cockpit.application.testing.NeedsRealServers;
import io.cockpit.application.testing.RealServices;
import io.cockpit.domain.account.TrackingId;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * V10 on a database that an earlier version filled: the issued Tracking-IDs in clear become keyed hashes, the old
 * table goes, and none of them can be issued again.
 */
class TrackingIdHashMigrationTest {

    private static final ServerSecret SECRET = new ServerSecret(new byte[32]);
    private static final MigrationKeys KEYS = new MigrationKeys(id -> TrackingIdIssuer.hashOf(SECRET, id));
    private static final List<TrackingId> ISSUED = List.of(new TrackingId("amber-falcon"),
            new TrackingId("blame-latitude"), new TrackingId("quiet-harbour"));

    @Nested
    class OnH2 extends Cases {
        OnH2() {
            super(new DatabaseSettings("jdbc:h2:mem:m" + UUID.randomUUID().toString().replace("-", "")
                    + ";MODE=MySQL;DATABASE_TO_LOWER=TRUE;CASE_INSENSITIVE_IDENTIFIERS=TRUE;DB_CLOSE_DELAY=-1",
                    "sa", "", 2), null);
        }
    }

    @Nested
    @NeedsRealServers
    class OnMariaDb extends Cases {
        OnMariaDb() {
            super(RealServices.newMysqlDatabase());
        }
    }

    abstract static class Cases {

        private final DatabaseSettings settings;
        private final RealServices.TestDatabase mariaDb;

        Cases(DatabaseSettings settings, RealServices.TestDatabase mariaDb) {
            this.settings = settings;
            this.mariaDb = mariaDb;
        }

        Cases(RealServices.TestDatabase mariaDb) {
            this(new DatabaseSettings(mariaDb.jdbcUrl(), mariaDb.user(), mariaDb.password(), 2), mariaDb);
        }

        /** The schema as the version before this one left it, with Tracking-IDs issued in clear. */
        private void anEarlierVersionIssued(List<TrackingId> ids) throws SQLException {
            Flyway.configure().dataSource(settings.jdbcUrl(), settings.user(), settings.password())
                    .locations("classpath:db/migration/common", "classpath:db/migration/"
                            + (settings.vendor() == DatabaseSettings.Vendor.H2 ? "h2" : "mysql"))
                    .target("6").load().migrate();
            try (Connection connection = connect(); Statement statement = connection.createStatement()) {
                for (TrackingId id : ids) {
                    statement.executeUpdate("INSERT INTO tracking_id_registry (tracking_id, issued_at) VALUES ('"
                            + id.value() + "', '2025-06-01 10:00:00.000')");
                }
            }
        }

        private Connection connect() throws SQLException {
            return DriverManager.getConnection(settings.jdbcUrl(), settings.user(), settings.password());
        }

        private List<String> tables() throws SQLException {
            List<String> tables = new ArrayList<>();
            try (Connection connection = connect();
                 ResultSet found = connection.getMetaData().getTables(connection.getCatalog(), connection.getSchema(),
                         "%", new String[] {"TABLE"})) {
                while (found.next()) {
                    tables.add(found.getString("TABLE_NAME").toLowerCase());
                }
            }
            return tables;
        }

        @Test
        void theIssuedTrackingIdsBecomeKeyedHashesAndAreNeverIssuedAgain() throws SQLException {
            anEarlierVersionIssued(ISSUED);

            try (RelationalStore store = RelationalStore.open(settings, KEYS)) {
                JdbiTrackingIdRegistry registry = store.repository(JdbiTrackingIdRegistry::new);
                for (TrackingId id : ISSUED) {
                    TrackingIdHash hash = TrackingIdIssuer.hashOf(SECRET, id);
                    assertThat(registry.isRegistered(hash)).isTrue();
                    assertThat(registry.register(hash, Instant.now())).isFalse();
                }
                assertThat(registry.register(TrackingIdIssuer.hashOf(SECRET, new TrackingId("fresh-meadow")),
                        Instant.now())).isTrue();
            }
            assertThat(tables()).contains("issued_tracking_id").doesNotContain("tracking_id_registry");
            try (Connection connection = connect(); Statement statement = connection.createStatement();
                 ResultSet rows = statement.executeQuery("SELECT tracking_id_hash, issued_at FROM issued_tracking_id")) {
                List<String> issuedAt = new ArrayList<>();
                while (rows.next()) {
                    assertThat(rows.getString(1)).matches("[0-9a-f]{64}");
                    issuedAt.add(rows.getString(2));
                }
                assertThat(issuedAt).hasSize(4).filteredOn(at -> at.startsWith("2025-06-01 10:00:00")).hasSize(3);
            }
        }

        @Test
        void withoutTheSecretADatabaseWithTrackingIdsInClearIsRefusedAndStaysAsItWas() throws SQLException {
            anEarlierVersionIssued(ISSUED.subList(0, 1));

            assertThatThrownBy(() -> RelationalStore.open(settings).close())
                    .hasStackTraceContaining("start the server once");
            assertThat(tables()).contains("tracking_id_registry").doesNotContain("issued_tracking_id");
            try (RelationalStore store = RelationalStore.open(settings, KEYS)) {
                assertThat(store.repository(JdbiTrackingIdRegistry::new)
                        .isRegistered(TrackingIdIssuer.hashOf(SECRET, ISSUED.getFirst()))).isTrue();
            }
        }

        @Test
        void aNewDatabaseNeedsNoSecret() throws SQLException {
            try (RelationalStore store = RelationalStore.open(settings)) {
                assertThat(store.answers()).isTrue();
            }
            assertThat(tables()).contains("issued_tracking_id").doesNotContain("tracking_id_registry");
        }

        @AfterEach
        void drop() {
            if (mariaDb != null) {
                mariaDb.drop();
            }
        }
    }
}
