package io.cockpit.adapters.mysql.account;

import io.cockpit.adapters.mysql.DatabaseSettings;
import io.cockpit.adapters.mysql.EarlierSchema;
import io.cockpit.adapters.mysql.RelationalStore;
import io.cockpit.application.testing.NeedsRealServers;
import io.cockpit.adapters.mysql.protection.JdbiBlockedAddressRepository;
import io.cockpit.domain.account.LegalHold;
import io.cockpit.domain.account.UserId;
import io.cockpit.domain.protection.BlockedAddress;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * V93 on legal holds and blocked addresses an earlier version stored: a reason with control characters (accepted
 * before reasons became one line) reads again, each such character a space; one of control characters only says so.
 */
class OneLineReasonsMigrationTest {

    private static final UserId MIXED = new UserId("01a235c1-b5a7-77c8-af88-339511c12b38");
    private static final UserId ONLY = new UserId("01a235c1-b5a7-77c8-af88-339511c12b39");
    private static final UserId CLEAN = new UserId("01a235c1-b5a7-77c8-af88-339511c12b3a");

    @Test
    void onH2() throws SQLException {
        EarlierSchema.onH2(OneLineReasonsMigrationTest::migrates);
    }

    @Test
    @NeedsRealServers
    void onMariaDb() throws SQLException {
        EarlierSchema.onMariaDb(OneLineReasonsMigrationTest::migrates);
    }

    private static void migrates(DatabaseSettings settings) throws SQLException {
        EarlierSchema.migrateTo(settings, "92");
        try (Connection connection = DriverManager.getConnection(settings.jdbcUrl(), settings.user(),
                settings.password());
             PreparedStatement insert = connection.prepareStatement(
                     "INSERT INTO legal_hold (user_id, hold_reason, since) VALUES (?, ?, ?)")) {
            for (Object[] row : new Object[][]{{MIXED, "claim\u0000\u0007 of\nMay\u0085"}, {ONLY, "\u0007\t"},
                    {CLEAN, "Klage Müller ./. Cockpit"}}) {
                insert.setString(1, ((UserId) row[0]).value());
                insert.setString(2, (String) row[1]);
                insert.setTimestamp(3, Timestamp.from(Instant.parse("2026-11-01T10:00:00Z")));
                insert.executeUpdate();
            }
            connection.createStatement().executeUpdate("INSERT INTO blocked_address (id, address, reason, blocked_by, "
                    + "blocked_at) VALUES ('b1', '198.51.100.7/32', 'scan\u0000ner', 'olivia', CURRENT_TIMESTAMP)");
        }

        try (RelationalStore store = RelationalStore.open(settings)) {
            JdbiLegalHolds holds = new JdbiLegalHolds(store.transactions());

            assertThat(holds.find(MIXED)).map(LegalHold::reason).hasValueSatisfying(reason -> assertThat(reason)
                    .startsWith("claim").contains("of").endsWith("May").doesNotContain("\u0000", "\u0007", "\n"));
            assertThat(holds.find(ONLY)).map(LegalHold::reason)
                    .hasValue("reason not readable (control characters only)");
            assertThat(holds.find(CLEAN)).map(LegalHold::reason).hasValue("Klage Müller ./. Cockpit");
            assertThat(new JdbiBlockedAddressRepository(store.transactions()).all()).singleElement()
                    .extracting(BlockedAddress::reason).isEqualTo("scan ner");
        }
    }
}
