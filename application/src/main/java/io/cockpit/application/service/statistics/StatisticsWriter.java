package io.cockpit.application.service.statistics;

import io.cockpit.application.port.out.statistics.StatisticsOutbox;
import io.cockpit.application.port.out.statistics.StatisticsStore;
import io.cockpit.application.port.out.statistics.StatisticsStoreUnavailable;
import io.cockpit.domain.statistics.StatisticsPoint;

import java.lang.System.Logger.Level;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * Writes points to the statistics store, or, when it cannot take them, into the outbox, from which the flusher moves
 * them once the store is back. After a failure the store is left alone for a few seconds (writes go straight to the
 * outbox), so that requests do not each wait for a store that is away.
 */
public final class StatisticsWriter {

    static final Duration PAUSE_AFTER_FAILURE = Duration.ofSeconds(5);
    private static final System.Logger LOG = System.getLogger(StatisticsWriter.class.getName());

    private final StatisticsStore store;
    private final StatisticsOutbox outbox;
    private final Clock clock;
    private volatile Instant storeAwayUntil = Instant.MIN;

    public StatisticsWriter(StatisticsStore store, StatisticsOutbox outbox, Clock clock) {
        this.store = store;
        this.outbox = outbox;
        this.clock = clock;
    }

    public void write(List<StatisticsPoint> points) {
        if (points.isEmpty()) {
            return;
        }
        if (clock.instant().isBefore(storeAwayUntil)) {
            outbox.hold(points);
            return;
        }
        try {
            store.append(points);
        } catch (StatisticsStoreUnavailable away) {
            storeAwayUntil = clock.instant().plus(PAUSE_AFTER_FAILURE);
            LOG.log(Level.WARNING, "the statistics store is unavailable (" + away.getMessage() + "): " + points.size()
                    + " point(s) held in the outbox until it is back");
            outbox.hold(points);
        }
    }

    /** The flusher reached the store: write to it directly again. */
    void storeIsBack() {
        storeAwayUntil = Instant.MIN;
    }
}
