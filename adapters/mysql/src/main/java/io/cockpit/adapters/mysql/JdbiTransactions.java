package io.cockpit.adapters.mysql;

import io.cockpit.application.port.out.shared.Transactions;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Transactions bound to the calling thread: repositories called inside {@link #inTransaction} use its handle, so a
 * use case's writes commit or roll back together. Outside a transaction each call gets its own short handle.
 * After-commit actions run once the outermost transaction committed, and never after a rollback.
 */
public final class JdbiTransactions implements Transactions {

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

    /** Runs {@code work} on the current transaction's handle, or on a fresh one. */
    public <T> T withHandle(Function<Handle, T> work) {
        Handle handle = current.get();
        return handle != null ? work.apply(handle) : jdbi.withHandle(work::apply);
    }
}
