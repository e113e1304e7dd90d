package io.cockpit.adapters.mysql.linkedin;

import io.cockpit.adapters.mysql.DatabaseSettings;
import io.cockpit.adapters.mysql.MigrationKeys;
import io.cockpit.adapters.mysql.RelationalStore;
import io.cockpit.adapters.mysql.TrackingIdHashMigration;
import io.cockpit.domain.account.UserId;
import io.cockpit.domain.linkedin.search.SearchText;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * H2's stand-in for the FULLTEXT index: h2/V87.1 and V87.2 bring an embedded database of before to today's tokens
 * and fill the token tables; from then on the trigger keeps each row's tokens there through inserts, updates and
 * deletes.
 */
class SearchTokenTablesTest {

    @TempDir
    Path dataDir;

    private final UserId owner = new UserId("01a235c1-b5a7-77c8-af88-339511c12b38");
    private final String text = SearchText.of("Das Angebot für nächste Woche");
    private final String name = SearchText.of("Jana Müller");
    private final String contactText = SearchText.of("Jana Müller", "Head of Sales");
    private final Instant sentAt = Instant.parse("2025-11-30T23:59:59.999Z");

    private DatabaseSettings settings() {
        return DatabaseSettings.embedded(dataDir, 2);
    }

    private Connection connect() throws SQLException {
        return DriverManager.getConnection(settings().jdbcUrl(), settings().user(), settings().password());
    }

    private void update(String sql) throws SQLException {
        try (Connection connection = connect(); Statement statement = connection.createStatement()) {
            statement.executeUpdate(sql);
        }
    }

    private List<String> column(String sql) throws SQLException {
        List<String> values = new ArrayList<>();
        try (Connection connection = connect(); Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery(sql)) {
            while (rows.next()) {
                values.add(rows.getString(1));
            }
        }
        return values;
    }

    private String tokensOf(String table, String idColumn, String id) throws SQLException {
        return column("SELECT search_tokens FROM " + table + " WHERE " + idColumn + " = '" + id + "'").getFirst();
    }

    /** The token table's rows of one item (a list: the key is not unique on H2, h2/V89.1, so a row twice shows). */
    private List<String> filed(String table, String id) throws SQLException {
        return column("SELECT token FROM " + table + "_token WHERE user_id = '" + owner.value()
                + "' AND item_id = '" + id + "'");
    }

    private void insertMessage(String id, Instant at, String searchText, String tokens) throws SQLException {
        update("INSERT INTO linkedin_message (user_id, message_id, conversation_id, message_urn, sender_urn, outbound,"
                + " sent_at, version, body, has_attachments, created_at, updated_at, search_text, search_tokens)"
                + " VALUES ('" + owner.value() + "', '" + id + "', 'c1', 'urn:" + id + "', 'urn:p1', FALSE, '"
                + at.toString().replace('T', ' ').replace("Z", "") + "', '2025-12-01 00:00:00', 'x', FALSE,"
                + " '2025-12-01 00:00:00', '2025-12-01 00:00:00', '" + searchText + "', '" + tokens + "')");
    }

    private void insertContact(String id, String tokens) throws SQLException {
        update("INSERT INTO linkedin_contact (user_id, contact_id, profile_urn, first_name, last_name, name_sort,"
                + " connected_at, modified_at, last_contact_at, written_to, replied, do_not_contact, user_version,"
                + " created_at, updated_at, search_text, search_tokens, search_name) VALUES ('" + owner.value()
                + "', '" + id + "', 'urn:" + id + "', 'Jana', 'Müller', 'jana muller', '2025-01-01 00:00:00',"
                + " '2025-01-01 00:00:00', '1970-01-01 00:00:00', FALSE, FALSE, FALSE, 1, '2025-01-01 00:00:00',"
                + " '2025-01-01 00:00:00', '" + contactText + "', '" + tokens + "', '" + name + "')");
    }

    private void insertConversation(String id, String tokens) throws SQLException {
        update("INSERT INTO linkedin_conversation (user_id, conversation_id, conversation_urn, title, unread,"
                + " modified_at, message_count, attachment_count, last_message_at, last_message_inbound, created_at,"
                + " updated_at, search_text, search_tokens) VALUES ('" + owner.value() + "', '" + id + "', 'urn:"
                + id + "', 'Q4', FALSE, '2025-01-01 00:00:00', 0, 0, '2025-01-01 00:00:00', FALSE,"
                + " '2025-01-01 00:00:00', '2025-01-01 00:00:00', ' q4 ', '" + tokens + "')");
    }

    @Test
    void bringsOldTokensUpToDateAndFilesEveryRowsTokens() throws SQLException {
        Flyway.configure().dataSource(settings().jdbcUrl(), settings().user(), settings().password())
                .locations("classpath:db/migration/common", "classpath:db/migration/h2")
                .javaMigrations(new TrackingIdHashMigration(MigrationKeys.NONE)).target("85").load().migrate();
        String today = SearchColumn.messageTokens(owner, sentAt, text);
        insertMessage("m1", sentAt, text, SearchColumn.tokens(owner, text));
        insertMessage("m2", sentAt, text, today);
        insertMessage("m3", sentAt, " ", "");
        insertContact("k1", SearchColumn.tokens(owner, contactText));
        insertContact("k2", SearchColumn.contactTokens(owner, contactText, name));
        insertConversation("c1", SearchColumn.tokens(owner, " q4 "));

        RelationalStore.open(settings()).close();

        assertThat(tokensOf("linkedin_message", "message_id", "m1")).as("old tokens gain the month").isEqualTo(today);
        assertThat(tokensOf("linkedin_message", "message_id", "m2")).as("today's tokens stay").isEqualTo(today);
        assertThat(tokensOf("linkedin_message", "message_id", "m3")).isEmpty();
        String contactToday = SearchColumn.contactTokens(owner, contactText, name);
        assertThat(tokensOf("linkedin_contact", "contact_id", "k1")).isEqualTo(contactToday);
        assertThat(tokensOf("linkedin_contact", "contact_id", "k2")).isEqualTo(contactToday);
        assertThat(filed("linkedin_message", "m1")).containsExactlyInAnyOrder(today.split(" "))
                .contains(SearchColumn.month(owner, java.time.YearMonth.of(2025, 11)) + "angebot");
        assertThat(filed("linkedin_message", "m2")).containsExactlyInAnyOrder(today.split(" "));
        assertThat(filed("linkedin_message", "m3")).isEmpty();
        assertThat(filed("linkedin_contact", "k1")).containsExactlyInAnyOrder(contactToday.split(" "))
                .contains(SearchColumn.name(owner) + "jana");
        assertThat(filed("linkedin_conversation", "c1")).containsExactly(SearchColumn.prefix(owner) + "q4");
    }

    @Test
    void theTriggerKeepsTheTokensOfEveryInsertUpdateAndDelete() throws SQLException {
        RelationalStore.open(settings()).close();
        String first = SearchColumn.messageTokens(owner, sentAt, text);
        insertMessage("m1", sentAt, text, first);
        insertMessage("m2", sentAt, text, first);
        assertThat(filed("linkedin_message", "m1")).containsExactlyInAnyOrder(first.split(" "));

        String edited = SearchText.of("Das Angebot für übernächste Woche");
        String second = SearchColumn.messageTokens(owner, sentAt, edited);
        update("UPDATE linkedin_message SET search_text = '" + edited + "', search_tokens = '" + second
                + "' WHERE message_id = 'm1'");
        assertThat(filed("linkedin_message", "m1")).containsExactlyInAnyOrder(second.split(" "))
                .doesNotContain(SearchColumn.month(owner, java.time.YearMonth.of(2025, 11)) + "nachste");
        update("UPDATE linkedin_message SET body = 'y' WHERE message_id = 'm1'");
        assertThat(filed("linkedin_message", "m1")).as("an update of other columns").containsExactlyInAnyOrder(
                second.split(" "));

        String tooLong = SearchColumn.month(owner, java.time.YearMonth.of(2025, 11)) + "x".repeat(80);
        update("UPDATE linkedin_message SET search_tokens = '" + second + " " + tooLong + "' WHERE message_id = 'm1'");
        assertThat(filed("linkedin_message", "m1")).as("cut to what InnoDB indexes").doesNotContain(tooLong)
                .contains(tooLong.substring(0, SearchColumn.MAX_TOKEN)).hasSize(second.split(" ").length + 1);

        update("UPDATE linkedin_message SET search_tokens = '" + second + " " + second + "' WHERE message_id = 'm1'");
        assertThat(filed("linkedin_message", "m1")).as("a token twice in a row is filed once")
                .containsExactlyInAnyOrder(second.split(" "));

        update("DELETE FROM linkedin_message WHERE message_id = 'm1'");
        assertThat(filed("linkedin_message", "m1")).isEmpty();
        assertThat(filed("linkedin_message", "m2")).as("another row's tokens stay")
                .containsExactlyInAnyOrder(first.split(" "));

        insertContact("k1", SearchColumn.contactTokens(owner, contactText, name));
        insertConversation("c1", SearchColumn.tokens(owner, " q4 "));
        update("DELETE FROM linkedin_contact WHERE user_id = '" + owner.value() + "'");
        update("DELETE FROM linkedin_conversation WHERE user_id = '" + owner.value() + "'");
        assertThat(column("SELECT COUNT(*) FROM linkedin_contact_token")).containsExactly("0");
        assertThat(column("SELECT COUNT(*) FROM linkedin_conversation_token")).containsExactly("0");
    }
}
