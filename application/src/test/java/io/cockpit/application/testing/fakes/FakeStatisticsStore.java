package io.cockpit.application.testing.fakes;

import io.cockpit.application.port.out.statistics.StatisticsStore;
import io.cockpit.application.port.out.statistics.StatisticsStoreUnavailable;
import io.cockpit.domain.account.StatisticsId;
import io.cockpit.domain.register.StoreKind;
import io.cockpit.domain.statistics.DayRange;
import io.cockpit.domain.statistics.DayTotals;
import io.cockpit.domain.statistics.LocalDays;
import io.cockpit.domain.statistics.Minute;
import io.cockpit.domain.statistics.StatisticsPoint;
import io.cockpit.domain.statistics.StatisticsPoint.ActionPoint;
import io.cockpit.domain.statistics.StatisticsPoint.ActivityMinute;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The statistics store in memory, which can be switched off like an InfluxDB that went away. */
public final class FakeStatisticsStore implements StatisticsStore {

    private final Set<StatisticsPoint> points = new LinkedHashSet<>();
    private volatile boolean available = true;
    private int appends;
    private Runnable beforeNextAppend = () -> { };

    /** From now on every call fails as if the store did not answer. */
    public void goAway() {
        available = false;
    }

    public void comeBack() {
        available = true;
    }

    /** Runs {@code action} when the next append arrives, before it is stored: something happening meanwhile. */
    public synchronized void beforeNextAppend(Runnable action) {
        beforeNextAppend = action;
    }

    /** How many appends reached the store. */
    public synchronized int appends() {
        return appends;
    }

    /** Every point it holds, for tests that count arrivals. */
    public synchronized List<StatisticsPoint> all() {
        return List.copyOf(points);
    }

    @Override
    public StoreKind kind() {
        return StoreKind.STATISTICS;
    }

    @Override
    public synchronized void append(List<StatisticsPoint> added) {
        requireAvailable();
        Runnable meanwhile = beforeNextAppend;
        beforeNextAppend = () -> { };
        meanwhile.run();
        appends++;
        points.addAll(added);
    }

    @Override
    public synchronized Map<LocalDate, DayTotals> daily(StatisticsId statisticsId, ZoneId zone, DayRange range) {
        requireAvailable();
        Minute from = Minute.of(range.start(zone));
        Minute to = Minute.of(range.end(zone));
        Map<LocalDate, DayTotals> days = new HashMap<>();
        for (StatisticsPoint point : points) {
            if (!point.statisticsId().equals(statisticsId) || point.minute().compareTo(from) < 0
                    || point.minute().compareTo(to) >= 0) {
                continue;
            }
            LocalDate day = LocalDays.dayOf(point.minute(), zone);
            DayTotals totals = days.getOrDefault(day, DayTotals.NONE);
            days.put(day, switch (point) {
                case ActionPoint action -> totals.withAction(action.action(), totals.count(action.action()) + 1);
                case ActivityMinute spent -> totals.withMinutes(spent.activity(), totals.minutes(spent.activity()) + 1);
            });
        }
        return days;
    }

    @Override
    public synchronized long forget(StatisticsId statisticsId) {
        requireAvailable();
        long before = points.size();
        points.removeIf(point -> point.statisticsId().equals(statisticsId));
        return before - points.size();
    }

    @Override
    public synchronized int forget(StatisticsId statisticsId, int limit) {
        requireAvailable();
        List<StatisticsPoint> oldest = points.stream().filter(point -> point.statisticsId().equals(statisticsId))
                .sorted(java.util.Comparator.comparing(StatisticsPoint::minute)).limit(limit).toList();
        oldest.forEach(points::remove);
        return oldest.size();
    }

    private void requireAvailable() {
        if (!available) {
            throw new StatisticsStoreUnavailable("the fake store is away", null);
        }
    }
}
