package io.cockpit.application.port.out.shared;

/**
 * A store did not answer in time: no connection of the pool came free within its wait, the server was unreachable,
 * or the connection broke mid-statement; or it gave up on the work (a transaction that deadlocked at every attempt).
 * The transaction was rolled back, or, when the connection broke during its commit, its outcome is unknown; the
 * caller may try again later.
 */
public final class StoreUnavailable extends RuntimeException {

    private final String store;

    /** @param store which store, in words for the log ("the database", "Redis") */
    public StoreUnavailable(String store, Throwable cause) {
        this(store, "did not answer in time", cause);
    }

    /** @param what what the store did, for the log ("deadlocked at every one of 8 attempts") */
    public StoreUnavailable(String store, String what, Throwable cause) {
        super(store + " " + what, cause);
        this.store = store;
    }

    public String store() {
        return store;
    }
}
