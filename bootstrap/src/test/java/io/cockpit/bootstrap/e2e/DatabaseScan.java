package io.cockpit.bootstrap.e2e;

import io.cockpit.adapters.mysql.DatabaseSettings;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.Set;

/** Reads every row of every table of the server's database, to prove where a value is and where it is not. */
final class DatabaseScan {

    private static final Set<Integer> BINARY = Set.of(Types.BINARY, Types.VARBINARY, Types.LONGVARBINARY, Types.BLOB);

    private DatabaseScan() {
    }

    /** The tables (as table.column) that hold {@code value} anywhere in a text or binary column. */
    static List<String> placesHolding(DatabaseSettings database, String value) {
        List<String> places = new ArrayList<>();
        try (Connection connection = DriverManager.getConnection(database.jdbcUrl(), database.user(),
                database.password())) {
            for (String table : tables(connection)) {
                try (Statement statement = connection.createStatement();
                     ResultSet rows = statement.executeQuery("SELECT * FROM " + table)) {
                    ResultSetMetaData columns = rows.getMetaData();
                    while (rows.next()) {
                        for (int column = 1; column <= columns.getColumnCount(); column++) {
                            if (text(rows, column, columns.getColumnType(column)).contains(value)) {
                                places.add(table + "." + columns.getColumnName(column).toLowerCase());
                            }
                        }
                    }
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("scanning the database failed", e);
        }
        return places;
    }

    /** Every table of the schema with its columns, lower case. */
    static Map<String, Set<String>> columnsByTable(DatabaseSettings database) {
        Map<String, Set<String>> tables = new TreeMap<>();
        try (Connection connection = DriverManager.getConnection(database.jdbcUrl(), database.user(),
                database.password())) {
            for (String table : tables(connection)) {
                Set<String> columns = new TreeSet<>();
                try (ResultSet found = connection.getMetaData().getColumns(connection.getCatalog(),
                        connection.getSchema(), table, "%")) {
                    while (found.next()) {
                        columns.add(found.getString("COLUMN_NAME").toLowerCase(Locale.ROOT));
                    }
                }
                tables.put(table.toLowerCase(Locale.ROOT), columns);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("reading the schema failed", e);
        }
        return tables;
    }

    private static List<String> tables(Connection connection) throws SQLException {
        List<String> tables = new ArrayList<>();
        try (ResultSet found = connection.getMetaData().getTables(connection.getCatalog(), connection.getSchema(), "%",
                new String[] {"TABLE"})) {
            while (found.next()) {
                tables.add(found.getString("TABLE_NAME"));
            }
        }
        if (tables.isEmpty()) {
            throw new IllegalStateException("no tables found: the scan would prove nothing");
        }
        return tables;
    }

    private static String text(ResultSet rows, int column, int type) throws SQLException {
        if (BINARY.contains(type)) {
            byte[] bytes = rows.getBytes(column);
            return bytes == null ? "" : new String(bytes, StandardCharsets.ISO_8859_1);
        }
        String text = rows.getString(column);
        return text == null ? "" : text;
    }
}
