package io.cockpit.application.testing.fakes;

import io.cockpit.application.port.out.statistics.DailyRollup;
import io.cockpit.domain.account.StatisticsId;
import io.cockpit.domain.statistics.DayRange;
import io.cockpit.domain.statistics.DayTotals;
import io.cockpit.domain.statistics.RollupDay;
import io.cockpit.domain.statistics.RollupMarker;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The daily rollup in memory. Each call is atomic; {@link #lock} holds nothing beyond the call (the service tests run
 * intakes one at a time).
 */
public final class FakeDailyRollup implements DailyRollup {

    /** A marker row; {@code marker} null: a fresh Statistics-ID no intake has seen yet. */
    private record Row(RollupMarker marker) {
    }

    private final Map<StatisticsId, Row> markers = new HashMap<>();
    private final Map<StatisticsId, TreeMap<LocalDate, RollupDay>> days = new HashMap<>();

    @Override
    public synchronized void issued(StatisticsId statisticsId) {
        if (markers.putIfAbsent(statisticsId, new Row(null)) != null) {
            throw new IllegalStateException("a marker for " + statisticsId.value() + " exists");
        }
    }

    @Override
    public synchronized RollupMarker lock(StatisticsId statisticsId, RollupMarker fresh, RollupMarker older) {
        Row row = markers.computeIfAbsent(statisticsId, sid -> new Row(older));
        if (row.marker() == null) {
            markers.put(statisticsId, new Row(fresh));
            return fresh;
        }
        return row.marker();
    }

    @Override
    public synchronized void restart(StatisticsId statisticsId, RollupMarker marker) {
        days.remove(statisticsId);
        markers.put(statisticsId, new Row(marker));
    }

    @Override
    public synchronized void add(StatisticsId statisticsId, List<RollupDay> added) {
        TreeMap<LocalDate, RollupDay> kept = days.computeIfAbsent(statisticsId, sid -> new TreeMap<>());
        added.forEach(day -> kept.merge(day.date(), day, RollupDay::plus));
    }

    @Override
    public synchronized Optional<RollupMarker> marker(StatisticsId statisticsId) {
        return Optional.ofNullable(markers.get(statisticsId)).map(Row::marker);
    }

    @Override
    public synchronized Map<LocalDate, DayTotals> daily(StatisticsId statisticsId, DayRange range) {
        Map<LocalDate, DayTotals> answer = new HashMap<>();
        days.getOrDefault(statisticsId, new TreeMap<>()).subMap(range.from(), true, range.to(), true)
                .forEach((date, day) -> {
                    if (!day.totals().isEmpty()) {
                        answer.put(date, day.totals());
                    }
                });
        return answer;
    }

    @Override
    public synchronized int forget(StatisticsId statisticsId) {
        TreeMap<LocalDate, RollupDay> gone = days.remove(statisticsId);
        return (gone == null ? 0 : gone.size()) + (markers.remove(statisticsId) == null ? 0 : 1);
    }
}
