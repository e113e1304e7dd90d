package io.cockpit.adapters.mysql;

import io.cockpit.adapters.mysql.website.JdbiApplicationRepository;
import io.cockpit.application.testing.NeedsRealServers;
import io.cockpit.domain.shared.ItemId;
import io.cockpit.domain.website.Application;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * V99 on applications an earlier version stored with no retention date while their process ran: each gets its last
 * status change and the date the domain computes (18 months later, counted 12 then 6), later for a talent-pool
 * consent; an ended one keeps its date; and the retention query finds an abandoned one.
 */
class ApplicationAbandonmentMigrationTest {

    private static final String RECEIVED = "01a235c1-b5a7-77c8-af88-339511c12b60";
    private static final String INTERVIEWING = "01a235c1-b5a7-77c8-af88-339511c12b61";
    private static final String IN_POOL = "01a235c1-b5a7-77c8-af88-339511c12b62";
    private static final String REJECTED = "01a235c1-b5a7-77c8-af88-339511c12b63";

    @Test
    void onH2() throws SQLException {
        EarlierSchema.onH2(ApplicationAbandonmentMigrationTest::migrates);
    }

    @Test
    @NeedsRealServers
    void onMariaDb() throws SQLException {
        EarlierSchema.onMariaDb(ApplicationAbandonmentMigrationTest::migrates);
    }

    private static void migrates(DatabaseSettings settings) throws SQLException {
        EarlierSchema.migrateTo(settings, "98");
        try (Connection connection = DriverManager.getConnection(settings.jdbcUrl(), settings.user(),
                settings.password())) {
            insert(connection, RECEIVED, "received", "2024-02-29 10:00:00", null, null, "2024-02-29 10:00:00", 1);
            insert(connection, INTERVIEWING, "interviewing", "2025-01-10 08:00:00", null, null,
                    "2025-03-05 09:30:00.250", 2);
            insert(connection, IN_POOL, "received", "2025-06-01 12:00:00", null, null, "2025-06-01 12:00:00", 3);
            insert(connection, REJECTED, "rejected", "2025-01-10 08:00:00", "2025-02-01 08:00:00",
                    "2025-08-01 08:00:00", "2025-02-01 08:00:00", 4);
            try (PreparedStatement pool = connection.prepareStatement("INSERT INTO talent_pool_entry (application_id, "
                    + "consent_text_version, consented_at, ends_at, withdrawal_token_hash) VALUES (?, 'v1', "
                    + "'2025-06-01 12:00:00', '2027-06-01 12:00:00', ?)")) {
                pool.setString(1, IN_POOL);
                pool.setString(2, "e".repeat(64));
                pool.executeUpdate();
            }
        }

        try (RelationalStore store = RelationalStore.open(settings)) {
            JdbiApplicationRepository applications = new JdbiApplicationRepository(store.transactions());
            Application received = applications.find(new ItemId(RECEIVED)).orElseThrow();
            Application interviewing = applications.find(new ItemId(INTERVIEWING)).orElseThrow();
            Application inPool = applications.find(new ItemId(IN_POOL)).orElseThrow();
            Application rejected = applications.find(new ItemId(REJECTED)).orElseThrow();

            assertThat(received.statusChangedAt()).isEqualTo(received.receivedAt());
            assertThat(interviewing.statusChangedAt()).as("its last change stands in for the move")
                    .isEqualTo(Instant.parse("2025-03-05T09:30:00.250Z"));
            assertThat(rejected.statusChangedAt()).isEqualTo(rejected.endedAt().orElseThrow());
            assertThat(storedEraseAfter(settings, RECEIVED)).as("as the domain counts it")
                    .isEqualTo(received.eraseAfter()).isEqualTo(Instant.parse("2025-08-28T10:00:00Z"));
            assertThat(storedEraseAfter(settings, INTERVIEWING)).isEqualTo(interviewing.eraseAfter())
                    .isEqualTo(Instant.parse("2026-09-05T09:30:00.250Z"));
            assertThat(storedEraseAfter(settings, IN_POOL)).as("the consent's end is later")
                    .isEqualTo(inPool.eraseAfter()).isEqualTo(Instant.parse("2027-06-01T12:00:00Z"));
            assertThat(storedEraseAfter(settings, REJECTED)).as("an ended process keeps its date")
                    .isEqualTo(Instant.parse("2025-08-01T08:00:00Z"));
            assertThat(applications.dueForErasure(Instant.parse("2026-09-05T09:30:00.250Z"), 10))
                    .containsExactly(new ItemId(REJECTED), new ItemId(RECEIVED), new ItemId(INTERVIEWING));
        }
    }

    private static Instant storedEraseAfter(DatabaseSettings settings, String id) throws SQLException {
        try (Connection connection = DriverManager.getConnection(settings.jdbcUrl(), settings.user(),
                settings.password());
             PreparedStatement select = connection.prepareStatement(
                     "SELECT erase_after FROM application WHERE application_id = ?")) {
            select.setString(1, id);
            try (var result = select.executeQuery()) {
                result.next();
                return InstantColumns.read(result, "erase_after");
            }
        }
    }

    private static void insert(Connection connection, String id, String status, String receivedAt, String endedAt,
                               String eraseAfter, String updatedAt, int n) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO application (application_id, "
                + "job_reference, first_name, last_name, email, email_canonical, status, received_at, ended_at, "
                + "erase_after, withdrawal_token_hash, upload_token_hash, upload_until, updated_at, version) VALUES "
                + "(?, 'sales', 'Jana', 'Schmidt', 'jana@example.com', 'jana@example.com', ?, ?, ?, ?, ?, ?, ?, ?, 0)")) {
            insert.setString(1, id);
            insert.setString(2, status);
            insert.setString(3, receivedAt);
            insert.setString(4, endedAt);
            insert.setString(5, eraseAfter);
            insert.setString(6, Integer.toString(n).repeat(64));
            insert.setString(7, Integer.toString(n + 5).repeat(64));
            insert.setString(8, receivedAt);
            insert.setString(9, updatedAt);
            insert.executeUpdate();
        }
    }
}
