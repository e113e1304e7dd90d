package io.cockpit.application.port.out;

import java.util.function.Supplier;

/** Runs work against the relational store atomically: everything or, on any exception, nothing. */
public interface Transactions {

    <T> T inTransaction(Supplier<T> work);
}
