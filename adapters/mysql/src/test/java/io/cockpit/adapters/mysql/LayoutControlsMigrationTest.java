package io.cockpit.adapters.mysql;

import io.cockpit.adapters.mysql.account.JdbiAccountRepository;
import io.cockpit.adapters.mysql.label.JdbiLabelRepository;
import io.cockpit.adapters.mysql.template.JdbiTemplateRepository;
import io.cockpit.adapters.mysql.website.JdbiContactRequestRepository;
import io.cockpit.application.paging.PageRequest;
import io.cockpit.application.testing.NeedsRealServers;
import io.cockpit.domain.account.UserId;
import io.cockpit.domain.label.LabelKind;
import io.cockpit.domain.shared.ItemId;
import io.cockpit.domain.website.ContactRequest;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * V97 on one-line texts an earlier version stored with layout controls (accepted before 4 December 2026): each reads
 * again through the stricter value objects, a space for each such character, a URL percent-encoded, a label that
 * then equals its neighbour numbered, one of layout controls only saying so.
 */
class LayoutControlsMigrationTest {

    private static final UserId USER = new UserId("01a235c1-b5a7-77c8-af88-339511c12b40");
    private static final String VIP = "01a235c1-b5a7-77c8-af88-339511c12b41";
    private static final String VIP_ISOLATED = "01a235c1-b5a7-77c8-af88-339511c12b42";
    private static final String TEMPLATE = "01a235c1-b5a7-77c8-af88-339511c12b43";
    private static final String REQUEST = "01a235c1-b5a7-77c8-af88-339511c12b44";

    @Test
    void onH2() throws SQLException {
        EarlierSchema.onH2(LayoutControlsMigrationTest::migrates);
    }

    @Test
    @NeedsRealServers
    void onMariaDb() throws SQLException {
        EarlierSchema.onMariaDb(LayoutControlsMigrationTest::migrates);
    }

    private static void migrates(DatabaseSettings settings) throws SQLException {
        EarlierSchema.migrateTo(settings, "96");
        try (Connection connection = DriverManager.getConnection(settings.jdbcUrl(), settings.user(),
                settings.password())) {
            insert(connection, "INSERT INTO account (user_id, partner_id, external_id, email, email_canonical, name, "
                            + "contract_status, tracking_id, statistics_id, created_at, updated_at, version) "
                            + "VALUES (?, 'p', 'e1', 'bob@example.com', 'bob@example.com', ?, 'active', "
                            + "'brave-otter', 'stat000000000000000001', CURRENT_TIMESTAMP, "
                            + "CURRENT_TIMESTAMP, 1)",
                    USER.value(), "Bob\u202eBauer");
            String label = "INSERT INTO label (label_id, user_id, kind, name, name_canonical, colour, version, "
                    + "created_at, updated_at) VALUES (?, ?, 'TAG', ?, ?, '#112233', 1, CURRENT_TIMESTAMP, "
                    + "CURRENT_TIMESTAMP)";
            insert(connection, label, VIP, USER.value(), "VIP", "vip");
            insert(connection, label, VIP_ISOLATED, USER.value(), "Vip\u2066", "vip\u2066");
            insert(connection, "INSERT INTO message_template (template_id, user_id, name, name_canonical, body, "
                            + "version, created_at, updated_at) VALUES (?, ?, ?, ?, 'Hallo', 1, CURRENT_TIMESTAMP, "
                            + "CURRENT_TIMESTAMP)",
                    TEMPLATE, USER.value(), "\ufeffIntro\u2028Zwei", "\ufeffintro\u2028zwei");
            insert(connection, "INSERT INTO contact_request (request_id, name, email, email_canonical, message, "
                            + "page_url, received_at, withdrawal_token_hash) VALUES (?, ?, 'a@example.com', "
                            + "'a@example.com', 'Zeile eins\u2028Zeile zwei', ?, CURRENT_TIMESTAMP, ?)",
                    REQUEST, "\u202e\u2069", "https://example.com/kontakt\u202ecod.exe", "f".repeat(64));
        }

        try (RelationalStore store = RelationalStore.open(settings)) {
            assertThat(new JdbiAccountRepository(store.transactions()).findById(USER))
                    .hasValueSatisfying(account -> assertThat(account.name().value()).isEqualTo("Bob Bauer"));
            assertThat(new JdbiLabelRepository(store.transactions()).list(USER, LabelKind.TAG,
                    new PageRequest(50, Optional.empty())).items()).extracting(l -> l.name().value())
                    .containsExactlyInAnyOrder("VIP", "Vip (2)");
            assertThat(canonicalNames(settings, "label")).as("the unique key compares these")
                    .containsExactlyInAnyOrder("vip", "vip (2)");
            assertThat(canonicalNames(settings, "message_template")).containsExactly("intro zwei");
            assertThat(new JdbiTemplateRepository(store.transactions()).find(USER, new ItemId(TEMPLATE)))
                    .hasValueSatisfying(template -> assertThat(template.name().value()).isEqualTo("Intro Zwei"));
            Optional<ContactRequest> request = new JdbiContactRequestRepository(store.transactions())
                    .find(new ItemId(REQUEST));
            assertThat(request).hasValueSatisfying(r -> {
                assertThat(r.name().value()).isEqualTo(LayoutControlsMigration.NOT_READABLE);
                assertThat(r.pageUrl().value()).isEqualTo("https://example.com/kontakt%E2%80%AEcod.exe");
                assertThat(r.message().value()).as("several lines are kept as written").contains("\u2028");
            });
        }
    }

    private static List<String> canonicalNames(DatabaseSettings settings, String table) throws SQLException {
        List<String> names = new ArrayList<>();
        try (Connection connection = DriverManager.getConnection(settings.jdbcUrl(), settings.user(),
                settings.password());
             ResultSet rows = connection.createStatement().executeQuery("SELECT name_canonical FROM " + table)) {
            while (rows.next()) {
                names.add(rows.getString(1));
            }
        }
        return names;
    }

    private static void insert(Connection connection, String sql, String... values) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(sql)) {
            for (int i = 0; i < values.length; i++) {
                insert.setString(i + 1, values[i]);
            }
            insert.executeUpdate();
        }
    }
}
