package io.cockpit.adapters.mysql;

import io.cockpit.domain.shared.Text;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.migration.JavaMigration;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

/**
 * V97: since 4 December 2026 one-line texts refuse the invisible layout controls ({@link Text#isLayoutControl}: the
 * separators, U+FEFF, the bidirectional overrides and isolates), and stored values are read back through the same
 * rules. Each such character in a stored one-line text becomes a space (percent-encoded in a page URL); a text left
 * empty says so; a name that then equals another in its unique scope gets " (2)", " (3)", ... (before a file name's
 * extension). A Java migration because the columns are found by the characters (LIKE with parameters, the same on
 * MariaDB and H2) and a unique name needs a look at its neighbours.
 */
public final class LayoutControlsMigration implements JavaMigration {

    static final String NOT_READABLE = "(not readable)";

    private static final List<OneLineColumn> COLUMNS = List.of(
            OneLineColumn.plain("account", "user_id", "name", 200),
            OneLineColumn.uniqueName("label", "label_id", "name", 50, List.of("user_id", "kind")),
            OneLineColumn.uniqueName("message_template", "template_id", "name", 100, List.of("user_id")),
            OneLineColumn.plain("legal_hold", "user_id", "hold_reason", 500),
            OneLineColumn.plain("blocked_address", "id", "reason", 500),
            OneLineColumn.plain("contact_request", "request_id", "name", 200),
            OneLineColumn.plain("contact_request", "request_id", "company", 200),
            OneLineColumn.url("contact_request", "request_id", "page_url", 2000),
            OneLineColumn.plain("application", "application_id", "first_name", 200),
            OneLineColumn.plain("application", "application_id", "last_name", 200),
            OneLineColumn.plain("application", "application_id", "hold_reason", 500),
            OneLineColumn.uniqueFileName("application_document", "document_id", "file_name", 200,
                    List.of("application_id")));

    private static final int[] LAYOUT_CONTROLS = IntStream.rangeClosed(0x2000, 0xFFFF)
            .filter(Text::isLayoutControl).toArray();

    @Override
    public MigrationVersion getVersion() {
        return MigrationVersion.fromVersion("97");
    }

    @Override
    public String getDescription() {
        return "one line texts without layout controls";
    }

    @Override
    public Integer getChecksum() {
        return 97;
    }

    @Override
    public boolean canExecuteInTransaction() {
        return true;
    }

    @Override
    public void migrate(Context context) throws SQLException {
        Connection connection = context.getConnection();
        for (OneLineColumn column : COLUMNS) {
            for (Map.Entry<String, String> row : holdingLayoutControls(connection, column)) {
                String cleaned = column.cleaned(row.getValue());
                if (column.unique()) {
                    cleaned = freeName(connection, column, row.getKey(), cleaned);
                }
                update(connection, column, row.getKey(), cleaned);
            }
        }
    }

    /** The rows (key, value) whose column holds a layout control; LIKE may over-match, the code point check not. */
    private static List<Map.Entry<String, String>> holdingLayoutControls(Connection connection, OneLineColumn column)
            throws SQLException {
        String anyOf = String.join(" OR ", Collections.nCopies(LAYOUT_CONTROLS.length,
                column.column() + " LIKE ?"));
        List<Map.Entry<String, String>> rows = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement("SELECT " + column.key() + ", " + column.column()
                + " FROM " + column.table() + " WHERE " + anyOf)) {
            for (int i = 0; i < LAYOUT_CONTROLS.length; i++) {
                select.setString(i + 1, "%" + Character.toString(LAYOUT_CONTROLS[i]) + "%");
            }
            try (ResultSet result = select.executeQuery()) {
                while (result.next()) {
                    String value = result.getString(2);
                    if (value.codePoints().anyMatch(Text::isLayoutControl)) {
                        rows.add(Map.entry(result.getString(1), value));
                    }
                }
            }
        }
        return rows;
    }

    /** {@code name}, or with the first " (n)" that no other row of its scope has (compared as the unique key does). */
    private static String freeName(Connection connection, OneLineColumn column, String key, String name)
            throws SQLException {
        String scope = String.join(" AND ", column.scope().stream().map(c -> "o." + c + " = m." + c).toList());
        String sql = "SELECT COUNT(*) FROM " + column.table() + " o JOIN " + column.table() + " m ON " + scope
                + " WHERE m." + column.key() + " = ? AND o." + column.key() + " <> ? AND o."
                + column.comparedColumn() + " = ?";
        try (PreparedStatement taken = connection.prepareStatement(sql)) {
            for (int n = 1; ; n++) {
                String candidate = n == 1 ? name : column.numbered(name, n);
                taken.setString(1, key);
                taken.setString(2, key);
                taken.setString(3, column.compared(candidate));
                try (ResultSet result = taken.executeQuery()) {
                    result.next();
                    if (result.getLong(1) == 0) {
                        return candidate;
                    }
                }
            }
        }
    }

    private static void update(Connection connection, OneLineColumn column, String key, String value)
            throws SQLException {
        String canonical = column.canonicalColumn().map(c -> ", " + c + " = ?").orElse("");
        try (PreparedStatement update = connection.prepareStatement("UPDATE " + column.table() + " SET "
                + column.column() + " = ?" + canonical + " WHERE " + column.key() + " = ?")) {
            int i = 1;
            update.setString(i++, value);
            if (column.canonicalColumn().isPresent()) {
                update.setString(i++, column.compared(value));
            }
            update.setString(i, key);
            update.executeUpdate();
        }
    }
}
