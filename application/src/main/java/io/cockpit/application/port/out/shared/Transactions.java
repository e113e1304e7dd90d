package io.cockpit.application.port.out.shared;

import java.util.function.Supplier;

/** Runs work against the relational store atomically: everything or, on any exception, nothing. */
public interface Transactions {

    <T> T inTransaction(Supplier<T> work);

    /** Runs {@code action} once the current transaction has committed; at once if there is none. */
    void afterCommit(Runnable action);

    /**
     * Runs {@code action} at once and, inside a transaction, once more after it committed: for cache entries that
     * must be gone both before and after the commit, written only once when there is no transaction.
     */
    void nowAndAfterCommit(Runnable action);
}
