package io.cockpit.adapters.mysql.linkedin;

import io.cockpit.adapters.mysql.KeysetPage;
import org.jdbi.v3.core.Handle;

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

    /** Asked once per repository: the product does not change under a running store. */
    boolean isH2(Handle handle) {
        Boolean known = h2;
        if (known == null) {
            known = KeysetPage.isH2(handle);
            h2 = known;
        }
        return known;
    }
}
