package io.cockpit.adapters.mysql;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * The contract and the domain count a text's length in characters (code points), MySQL's utf8mb4 {@code VARCHAR(n)}
 * too; H2 counts UTF-16 units, so a name of 200 emoji, valid by the contract, overflowed H2's {@code VARCHAR(200)}
 * (a 500, and a whole sync batch lost for one contact). In H2 the text columns have no length of their own: the
 * checks before the store hold the limits. Run after every migration, so a column a later migration adds follows;
 * a column already without a length is left alone.
 */
final class H2TextColumns {

    private H2TextColumns() {
    }

    /** The bounded {@code VARCHAR} columns of the schema; each made unbounded, keeping its nullability and default. */
    static int unbound(Connection connection) throws SQLException {
        List<String> alters = new ArrayList<>();
        try (Statement statement = connection.createStatement();
             ResultSet columns = statement.executeQuery("SELECT TABLE_NAME, COLUMN_NAME FROM INFORMATION_SCHEMA.COLUMNS "
                     + "WHERE TABLE_SCHEMA = CURRENT_SCHEMA AND DATA_TYPE = 'CHARACTER VARYING' "
                     + "AND CHARACTER_MAXIMUM_LENGTH < 1000000000 AND TABLE_NAME <> 'flyway_schema_history'")) {
            while (columns.next()) {
                alters.add("ALTER TABLE \"" + columns.getString(1) + "\" ALTER COLUMN \"" + columns.getString(2)
                        + "\" SET DATA TYPE CHARACTER VARYING");
            }
        }
        try (Statement statement = connection.createStatement()) {
            for (String alter : alters) {
                statement.execute(alter);
            }
        }
        return alters.size();
    }
}
