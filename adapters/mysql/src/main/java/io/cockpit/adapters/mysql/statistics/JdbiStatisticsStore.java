package io.cockpit.adapters.mysql.statistics;

import io.cockpit.adapters.mysql.JdbiTransactions;
import io.cockpit.application.port.out.register.ExpiringPersonalData;
import io.cockpit.application.port.out.statistics.StatisticsStore;
import io.cockpit.domain.account.StatisticsId;
import io.cockpit.domain.register.StoreKind;
import io.cockpit.domain.settings.StatisticsAction;
import io.cockpit.domain.statistics.Activity;
import io.cockpit.domain.statistics.DayRange;
import io.cockpit.domain.statistics.DayTotals;
import io.cockpit.domain.statistics.LocalDays;
import io.cockpit.domain.statistics.LocalDays.OffsetSpan;
import io.cockpit.domain.statistics.Minute;
import io.cockpit.domain.statistics.StatisticsPersonalData;
import io.cockpit.domain.statistics.StatisticsPoint;
import org.jdbi.v3.core.statement.PreparedBatch;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The embedded mode's statistics store: one row per point in {@code statistics_point}. The local day of a point is
 * computed in the query from the zone's UTC offsets over the range (a daylight-saving change splits the range), so
 * the database groups by day and hands back one row per day, action and activity. Points older than the retention
 * are deleted by the retention job.
 */
public final class JdbiStatisticsStore implements StatisticsStore, ExpiringPersonalData {

    private final JdbiTransactions db;

    public JdbiStatisticsStore(JdbiTransactions db) {
        this.db = db;
    }

    @Override
    public StoreKind kind() {
        return StoreKind.RELATIONAL;
    }

    @Override
    public String category() {
        return StatisticsPersonalData.STATISTICS.id();
    }

    @Override
    public void append(List<StatisticsPoint> points) {
        if (points.isEmpty()) {
            return;
        }
        db.withHandle(h -> {
            PreparedBatch batch = h.prepareBatch("INSERT IGNORE INTO statistics_point (statistics_id, epoch_minute, kind, "
                    + "name, point_number) VALUES (:sid, :minute, :kind, :name, :number)");
            for (StatisticsPoint point : points) {
                batch.bind("sid", point.statisticsId().value())
                        .bind("minute", point.minute().epochMinute())
                        .bind("kind", PointColumns.kind(point))
                        .bind("name", PointColumns.name(point))
                        .bind("number", PointColumns.pointNumber(point))
                        .add();
            }
            return batch.execute();
        });
    }

    @Override
    public Map<LocalDate, DayTotals> daily(StatisticsId statisticsId, ZoneId zone, DayRange range) {
        Instant from = range.start(zone);
        Instant to = range.end(zone);
        String day = localDay(LocalDays.offsetSpans(zone, from, to));
        Map<LocalDate, DayTotals> days = new HashMap<>();
        db.withHandle(h -> h.createQuery("SELECT kind, name, " + day + " AS local_day, COUNT(*) AS n "
                        + "FROM statistics_point WHERE statistics_id = :sid AND epoch_minute >= :from AND epoch_minute < :to "
                        + "GROUP BY kind, name, " + day)
                .bind("sid", statisticsId.value())
                .bind("from", Minute.of(from).epochMinute())
                .bind("to", Minute.of(to).epochMinute())
                .map((rs, ctx) -> {
                    LocalDate date = LocalDate.ofEpochDay(rs.getLong("local_day"));
                    DayTotals totals = days.getOrDefault(date, DayTotals.NONE);
                    int n = rs.getInt("n");
                    String name = rs.getString("name");
                    days.put(date, PointColumns.ACTION.equals(rs.getString("kind"))
                            ? totals.withAction(StatisticsAction.fromWireName(name), n)
                            : totals.withMinutes(Activity.fromWireName(name), n));
                    return date;
                })
                .list());
        return days;
    }

    /**
     * The SQL for a row's local day (days since 1970-01-01): its UTC second plus the offset in force at that minute,
     * divided by the seconds of a day. The numbers are computed here, not bound, so the expression reads the same
     * in the select list and the GROUP BY.
     */
    private static String localDay(List<OffsetSpan> spans) {
        StringBuilder offset = new StringBuilder();
        if (spans.size() == 1) {
            offset.append(spans.getFirst().offsetSeconds());
        } else {
            offset.append("CASE");
            for (int i = 0; i < spans.size() - 1; i++) {
                offset.append(" WHEN epoch_minute < ").append(spans.get(i).toMinute()).append(" THEN ")
                        .append(spans.get(i).offsetSeconds());
            }
            offset.append(" ELSE ").append(spans.getLast().offsetSeconds()).append(" END");
        }
        return "FLOOR((epoch_minute * 60 + " + offset + ") / 86400)";
    }

    @Override
    public long forget(StatisticsId statisticsId) {
        return db.withHandle(h -> h.createUpdate("DELETE FROM statistics_point WHERE statistics_id = :sid")
                .bind("sid", statisticsId.value())
                .execute());
    }

    /** Deletes up to {@code limit} points recorded in minutes before {@code cutoff}, oldest first. */
    @Override
    public int deleteExpired(Instant cutoff, int limit) {
        return db.inTransaction(() -> db.withHandle(h -> {
            List<Map<String, Object>> keys = h.createQuery("SELECT statistics_id, epoch_minute, kind, name, point_number "
                            + "FROM statistics_point WHERE epoch_minute < :cutoff ORDER BY epoch_minute LIMIT :limit")
                    .bind("cutoff", Minute.of(cutoff).epochMinute())
                    .bind("limit", limit)
                    .mapToMap()
                    .list();
            if (keys.isEmpty()) {
                return 0;
            }
            PreparedBatch delete = h.prepareBatch("DELETE FROM statistics_point WHERE statistics_id = :statistics_id "
                    + "AND epoch_minute = :epoch_minute AND kind = :kind AND name = :name AND point_number = :point_number");
            keys.forEach(key -> delete.bindMap(key).add());
            return java.util.Arrays.stream(delete.execute()).sum();
        }));
    }
}
