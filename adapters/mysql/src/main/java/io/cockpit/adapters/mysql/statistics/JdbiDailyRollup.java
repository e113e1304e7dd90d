package io.cockpit.adapters.mysql.statistics;

import io.cockpit.adapters.mysql.BatchDelete;
import io.cockpit.adapters.mysql.JdbiTransactions;
import io.cockpit.application.port.out.register.ExpiringPersonalData;
import io.cockpit.application.port.out.statistics.DailyRollup;
import io.cockpit.application.port.out.statistics.RolledUpDays;
import io.cockpit.domain.account.StatisticsId;
import io.cockpit.domain.settings.StatisticsAction;
import io.cockpit.domain.statistics.Activity;
import io.cockpit.domain.statistics.DayRange;
import io.cockpit.domain.statistics.DayTotals;
import io.cockpit.domain.statistics.MinutesOfDay;
import io.cockpit.domain.statistics.RollupDay;
import io.cockpit.domain.statistics.RollupMarker;
import io.cockpit.domain.statistics.StatisticsPersonalData;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.Update;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The daily rollup in {@code statistics_rollup_day}, one row per Statistics-ID and local day with a column per action
 * (its count) and per activity (its minutes as a bit set), and {@code statistics_rollup_marker}. An intake's days are
 * one multi-row upsert: counts are added in SQL, minute sets are joined here from the rows read first (the locked
 * marker keeps other intakes of the Statistics-ID out meanwhile; the read locks the rows, so that it sees the latest
 * ones and not the transaction's snapshot).
 */
public final class JdbiDailyRollup implements DailyRollup, ExpiringPersonalData {

    private static final String ACTIONS = Arrays.stream(StatisticsAction.values()).map(StatisticsAction::wireName)
            .collect(Collectors.joining(", "));
    private static final String MINUTES = Arrays.stream(Activity.values()).map(JdbiDailyRollup::column)
            .collect(Collectors.joining(", "));
    private static final String UPSERT_SET = Arrays.stream(StatisticsAction.values())
            .map(a -> a.wireName() + " = " + a.wireName() + " + VALUES(" + a.wireName() + ")")
            .collect(Collectors.joining(", ")) + ", " + Arrays.stream(Activity.values())
            .map(a -> column(a) + " = COALESCE(VALUES(" + column(a) + "), " + column(a) + ")")
            .collect(Collectors.joining(", "));
    /** A day's row is kept one day past the retention: a local day ends up to 14 hours after the UTC day. */
    private static final BatchDelete EXPIRED = new BatchDelete("statistics_rollup_day",
            List.of("statistics_id", "local_day"), "local_day < :before", "local_day");
    /** A marker whose Statistics-ID is in no account (a clean-up that did not finish, or an old node's withdrawal). */
    private static final String ORPHANED_MARKER = "NOT EXISTS (SELECT 1 FROM account a "
            + "WHERE a.statistics_id = statistics_rollup_marker.statistics_id)";
    private static final BatchDelete ORPHANED_DAYS = new BatchDelete("statistics_rollup_day",
            List.of("statistics_id", "local_day"), "statistics_id IN (SELECT statistics_id FROM statistics_rollup_marker "
            + "WHERE " + ORPHANED_MARKER + ")", "statistics_id, local_day");
    private static final BatchDelete ORPHANED_MARKERS = BatchDelete.byKey("statistics_rollup_marker", "statistics_id",
            ORPHANED_MARKER, "statistics_id");

    private final JdbiTransactions db;

    public JdbiDailyRollup(JdbiTransactions db) {
        this.db = db;
    }

    private static String column(Activity activity) {
        return activity.wireName() + "_minutes";
    }

    @Override
    public String category() {
        return StatisticsPersonalData.STATISTICS.id();
    }

    @Override
    public void issued(StatisticsId statisticsId) {
        db.inTransaction(() -> db.withHandle(h -> h.createUpdate(
                        "INSERT INTO statistics_rollup_marker (statistics_id, time_zone, complete_from) "
                                + "VALUES (:sid, NULL, NULL)")
                .bind("sid", statisticsId.value())
                .execute()));
    }

    @Override
    public RollupMarker lock(StatisticsId statisticsId, RollupMarker fresh, RollupMarker older) {
        return db.inTransaction(() -> db.withHandle(h -> {
            for (int attempt = 1; ; attempt++) {
                Optional<Optional<RollupMarker>> row = lockedRow(h, statisticsId, older);
                if (row.isPresent()) {
                    if (row.get().isPresent()) {
                        return row.get().get();
                    }
                    keep(h, statisticsId, fresh);
                    return fresh;
                }
                // a withdrawal forgot the marker between the two statements (H2 locks no row the upsert left alone);
                // the intake notices the replaced Statistics-ID after its write and forgets it again
                if (attempt == 3) {
                    throw new IllegalStateException("the rollup marker of a Statistics-ID vanished three times");
                }
            }
        }));
    }

    /** Writes the older marker unless there is one, and locks the row; empty if it vanished meanwhile. */
    private static Optional<Optional<RollupMarker>> lockedRow(Handle h, StatisticsId statisticsId,
                                                              RollupMarker older) {
        // a Statistics-ID without a marker gets the older one; an existing marker is locked exclusively
        h.createUpdate("INSERT INTO statistics_rollup_marker (statistics_id, time_zone, complete_from) "
                        + "VALUES (:sid, :zone, :from) ON DUPLICATE KEY UPDATE statistics_id = statistics_id")
                .bind("sid", statisticsId.value())
                .bind("zone", older.zone().getId())
                .bind("from", older.completeFrom().map(LocalDate::toEpochDay).orElse(null))
                .execute();
        return h.createQuery("SELECT time_zone, complete_from FROM statistics_rollup_marker "
                        + "WHERE statistics_id = :sid FOR UPDATE")
                .bind("sid", statisticsId.value())
                .map((rs, ctx) -> marker(rs))
                .findOne();
    }

    /** The marker of the row; empty while time_zone is NULL (a fresh Statistics-ID no intake has seen yet). */
    private static Optional<RollupMarker> marker(ResultSet rs) throws SQLException {
        String zone = rs.getString("time_zone");
        long from = rs.getLong("complete_from");
        Optional<LocalDate> completeFrom = rs.wasNull() ? Optional.empty() : Optional.of(LocalDate.ofEpochDay(from));
        return zone == null ? Optional.empty() : Optional.of(new RollupMarker(ZoneId.of(zone), completeFrom));
    }

    private static void keep(Handle h, StatisticsId statisticsId, RollupMarker marker) {
        h.createUpdate("UPDATE statistics_rollup_marker SET time_zone = :zone, complete_from = :from "
                        + "WHERE statistics_id = :sid")
                .bind("zone", marker.zone().getId())
                .bind("from", marker.completeFrom().map(LocalDate::toEpochDay).orElse(null))
                .bind("sid", statisticsId.value())
                .execute();
    }

    @Override
    public void restart(StatisticsId statisticsId, RollupMarker marker) {
        db.inTransaction(() -> db.withHandle(h -> {
            h.createUpdate("DELETE FROM statistics_rollup_day WHERE statistics_id = :sid")
                    .bind("sid", statisticsId.value())
                    .execute();
            keep(h, statisticsId, marker);
            return null;
        }));
    }

    @Override
    public void add(StatisticsId statisticsId, List<RollupDay> days) {
        if (days.isEmpty()) {
            return;
        }
        db.inTransaction(() -> db.withHandle(h -> {
            Map<Long, RollupDay> joined = joinMinutes(h, statisticsId, days);
            StringBuilder sql = new StringBuilder("INSERT INTO statistics_rollup_day (statistics_id, local_day, ")
                    .append(ACTIONS).append(", ").append(MINUTES).append(") VALUES ");
            for (int row = 0; row < days.size(); row++) {
                sql.append(row == 0 ? "" : ", ").append("(:sid, :day").append(row);
                for (StatisticsAction action : StatisticsAction.values()) {
                    sql.append(", :a").append(row).append('_').append(action.ordinal());
                }
                for (Activity activity : Activity.values()) {
                    sql.append(", :m").append(row).append('_').append(activity.ordinal());
                }
                sql.append(')');
            }
            Update upsert = h.createUpdate(sql.append(" ON DUPLICATE KEY UPDATE ").append(UPSERT_SET).toString())
                    .bind("sid", statisticsId.value());
            for (int row = 0; row < days.size(); row++) {
                RollupDay day = days.get(row);
                RollupDay whole = joined.get(day.date().toEpochDay());
                upsert.bind("day" + row, day.date().toEpochDay());
                for (StatisticsAction action : StatisticsAction.values()) {
                    upsert.bind("a" + row + "_" + action.ordinal(), day.actions().get(action));
                }
                for (Activity activity : Activity.values()) {
                    boolean changed = day.minutes().get(activity).count() > 0;
                    upsert.bind("m" + row + "_" + activity.ordinal(),
                            changed ? whole.minutes().get(activity).bytes() : null);
                }
            }
            return upsert.execute();
        }));
    }

    /** The days with minutes, their minute sets joined with those kept (days without minutes are not needed). */
    private static Map<Long, RollupDay> joinMinutes(Handle h, StatisticsId statisticsId, List<RollupDay> days) {
        Map<Long, RollupDay> joined = new HashMap<>();
        days.stream().filter(RollupDay::hasMinutes).forEach(day -> joined.put(day.date().toEpochDay(), day));
        if (joined.isEmpty()) {
            return joined;
        }
        h.createQuery("SELECT local_day, " + MINUTES + " FROM statistics_rollup_day WHERE statistics_id = :sid "
                        + "AND local_day >= :first AND local_day <= :last FOR UPDATE")
                .bind("sid", statisticsId.value())
                .bind("first", joined.keySet().stream().mapToLong(Long::longValue).min().orElseThrow())
                .bind("last", joined.keySet().stream().mapToLong(Long::longValue).max().orElseThrow())
                .map((rs, ctx) -> {
                    Map<Activity, MinutesOfDay> kept = new EnumMap<>(Activity.class);
                    for (Activity activity : Activity.values()) {
                        kept.put(activity, minutes(rs, activity));
                    }
                    return new RollupDay(LocalDate.ofEpochDay(rs.getLong("local_day")), Map.of(), kept);
                })
                .forEach(kept -> joined.computeIfPresent(kept.date().toEpochDay(), (day, added) -> added.plus(kept)));
        return joined;
    }

    @Override
    public Optional<RollupMarker> marker(StatisticsId statisticsId) {
        return db.withHandle(h -> h.createQuery("SELECT time_zone, complete_from FROM statistics_rollup_marker "
                        + "WHERE statistics_id = :sid")
                .bind("sid", statisticsId.value())
                .map((rs, ctx) -> marker(rs))
                .findOne()
                .flatMap(marker -> marker));
    }

    @Override
    public Map<LocalDate, DayTotals> daily(StatisticsId statisticsId, DayRange range) {
        return db.withHandle(h -> h.createQuery("SELECT local_day, " + ACTIONS + ", " + MINUTES
                        + " FROM statistics_rollup_day WHERE statistics_id = :sid AND local_day >= :from "
                        + "AND local_day <= :to")
                .bind("sid", statisticsId.value())
                .bind("from", range.from().toEpochDay())
                .bind("to", range.to().toEpochDay())
                .reduceResultSet(new HashMap<LocalDate, DayTotals>(), (days, rs, ctx) -> {
                    DayTotals totals = totals(rs);
                    if (!totals.isEmpty()) {
                        days.put(LocalDate.ofEpochDay(rs.getLong("local_day")), totals);
                    }
                    return days;
                }));
    }

    /** One statement: the marker's row with the range's days joined to it (a day is kept only under a marker). */
    @Override
    public RolledUpDays rolledUp(StatisticsId statisticsId, DayRange range) {
        return db.withHandle(h -> {
            Map<LocalDate, DayTotals> days = new HashMap<>();
            Optional<RollupMarker> marker = h.createQuery("SELECT m.time_zone, m.complete_from, d.local_day, "
                            + ACTIONS + ", " + MINUTES + " FROM statistics_rollup_marker m "
                            + "LEFT JOIN statistics_rollup_day d ON d.statistics_id = m.statistics_id "
                            + "AND d.local_day >= :from AND d.local_day <= :to WHERE m.statistics_id = :sid")
                    .bind("sid", statisticsId.value())
                    .bind("from", range.from().toEpochDay())
                    .bind("to", range.to().toEpochDay())
                    .reduceResultSet(Optional.<RollupMarker>empty(), (found, rs, ctx) -> {
                        long day = rs.getLong("local_day");
                        if (!rs.wasNull()) {
                            DayTotals totals = totals(rs);
                            if (!totals.isEmpty()) {
                                days.put(LocalDate.ofEpochDay(day), totals);
                            }
                        }
                        return marker(rs);
                    });
            return new RolledUpDays(marker, days);
        });
    }

    private static DayTotals totals(ResultSet rs) throws SQLException {
        Map<StatisticsAction, Integer> actions = new EnumMap<>(StatisticsAction.class);
        for (StatisticsAction action : StatisticsAction.values()) {
            actions.put(action, rs.getInt(action.wireName()));
        }
        Map<Activity, Integer> minutes = new EnumMap<>(Activity.class);
        for (Activity activity : Activity.values()) {
            minutes.put(activity, minutes(rs, activity).count());
        }
        return new DayTotals(actions, minutes);
    }

    /** The activity's minute set of the row (none while its column is NULL). */
    private static MinutesOfDay minutes(ResultSet rs, Activity activity) throws SQLException {
        byte[] bits = rs.getBytes(column(activity));
        return bits == null ? MinutesOfDay.none() : MinutesOfDay.of(bits);
    }

    @Override
    public int forget(StatisticsId statisticsId) {
        return db.inTransaction(() -> db.withHandle(h ->
                h.createUpdate("DELETE FROM statistics_rollup_day WHERE statistics_id = :sid")
                        .bind("sid", statisticsId.value()).execute()
                        + h.createUpdate("DELETE FROM statistics_rollup_marker WHERE statistics_id = :sid")
                        .bind("sid", statisticsId.value()).execute()));
    }

    /**
     * Deletes up to {@code limit} rows: days that ended more than a day before the UTC day of {@code cutoff}, then the
     * days and the markers of Statistics-IDs that are in no account (left when a withdrawal's or erasure's clean-up
     * did not finish, or by a withdrawal on a node without the rollup).
     */
    @Override
    public int deleteExpired(Instant cutoff, int limit) {
        long before = LocalDate.ofInstant(cutoff, ZoneOffset.UTC).minusDays(1).toEpochDay();
        int deleted = EXPIRED.run(db, Map.of("before", before), limit);
        if (deleted < limit) {
            deleted += ORPHANED_DAYS.run(db, Map.of(), limit - deleted);
        }
        if (deleted < limit) {
            deleted += ORPHANED_MARKERS.run(db, Map.of(), limit - deleted);
        }
        return deleted;
    }
}
