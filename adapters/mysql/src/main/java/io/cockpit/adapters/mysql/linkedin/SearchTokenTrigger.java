package io.cockpit.adapters.mysql.linkedin;

import io.cockpit.domain.linkedin.search.SearchType;
import org.h2.api.Trigger;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * H2 only (h2/V87.1): keeps {@code <table>_token} (V87), one row per token of a row's {@code search_tokens}, in step
 * with the row, in the same transaction: what InnoDB's FULLTEXT index is on MySQL. Runs after every insert, update and
 * delete of {@code linkedin_contact}, {@code linkedin_conversation} and {@code linkedin_message}; an update that
 * leaves the tokens as they were writes nothing. A token longer than {@link SearchColumn#MAX_TOKEN} (written before
 * tokens were cut, mysql/V88) is cut here as {@link SearchColumn} cuts it, so both stores find the same rows.
 */
public final class SearchTokenTrigger implements Trigger {

    private String insert;
    private String delete;
    private int userColumn;
    private int idColumn;
    private int tokensColumn;

    @Override
    public void init(Connection connection, String schema, String trigger, String table, boolean before, int type)
            throws SQLException {
        String name = table.toLowerCase(Locale.ROOT);
        SearchSource searched = Arrays.stream(SearchType.values()).map(SearchSource::of)
                .filter(source -> source.table().equals(name)).findFirst()
                .orElseThrow(() -> new SQLException("table " + table + " is not searched"));
        userColumn = column(connection, schema, table, "user_id");
        idColumn = column(connection, schema, table, searched.id());
        tokensColumn = column(connection, schema, table, "search_tokens");
        insert = "INSERT INTO " + name + "_token (user_id, token, item_id) VALUES (?, ?, ?)";
        delete = "DELETE FROM " + name + "_token WHERE user_id = ? AND token = ? AND item_id = ?";
    }

    /** The 0-based place of {@code column} in the rows H2 hands to {@link #fire}. */
    private static int column(Connection connection, String schema, String table, String column)
            throws SQLException {
        try (ResultSet columns = connection.getMetaData().getColumns(null, schema, table, null)) {
            while (columns.next()) {
                if (columns.getString("COLUMN_NAME").equalsIgnoreCase(column)) {
                    return columns.getInt("ORDINAL_POSITION") - 1;
                }
            }
        }
        throw new SQLException("table " + table + " has no column " + column);
    }

    @Override
    public void fire(Connection connection, Object[] oldRow, Object[] newRow) throws SQLException {
        boolean sameRow = oldRow != null && newRow != null && oldRow[userColumn].equals(newRow[userColumn])
                && oldRow[idColumn].equals(newRow[idColumn]);
        if (sameRow && Objects.equals(oldRow[tokensColumn], newRow[tokensColumn])) {
            return; // most updates: a conversation's or contact's last message time, a label count
        }
        Set<String> old = tokens(oldRow);
        Set<String> now = tokens(newRow);
        if (sameRow) {
            Set<String> kept = new LinkedHashSet<>(old);
            kept.retainAll(now);
            old.removeAll(kept);
            now.removeAll(kept);
        }
        write(connection, delete, oldRow, old);
        write(connection, insert, newRow, now);
    }

    private void write(Connection connection, String sql, Object[] row, Set<String> tokens) throws SQLException {
        if (tokens.isEmpty()) {
            return;
        }
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            for (String token : tokens) {
                statement.setObject(1, row[userColumn]);
                statement.setString(2, token);
                statement.setObject(3, row[idColumn]);
                statement.addBatch();
            }
            statement.executeBatch();
        }
    }

    private Set<String> tokens(Object[] row) {
        return SearchColumn.cutTokens(row == null || row[tokensColumn] == null ? null : row[tokensColumn].toString());
    }
}
