package io.cockpit.application.testing.fakes;

import io.cockpit.application.port.out.statistics.OutboxEntry;
import io.cockpit.application.port.out.statistics.OutboxEntry.HeldForgetting;
import io.cockpit.application.port.out.statistics.OutboxEntry.HeldPoint;
import io.cockpit.application.port.out.statistics.StatisticsOutbox;
import io.cockpit.domain.account.StatisticsId;
import io.cockpit.domain.statistics.StatisticsPoint;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;

/** The statistics outbox in memory, numbered like an auto-increment column. */
public final class FakeStatisticsOutbox implements StatisticsOutbox {

    private final TreeMap<Long, OutboxEntry> entries = new TreeMap<>();
    private long lastId;

    @Override
    public synchronized void hold(List<StatisticsPoint> points) {
        points.forEach(point -> {
            long id = ++lastId;
            entries.put(id, new HeldPoint(id, point));
        });
    }

    @Override
    public synchronized long holdForgetting(StatisticsId statisticsId) {
        long id = ++lastId;
        entries.put(id, new HeldForgetting(id, statisticsId));
        return id;
    }

    @Override
    public synchronized int discard(StatisticsId statisticsId) {
        int before = entries.size();
        entries.values().removeIf(entry -> entry instanceof HeldPoint held
                && held.point().statisticsId().equals(statisticsId));
        return before - entries.size();
    }

    @Override
    public synchronized List<OutboxEntry> oldest(int limit) {
        return entries.values().stream().limit(limit).toList();
    }

    @Override
    public synchronized Set<Long> remove(List<Long> ids) {
        Set<Long> removed = new HashSet<>(ids);
        removed.retainAll(entries.keySet());
        entries.keySet().removeAll(removed);
        return removed;
    }

    @Override
    public synchronized long size() {
        return entries.size();
    }
}
