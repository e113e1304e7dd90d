package io.cockpit.application.service.shared;

import io.cockpit.application.port.out.shared.StoreUnavailable;

import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.time.Clock;
import java.time.Instant;
import java.util.Objects;

/**
 * The log's lines for a task that runs again and again (a job, a refresh) while a store does not answer: one warning
 * when a turn first fails so, none for the turns after it, and one line when a turn succeeds again with since when
 * and how many turns failed. Without it a job every half second logged a stack trace every half second, and
 * reported each, for as long as the database was away. Other failures are not its business.
 */
public final class StoreOutage {

    private final Logger log;
    private final String task;
    private final Clock clock;
    private Instant since;
    private long failedTurns;

    /** @param task the task in the log's words ("job retention", "refreshing the blocked addresses") */
    public StoreOutage(Logger log, String task, Clock clock) {
        this.log = Objects.requireNonNull(log);
        this.task = Objects.requireNonNull(task);
        this.clock = Objects.requireNonNull(clock);
    }

    /** A turn failed because {@code away} did not answer; whether this was the first such turn (and logged). */
    public boolean failed(StoreUnavailable away) {
        String line;
        synchronized (this) {
            failedTurns++;
            if (since != null) {
                return false;
            }
            since = clock.instant();
            line = task + ": " + away.getMessage() + "; it tries again at every turn, and the log says when it runs "
                    + "again";
        }
        log.log(Level.WARNING, line);
        return true;
    }

    /** A turn succeeded: after failed turns, one line saying so. */
    public void succeeded() {
        String line;
        synchronized (this) {
            if (since == null) {
                return;
            }
            line = task + " runs again; its turns failed since " + since + " (a store did not answer): " + failedTurns;
            since = null;
            failedTurns = 0;
        }
        log.log(Level.INFO, line);
    }
}
