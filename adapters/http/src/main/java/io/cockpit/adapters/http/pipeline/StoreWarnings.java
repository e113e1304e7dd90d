package io.cockpit.adapters.http.pipeline;

import io.cockpit.application.port.out.shared.StoreUnavailable;

import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.function.LongSupplier;

/**
 * The log's lines for requests a store did not answer: per store, the first at once, then at most one every
 * {@link #EVERY} with how many requests were answered 503 since when, instead of one per request while the store
 * is away. A count left when the store answers again goes out with that store's next line, with its "since". The
 * line names the failure's kinds, not its messages; each request's id is in its access log line (status 503).
 */
final class StoreWarnings {

    static final Duration EVERY = Duration.ofSeconds(10);

    private final Logger log;
    private final Clock clock;
    private final LongSupplier nanoTime;
    private final Map<String, Tally> tallies = new HashMap<>();

    private static final class Tally {
        long count;
        Instant since;
        Long loggedAtNanos;
    }

    /** @param nanoTime a monotonic clock for the spacing ({@link System#nanoTime}); {@code clock} for "since" */
    StoreWarnings(Logger log, Clock clock, LongSupplier nanoTime) {
        this.log = log;
        this.clock = clock;
        this.nanoTime = nanoTime;
    }

    /** Counts {@code away}, and logs its store's count when that store's last line is {@link #EVERY} old; whether it did. */
    boolean note(StoreUnavailable away) {
        String line;
        synchronized (this) {
            Tally tally = tallies.computeIfAbsent(away.store(), store -> new Tally());
            if (tally.count++ == 0) {
                tally.since = clock.instant();
            }
            long now = nanoTime.getAsLong();
            if (tally.loggedAtNanos != null && now - tally.loggedAtNanos < EVERY.toNanos()) {
                return false;
            }
            line = away.getMessage() + " (" + causes(away) + "); requests answered 503 since " + tally.since + ": "
                    + tally.count;
            tally.count = 0;
            tally.loggedAtNanos = now;
        }
        log.log(Level.WARNING, line);
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
