package io.cockpit.application.port.out.shared;

/** An optimistic write lost against a concurrent one; the use case may re-read and try again. */
public final class StaleWriteException extends RuntimeException {

    public StaleWriteException(String what) {
        super(what + " changed concurrently");
    }
}
