package io.cockpit.application.port.out.statistics;

import io.cockpit.domain.account.StatisticsId;
import io.cockpit.domain.register.StoreKind;
import io.cockpit.domain.statistics.DayRange;
import io.cockpit.domain.statistics.DayTotals;
import io.cockpit.domain.statistics.StatisticsPoint;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

/**
 * Where statistics points live: InfluxDB in production, a table of the relational store in the embedded mode. Points
 * carry the Statistics-ID, an action or activity and a minute, nothing else. Both answer the same questions the same
 * way (one contract suite).
 */
public interface StatisticsStore {

    /** Which store this is, for the erasure ledger. */
    StoreKind kind();

    /**
     * Stores the points. A point stored before (the same Statistics-ID, action and point number, or the same
     * activity minute) is kept once, so a write may be repeated after a failure.
     *
     * @throws StatisticsStoreUnavailable if the store cannot take them now; nothing is lost if the caller keeps them
     */
    void append(List<StatisticsPoint> points);

    /**
     * The totals of the points of {@code statisticsId} per local day of {@code range} in {@code zone}: a day runs
     * from local midnight to local midnight (23 or 25 hours across a daylight-saving change). Days without points
     * are left out.
     *
     * @throws StatisticsStoreUnavailable if the store cannot answer now
     */
    Map<LocalDate, DayTotals> daily(StatisticsId statisticsId, ZoneId zone, DayRange range);

    /**
     * Removes every point of {@code statisticsId}, however old, and says how many there were (0 when none).
     *
     * @throws StatisticsStoreUnavailable if the store cannot do it now
     */
    long forget(StatisticsId statisticsId);

    /**
     * Removes up to {@code limit} points of {@code statisticsId}, oldest first, and says how many it removed; 0 means
     * none is left (and nothing else of the Statistics-ID either: InfluxDB drops its series then). For an erasure in
     * bounded steps.
     *
     * @throws StatisticsStoreUnavailable if the store cannot do it now
     */
    int forget(StatisticsId statisticsId, int limit);
}
