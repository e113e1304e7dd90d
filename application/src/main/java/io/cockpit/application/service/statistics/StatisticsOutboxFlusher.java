package io.cockpit.application.service.statistics;

import io.cockpit.application.port.out.register.ErasureLedger;
import io.cockpit.application.port.out.statistics.OutboxEntry;
import io.cockpit.application.port.out.statistics.OutboxEntry.HeldForgetting;
import io.cockpit.application.port.out.statistics.OutboxEntry.HeldPoint;
import io.cockpit.application.port.out.statistics.StatisticsOutbox;
import io.cockpit.application.port.out.statistics.StatisticsStore;
import io.cockpit.application.port.out.statistics.StatisticsStoreUnavailable;
import io.cockpit.domain.account.StatisticsId;
import io.cockpit.domain.register.ErasureReason;
import io.cockpit.domain.register.ErasureRecord;
import io.cockpit.domain.statistics.StatisticsPersonalData;
import io.cockpit.domain.statistics.StatisticsPoint;

import java.lang.System.Logger.Level;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Moves what the outbox holds into the statistics store, oldest first, and removes each entry once the store has
 * it. A crash between the two writes the same points again, which the store keeps once: every held point arrives
 * exactly once. Runs as a leased job, on one node at a time.
 */
public final class StatisticsOutboxFlusher {

    /** The leased job's name. */
    public static final String JOB = "statistics-outbox";
    static final int BATCH = 5000;
    private static final System.Logger LOG = System.getLogger(StatisticsOutboxFlusher.class.getName());

    private final StatisticsOutbox outbox;
    private final StatisticsStore store;
    private final StatisticsWriter writer;
    private final ErasureLedger ledger;
    private final Clock clock;
    /** Held points this close to the end of their retention are not moved either: InfluxDB might refuse them. */
    private static final Duration RETENTION_MARGIN = Duration.ofHours(1);

    public StatisticsOutboxFlusher(StatisticsOutbox outbox, StatisticsStore store, StatisticsWriter writer,
                                   ErasureLedger ledger, Clock clock) {
        this.outbox = outbox;
        this.store = store;
        this.writer = writer;
        this.ledger = ledger;
        this.clock = clock;
    }

    /** Moves entries until none is left or the store is away; says how many moved. */
    public int flush() {
        int moved = 0;
        while (true) {
            List<OutboxEntry> entries = outbox.oldest(BATCH);
            if (entries.isEmpty()) {
                return moved;
            }
            try {
                moveInOrder(entries);
            } catch (StatisticsStoreUnavailable away) {
                if (moved > 0) {
                    LOG.log(Level.INFO, "statistics outbox: moved " + moved + " entries, then the store went away");
                }
                return moved;
            }
            moved += entries.size();
            writer.storeIsBack();
            LOG.log(Level.INFO, "statistics outbox: moved " + moved + " entries to the store");
        }
    }

    /**
     * A held point that is past the retention by now (an event accepted near 365 days old, InfluxDB away meanwhile) is
     * removed, not moved: InfluxDB refuses points older than its retention policy, which would stop the outbox.
     */
    private void moveInOrder(List<OutboxEntry> entries) {
        List<StatisticsPoint> points = new ArrayList<>();
        Map<Long, StatisticsId> ids = new LinkedHashMap<>();
        Instant kept = clock.instant().minus(StatisticsPersonalData.RETENTION.getDays(), ChronoUnit.DAYS)
                .plus(RETENTION_MARGIN);
        for (OutboxEntry entry : entries) {
            switch (entry) {
                case HeldPoint held -> {
                    if (!held.point().minute().start().isBefore(kept)) {
                        points.add(held.point());
                    }
                    ids.put(held.id(), held.point().statisticsId());
                }
                case HeldForgetting forgetting -> {
                    appendAndRemove(points, ids);
                    forget(forgetting.id(), forgetting.statisticsId());
                }
            }
        }
        appendAndRemove(points, ids);
    }

    /**
     * Ids whose points were all past the retention are removed too: else the same batch came back forever. An entry
     * that is gone by the time it is removed was discarded meanwhile, because its Statistics-ID was replaced or its
     * account erased while the points were on their way: the store has just been given points of a Statistics-ID
     * that must have none, so they are forgotten again.
     */
    private void appendAndRemove(List<StatisticsPoint> points, Map<Long, StatisticsId> ids) {
        if (!points.isEmpty()) {
            store.append(List.copyOf(points));
        }
        if (!ids.isEmpty()) {
            Set<Long> removed = outbox.remove(List.copyOf(ids.keySet()));
            Set<StatisticsId> discarded = new LinkedHashSet<>();
            ids.forEach((id, statisticsId) -> {
                if (!removed.contains(id)) {
                    discarded.add(statisticsId);
                }
            });
            discarded.forEach(store::forget);
        }
        points.clear();
        ids.clear();
    }

    /**
     * Carries out a held order to forget a replaced Statistics-ID now, if the store answers; otherwise it stays held
     * and the next flush carries it out.
     */
    void forgetNowIfPossible(long entry, StatisticsId replaced) {
        try {
            forget(entry, replaced);
        } catch (StatisticsStoreUnavailable away) {
            LOG.log(Level.WARNING, "the statistics store is unavailable: the points of a replaced Statistics-ID are "
                    + "removed once it is back");
        }
    }

    private void forget(long entry, StatisticsId replaced) {
        long removed = store.forget(replaced);
        outbox.remove(List.of(entry));
        ledger.record(new ErasureRecord(Optional.empty(), StatisticsPersonalData.STATISTICS.id(), store.kind(),
                ErasureReason.CONSENT_WITHDRAWN, removed, clock.instant()));
    }
}
