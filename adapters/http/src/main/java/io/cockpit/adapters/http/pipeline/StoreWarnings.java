package io.cockpit.adapters.http.pipeline;

import io.cockpit.application.port.out.shared.StoreUnavailable;

import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The log's line for requests a store did not answer: one every {@link #EVERY} with how many there were since the
 * last, instead of one per request while the store is away. The line names the failure's kinds, not its messages.
 */
final class StoreWarnings {

    static final Duration EVERY = Duration.ofSeconds(10);

    private final Logger log;
    private final Clock clock;
    private final AtomicReference<Instant> next = new AtomicReference<>(Instant.MIN);
    private final AtomicLong unlogged = new AtomicLong();

    StoreWarnings(Logger log, Clock clock) {
        this.log = log;
        this.clock = clock;
    }

    /** Counts {@code away}, and logs it with the count when the last line is {@link #EVERY} old; whether it did. */
    boolean note(StoreUnavailable away) {
        long count = unlogged.incrementAndGet();
        Instant now = clock.instant();
        Instant due = next.get();
        if (now.isBefore(due) || !next.compareAndSet(due, now.plus(EVERY))) {
            return false;
        }
        unlogged.addAndGet(-count);
        log.log(Level.WARNING, away.getMessage() + " (" + causes(away) + "); requests answered 503 since the last line: "
                + count);
        return true;
    }

    private static String causes(Throwable failure) {
        StringBuilder kinds = new StringBuilder();
        for (Throwable cause = failure.getCause(); cause != null; cause = cause.getCause()) {
            kinds.append(kinds.isEmpty() ? "" : " <- ").append(cause.getClass().getSimpleName());
        }
        return kinds.toString();
    }
}
