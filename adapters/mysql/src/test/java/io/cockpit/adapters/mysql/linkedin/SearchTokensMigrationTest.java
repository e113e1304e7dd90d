package io.cockpit.adapters.mysql.linkedin;

import io.cockpit.adapters.mysql.DatabaseSettings;
import io.cockpit.adapters.mysql.MigrationKeys;
import io.cockpit.adapters.mysql.TrackingIdHashMigration;
import io.cockpit.adapters.mysql.RelationalStore;
import io.cockpit.application.testing.NeedsRealServers;
import io.cockpit.application.testing.RealServices;
import io.cockpit.domain.account.UserId;
import io.cockpit.domain.linkedin.search.SearchText;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * mysql/V86 on rows an earlier version wrote: a message's tokens gain its month, a contact's the words of its name,
 * exactly as {@link SearchColumn} writes them now; rows without tokens stay as they are.
 */
@NeedsRealServers
class SearchTokensMigrationTest {

    private final RealServices.TestDatabase database = RealServices.newMysqlDatabase();
    private final DatabaseSettings settings = new DatabaseSettings(database.jdbcUrl(), database.user(),
            database.password(), 2);
    private final UserId owner = new UserId("01a235c1-b5a7-77c8-af88-339511c12b38");

    @AfterEach
    void drop() {
        database.drop();
    }

    private Connection connect() throws SQLException {
        return DriverManager.getConnection(settings.jdbcUrl(), settings.user(), settings.password());
    }

    private String tokensOf(String table, String idColumn, String id) throws SQLException {
        try (Connection connection = connect(); Statement statement = connection.createStatement();
             ResultSet row = statement.executeQuery("SELECT search_tokens FROM " + table + " WHERE " + idColumn
                     + " = '" + id + "'")) {
            row.next();
            return row.getString(1);
        }
    }

    @Test
    void givesOldTokensTheirMonthAndTheContactsNameWords() throws SQLException {
        Flyway.configure().dataSource(settings.jdbcUrl(), settings.user(), settings.password())
                .locations("classpath:db/migration/common", "classpath:db/migration/mysql")
                .javaMigrations(new TrackingIdHashMigration(MigrationKeys.NONE)).target("85").load()
                .migrate();
        String text = SearchText.of("Das Angebot für nächste Woche");
        String name = SearchText.of("Jana Müller");
        String contactText = SearchText.of("Jana Müller", "Head of Sales");
        try (Connection connection = connect(); Statement statement = connection.createStatement()) {
            statement.executeUpdate("INSERT INTO linkedin_message (user_id, message_id, conversation_id, message_urn,"
                    + " sender_urn, outbound, sent_at, version, body, has_attachments, created_at, updated_at,"
                    + " search_text, search_tokens) VALUES ('" + owner.value() + "', 'm1', 'c1', 'urn:m1', 'urn:p1',"
                    + " FALSE, '2025-11-30 23:59:59.999', '2025-11-30 23:59:59.999', 'x', FALSE,"
                    + " '2025-12-01 00:00:00', '2025-12-01 00:00:00', '" + text + "', '"
                    + SearchColumn.tokens(owner, text) + "'),"
                    + " ('" + owner.value() + "', 'm2', 'c1', 'urn:m2', 'urn:p1', FALSE, '2025-12-01 00:00:00',"
                    + " '2025-12-01 00:00:00', '', FALSE, '2025-12-01 00:00:00', '2025-12-01 00:00:00', ' ', '')");
            statement.executeUpdate("INSERT INTO linkedin_contact (user_id, contact_id, profile_urn, first_name,"
                    + " last_name, name_sort, connected_at, modified_at, last_contact_at, written_to, replied,"
                    + " do_not_contact, user_version, created_at, updated_at, search_text, search_tokens, search_name)"
                    + " VALUES ('" + owner.value() + "', 'k1', 'urn:p1', 'Jana', 'Müller', 'jana muller',"
                    + " '2025-01-01 00:00:00', '2025-01-01 00:00:00', '1970-01-01 00:00:00', FALSE, FALSE, FALSE, 1,"
                    + " '2025-01-01 00:00:00', '2025-01-01 00:00:00', '" + contactText + "', '"
                    + SearchColumn.tokens(owner, contactText) + "', '" + name + "')");
        }

        RelationalStore.open(settings).close();

        assertThat(tokensOf("linkedin_message", "message_id", "m1")).isEqualTo(
                SearchColumn.messageTokens(owner, Instant.parse("2025-11-30T23:59:59.999Z"), text));
        assertThat(tokensOf("linkedin_message", "message_id", "m2")).isEmpty();
        assertThat(tokensOf("linkedin_contact", "contact_id", "k1")).isEqualTo(
                SearchColumn.contactTokens(owner, contactText, name));
    }

    @Test
    void cutsTokensLongerThanInnoDbIndexes() throws SQLException {
        Flyway.configure().dataSource(settings.jdbcUrl(), settings.user(), settings.password())
                .locations("classpath:db/migration/common", "classpath:db/migration/mysql")
                .javaMigrations(new TrackingIdHashMigration(MigrationKeys.NONE)).target("87").load()
                .migrate();
        Instant sent = Instant.parse("2025-11-30T12:00:00Z");
        String text = SearchText.of("Ticket " + "abcdefghij".repeat(9) + " done");
        String month = SearchColumn.month(owner, java.time.YearMonth.of(2025, 11));
        String uncut = month + "ticket " + month + "abcdefghij".repeat(9) + " " + month + "done";
        try (Connection connection = connect(); Statement statement = connection.createStatement()) {
            statement.executeUpdate("INSERT INTO linkedin_message (user_id, message_id, conversation_id, message_urn,"
                    + " sender_urn, outbound, sent_at, version, body, has_attachments, created_at, updated_at,"
                    + " search_text, search_tokens) VALUES ('" + owner.value() + "', 'm1', 'c1', 'urn:m1', 'urn:p1',"
                    + " FALSE, '2025-11-30 12:00:00', '2025-11-30 12:00:00', 'x', FALSE, '2025-12-01 00:00:00',"
                    + " '2025-12-01 00:00:00', '" + text + "', '" + uncut + "')");
        }

        RelationalStore.open(settings).close();

        assertThat(tokensOf("linkedin_message", "message_id", "m1"))
                .isEqualTo(SearchColumn.messageTokens(owner, sent, text))
                .isEqualTo(month + "ticket " + (month + "abcdefghij".repeat(9)).substring(0, SearchColumn.MAX_TOKEN)
                        + " " + month + "done");
    }
}
