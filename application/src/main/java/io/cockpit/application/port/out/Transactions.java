package io.cockpit.application.port.out;

import java.util.function.Supplier;

/** Runs work against the relational store atomically: everything or, on any exception, nothing. */
public interface Transactions {

    <T> T inTransaction(Supplier<T> work);

    /** Runs {@code action} once the current transaction has committed; at once if there is none. */
    void afterCommit(Runnable action);
}
