package io.cockpit.application.port.out.shared;

/**
 * A store did not answer in time: no connection of the pool came free within its wait, the server was unreachable,
 * or the connection broke mid-statement. The transaction was rolled back, or its commit's answer was lost; the
 * caller may try again later (with the same Idempotency-Key where the operation takes one).
 */
public final class StoreUnavailable extends RuntimeException {

    public StoreUnavailable(String store, Throwable cause) {
        super(store + " did not answer in time", cause);
    }
}
