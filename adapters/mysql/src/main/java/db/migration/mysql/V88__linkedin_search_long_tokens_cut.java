package db.migration.mysql;

import io.cockpit.adapters.mysql.linkedin.SearchColumn;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * MySQL/MariaDB only: tokens longer than InnoDB's innodb_ft_max_token_size (84) are cut to 84 characters, as
 * {@link SearchColumn#cutTokens} writes them now. InnoDB leaves a longer token out of its FULLTEXT index, so a search
 * for the start of a word of more than 68 letters (75 in a contact) found it in the newest rows but in no older one.
 * Only rows with such a token are rewritten (few). A Java migration because MySQL's and MariaDB's REGEXP_REPLACE
 * write a group's text differently ({@code $1} and {@code \1}); Flyway finds it in the MySQL location.
 */
public final class V88__linkedin_search_long_tokens_cut extends BaseJavaMigration {

    private static final List<String> TABLES = List.of("linkedin_contact", "linkedin_conversation",
            "linkedin_message");

    @Override
    public void migrate(Context context) throws SQLException {
        Connection connection = context.getConnection();
        for (String table : TABLES) {
            String id = table.substring("linkedin_".length()) + "_id";
            try (Statement read = connection.createStatement();
                 ResultSet rows = read.executeQuery("SELECT user_id, " + id + ", search_tokens FROM " + table
                         + " WHERE search_tokens REGEXP '[^ ]{85}'");
                 PreparedStatement update = connection.prepareStatement("UPDATE " + table
                         + " SET search_tokens = ? WHERE user_id = ? AND " + id + " = ?")) {
                while (rows.next()) {
                    update.setString(1, String.join(" ", SearchColumn.cutTokens(rows.getString(3))));
                    update.setString(2, rows.getString(1));
                    update.setString(3, rows.getString(2));
                    update.addBatch();
                }
                update.executeBatch();
            }
        }
    }
}
