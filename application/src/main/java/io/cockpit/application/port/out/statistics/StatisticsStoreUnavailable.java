package io.cockpit.application.port.out.statistics;

/** The statistics store does not answer (down, unreachable, overloaded): try again later. */
public final class StatisticsStoreUnavailable extends RuntimeException {

    public StatisticsStoreUnavailable(String message, Throwable cause) {
        super(message, cause);
    }
}
