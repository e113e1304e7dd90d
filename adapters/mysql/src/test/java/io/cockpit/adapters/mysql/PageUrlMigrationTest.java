package io.cockpit.adapters.mysql;

import io.cockpit.adapters.mysql.website.JdbiContactRequestRepository;
import io.cockpit.application.testing.NeedsRealServers;
import io.cockpit.domain.shared.ItemId;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** V98 on page URLs an earlier version stored whole: the query and the fragment go, the page stays. */
class PageUrlMigrationTest {

    private static final Map<String, String[]> SENT_AND_KEPT = new LinkedHashMap<>();

    static {
        SENT_AND_KEPT.put("01a235c1-b5a7-77c8-af88-339511c12b50", new String[] {
                "https://www.example.com/kontakt?utm_source=mail&email=jana%40example.com#top",
                "https://www.example.com/kontakt"});
        SENT_AND_KEPT.put("01a235c1-b5a7-77c8-af88-339511c12b51", new String[] {
                "https://www.example.com/jobs#apply?ref=jana@example.com", "https://www.example.com/jobs"});
        SENT_AND_KEPT.put("01a235c1-b5a7-77c8-af88-339511c12b52", new String[] {
                "https://example.com?x=1", "https://example.com"});
        SENT_AND_KEPT.put("01a235c1-b5a7-77c8-af88-339511c12b53", new String[] {
                "https://example.com/plain/page", "https://example.com/plain/page"});
    }

    @Test
    void onH2() throws SQLException {
        EarlierSchema.onH2(PageUrlMigrationTest::migrates);
    }

    @Test
    @NeedsRealServers
    void onMariaDb() throws SQLException {
        EarlierSchema.onMariaDb(PageUrlMigrationTest::migrates);
    }

    private static void migrates(DatabaseSettings settings) throws SQLException {
        EarlierSchema.migrateTo(settings, "97");
        try (Connection connection = connect(settings);
             PreparedStatement insert = connection.prepareStatement("INSERT INTO contact_request (request_id, name, "
                     + "email, email_canonical, message, page_url, received_at, withdrawal_token_hash) VALUES (?, "
                     + "'Jana', 'a@example.com', 'a@example.com', 'Hallo', ?, CURRENT_TIMESTAMP, ?)")) {
            int n = 0;
            for (Map.Entry<String, String[]> row : SENT_AND_KEPT.entrySet()) {
                insert.setString(1, row.getKey());
                insert.setString(2, row.getValue()[0]);
                insert.setString(3, Integer.toHexString(++n).repeat(64));
                insert.executeUpdate();
            }
        }

        try (RelationalStore store = RelationalStore.open(settings)) {
            var requests = new JdbiContactRequestRepository(store.transactions());
            for (Map.Entry<String, String[]> row : SENT_AND_KEPT.entrySet()) {
                assertThat(requests.find(new ItemId(row.getKey())))
                        .hasValueSatisfying(r -> assertThat(r.pageUrl().value()).isEqualTo(row.getValue()[1]));
            }
        }
        try (Connection connection = connect(settings);
             ResultSet rows = connection.createStatement().executeQuery("SELECT page_url FROM contact_request")) {
            while (rows.next()) {
                assertThat(rows.getString(1)).as("as stored, not only as read").doesNotContain("?", "#");
            }
        }
    }

    private static Connection connect(DatabaseSettings settings) throws SQLException {
        return DriverManager.getConnection(settings.jdbcUrl(), settings.user(), settings.password());
    }
}
