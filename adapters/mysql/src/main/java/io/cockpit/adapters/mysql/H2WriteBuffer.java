package io.cockpit.adapters.mysql;

import org.h2.engine.SessionLocal;
import org.h2.jdbc.JdbcConnection;
import org.h2.mvstore.MVStore;

import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.lang.reflect.Field;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.OptionalInt;

/**
 * How many changed pages the embedded H2 keeps in memory before it writes them to its file. H2 counts a changed leaf
 * and every page above it again on each change and writes all changed pages once the count passes about 19 MB, which
 * under a sync of LinkedIn messages (each adds rows to some 20 places of the token index) is every few hundred rows:
 * nearly every row then rewrites a whole page, and the page writes took more CPU than the requests themselves
 * (docs/benchmarks.md, "H2's write buffer"). H2 offers no setting for this budget, so it is raised here on H2's store
 * itself; its time-based write (every 500 ms, {@code WRITE_DELAY}) is unchanged, so a crash loses no more than before.
 * When H2's internals differ from what this expects, the database runs with H2's own budget and a warning.
 */
final class H2WriteBuffer {

    private static final Logger LOG = System.getLogger(H2WriteBuffer.class.getName());
    private static final long MIN_BYTES = 19L << 20;
    private static final long MAX_BYTES = 256L << 20;

    private H2WriteBuffer() {
    }

    /** An eighth of the heap, at least H2's own budget and at most 256 MB. */
    static int budgetFor(long maxHeapBytes) {
        return (int) Math.clamp(maxHeapBytes / 8, MIN_BYTES, MAX_BYTES);
    }

    /** The store under the H2 database {@code connection} belongs to (one per database, shared by its connections). */
    static MVStore storeOf(Connection connection) throws SQLException {
        return ((SessionLocal) connection.unwrap(JdbcConnection.class).getSession()).getDatabase().getStore()
                .getMvStore();
    }

    /**
     * Raises the budget of the H2 database {@code connection} belongs to; the budget it has now, or nothing for a
     * database in memory (it writes no file) or when H2's internals are not as expected.
     */
    static OptionalInt raise(Connection connection) {
        try {
            MVStore store = storeOf(connection);
            if (store.getFileStore() == null) {
                return OptionalInt.empty();
            }
            Field budget = MVStore.class.getDeclaredField("autoCommitMemory");
            budget.setAccessible(true);
            int wanted = budgetFor(Runtime.getRuntime().maxMemory());
            if (budget.getInt(store) < wanted) {
                budget.setInt(store, wanted);
            }
            return OptionalInt.of(store.getAutoCommitMemory());
        } catch (SQLException | ReflectiveOperationException | RuntimeException e) {
            LOG.log(Level.WARNING, "H2's write buffer stays at its default: " + e);
            return OptionalInt.empty();
        }
    }
}
