package db.migration.h2;

import io.cockpit.adapters.mysql.linkedin.SearchColumn;
import io.cockpit.adapters.mysql.linkedin.SearchTokenTrigger;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * H2 only, V87.2: files the tokens of the rows that were there before h2/V87.1 created the triggers (from then on
 * {@link SearchTokenTrigger} keeps them). A Java migration because H2's SQL cannot split a column into rows; found
 * by Flyway in the H2 location (its package), so that the store's code does not name it.
 */
public final class V87_2__linkedin_h2_search_token_backfill extends BaseJavaMigration {

    private static final int BATCH = 5_000;
    private static final List<String> TABLES = List.of("linkedin_contact", "linkedin_conversation",
            "linkedin_message");

    @Override
    public void migrate(Context context) throws SQLException {
        Connection connection = context.getConnection();
        for (String table : TABLES) {
            String id = table.substring("linkedin_".length()) + "_id";
            try (Statement read = connection.createStatement();
                 ResultSet rows = read.executeQuery("SELECT user_id, " + id + ", search_tokens FROM " + table);
                 PreparedStatement insert = connection.prepareStatement(
                         "INSERT INTO " + table + "_token (user_id, token, item_id) VALUES (?, ?, ?)")) {
                int pending = 0;
                while (rows.next()) {
                    String user = rows.getString(1);
                    String item = rows.getString(2);
                    for (String token : SearchColumn.cutTokens(rows.getString(3))) {
                        insert.setString(1, user);
                        insert.setString(2, token);
                        insert.setString(3, item);
                        insert.addBatch();
                        if (++pending == BATCH) {
                            insert.executeBatch();
                            pending = 0;
                        }
                    }
                }
                insert.executeBatch();
            }
        }
    }
}
