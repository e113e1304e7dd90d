package io.cockpit.adapters.mysql;

import io.cockpit.application.port.out.shared.StoreUnavailable;
import io.cockpit.application.port.out.shared.Transactions;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

import java.sql.SQLException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientConnectionException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Transactions bound to the calling thread: repositories called inside {@link #inTransaction} use its handle, so a
 * use case's writes commit or roll back together. Outside a transaction each call gets its own short handle.
 * After-commit actions run once the outermost transaction committed, and never after a rollback. An outermost
 * transaction that deadlocked is run again (see {@link #isDeadlock}).
 */
public final class JdbiTransactions implements Transactions {

    /** How often a transaction that deadlocked is tried in all (devices changing one user's switch at once). */
    static final int DEADLOCK_ATTEMPTS = 8;

    private final Jdbi jdbi;
    private final ThreadLocal<Handle> current = new ThreadLocal<>();
    private final ThreadLocal<List<Runnable>> afterCommit = new ThreadLocal<>();

    JdbiTransactions(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    @Override
    public <T> T inTransaction(Supplier<T> work) {
        if (current.get() != null) {
            return work.get();
        }
        for (int attempt = 1; ; attempt++) {
            try {
                return once(work);
            } catch (RuntimeException e) {
                if (!isDeadlock(e)) {
                    throw unavailableOr(e);
                }
                if (attempt == DEADLOCK_ATTEMPTS) {
                    // the others in the storm got through; this one may try again in a moment
                    throw new StoreUnavailable("the database",
                            "deadlocked the transaction at every one of " + DEADLOCK_ATTEMPTS + " attempts", e);
                }
                pause(attempt);
            }
        }
    }

    /**
     * A deadlock (SQLSTATE 40001: InnoDB rolled the whole transaction back) is run again: two new accounts inserted
     * at the same time took gap locks on the same end of an index of time-ordered ids and then both waited for the
     * other's insert. Nothing of the rolled-back attempt stays, and after-commit actions run only once it commits.
     */
    static boolean isDeadlock(Throwable e) {
        return SqlCauses.first(e, sql -> "40001".equals(sql.getSQLState())).isPresent();
    }

    /**
     * The database did not answer (SQLSTATE class 08, as the pool reports that none of its connections came free
     * within its wait, and as drivers report a connection that broke) or stopped the statement (70100: MariaDB's
     * {@code KILL QUERY} or {@code max_statement_time}; 57014: H2's cancel): a {@link StoreUnavailable} the request
     * may retry, not a failure of the server. Anything else as it is.
     */
    static RuntimeException unavailableOr(RuntimeException e) {
        if (e instanceof StoreUnavailable) {
            return e;
        }
        return SqlCauses.first(e, JdbiTransactions::unanswered)
                .<RuntimeException>map(unanswered -> new StoreUnavailable("the database", e)).orElse(e);
    }

    private static boolean unanswered(SQLException sql) {
        String state = sql.getSQLState() == null ? "" : sql.getSQLState();
        return sql instanceof SQLTransientConnectionException || sql instanceof SQLRecoverableException
                || state.startsWith("08") || state.equals("70100") || state.equals("57014");
    }

    private static void pause(int attempt) {
        try {
            Thread.sleep(ThreadLocalRandom.current().nextLong(1, 10L * attempt));
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted before retrying a deadlocked transaction", interrupted);
        }
    }

    private <T> T once(Supplier<T> work) {
        List<Runnable> actions = new ArrayList<>();
        T result = jdbi.inTransaction(handle -> {
            current.set(handle);
            afterCommit.set(actions);
            try {
                return work.get();
            } finally {
                current.remove();
                afterCommit.remove();
            }
        });
        actions.forEach(Runnable::run);
        return result;
    }

    @Override
    public void afterCommit(Runnable action) {
        List<Runnable> actions = afterCommit.get();
        if (actions == null) {
            action.run();
        } else {
            actions.add(action);
        }
    }

    @Override
    public void nowAndAfterCommit(Runnable action) {
        action.run();
        List<Runnable> actions = afterCommit.get();
        if (actions != null) {
            actions.add(action);
        }
    }

    /** Whether the calling thread is inside a transaction of this store. */
    public boolean isOpen() {
        return current.get() != null;
    }

    /** Runs {@code work} on the current transaction's handle, or on a fresh one. */
    public <T> T withHandle(Function<Handle, T> work) {
        Handle handle = current.get();
        if (handle != null) {
            return work.apply(handle);
        }
        try {
            return jdbi.withHandle(work::apply);
        } catch (RuntimeException e) {
            throw unavailableOr(e);
        }
    }
}
