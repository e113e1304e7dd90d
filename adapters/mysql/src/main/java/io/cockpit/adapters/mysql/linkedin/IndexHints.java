package io.cockpit.adapters.mysql.linkedin;

import org.jdbi.v3.core.Handle;

import java.sql.SQLException;

/**
 * Index hints for H2 only. H2 answers {@code col IN (...)} from an index only when col is the index's first column,
 * and its planner does not pick such an index by itself; the H2 migration (V30.1) adds them and this names them in
 * {@code USE INDEX}. MySQL and MariaDB get no hint: their (user_id, ...) keys serve IN lists.
 */
final class IndexHints {

    private volatile Boolean h2;

    /** " USE INDEX (index)" on H2, "" elsewhere; goes right after the table (and its alias) in FROM. */
    String in(Handle handle, String h2Index) {
        return isH2(handle) ? " USE INDEX (" + h2Index + ")" : "";
    }

    boolean isH2(Handle handle) {
        Boolean known = h2;
        if (known == null) {
            try {
                known = handle.getConnection().getMetaData().getDatabaseProductName().equalsIgnoreCase("H2");
            } catch (SQLException e) {
                throw new IllegalStateException("cannot tell the database product", e);
            }
            h2 = known;
        }
        return known;
    }
}
