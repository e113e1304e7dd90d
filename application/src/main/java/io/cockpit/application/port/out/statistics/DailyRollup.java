package io.cockpit.application.port.out.statistics;

import io.cockpit.domain.account.StatisticsId;
import io.cockpit.domain.statistics.DayRange;
import io.cockpit.domain.statistics.DayTotals;
import io.cockpit.domain.statistics.RollupDay;
import io.cockpit.domain.statistics.RollupMarker;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The statistics per Statistics-ID and local day, kept up to date by the intake in the relational store, so that a
 * year is read as 365 rows instead of counted from its points; and per Statistics-ID a {@link RollupMarker} (the zone
 * and the first complete day). Pseudonymous like the points: the Statistics-ID, a date and counts only.
 */
public interface DailyRollup {

    /**
     * Keeps a fresh marker for a Statistics-ID just issued (nothing recorded under it yet; its first intake decides
     * the zone). Call in the transaction that issues it, so that no intake can see the Statistics-ID without it.
     */
    void issued(StatisticsId statisticsId);

    /**
     * The Statistics-ID's marker, locked until the current transaction ends, so that intakes of one Statistics-ID add
     * up one after the other. A fresh marker ({@link #issued}) becomes {@code fresh}. A Statistics-ID without a marker
     * was issued where no marker was written (before the rollup began, or by a node without it during an upgrade)
     * and may have points the rollup lacks: it gets {@code older}. Concurrent first calls agree on one marker. Call
     * inside a transaction.
     */
    RollupMarker lock(StatisticsId statisticsId, RollupMarker fresh, RollupMarker older);

    /** Deletes the Statistics-ID's days and keeps {@code marker} instead of its marker. */
    void restart(StatisticsId statisticsId, RollupMarker marker);

    /** Adds the days to those kept (counts added, minute sets joined). Call with the marker locked. */
    void add(StatisticsId statisticsId, List<RollupDay> days);

    /** The marker; empty while no intake has made one (for a fresh Statistics-ID, or an older one). */
    Optional<RollupMarker> marker(StatisticsId statisticsId);

    /** The days of {@code range} kept with anything counted. */
    Map<LocalDate, DayTotals> daily(StatisticsId statisticsId, DayRange range);

    /**
     * {@link #marker} and {@link #daily} together, as the reads need them; a store answers it in one round trip (and
     * so from one moment).
     */
    default RolledUpDays rolledUp(StatisticsId statisticsId, DayRange range) {
        return new RolledUpDays(marker(statisticsId), daily(statisticsId, range));
    }

    /** Deletes the Statistics-ID's days and marker; says how many rows it deleted. */
    int forget(StatisticsId statisticsId);
}
