package io.cockpit.adapters.mysql.statistics;

import io.cockpit.adapters.mysql.JdbiTransactions;
import io.cockpit.application.port.out.register.ExpiringPersonalData;
import io.cockpit.application.port.out.statistics.OutboxEntry;
import io.cockpit.application.port.out.statistics.OutboxEntry.HeldForgetting;
import io.cockpit.application.port.out.statistics.OutboxEntry.HeldPoint;
import io.cockpit.application.port.out.statistics.StatisticsOutbox;
import io.cockpit.domain.account.StatisticsId;
import io.cockpit.domain.statistics.Minute;
import io.cockpit.domain.statistics.StatisticsPersonalData;
import io.cockpit.domain.statistics.StatisticsPoint;
import org.jdbi.v3.core.statement.PreparedBatch;

import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The statistics outbox in {@code statistics_outbox}: the auto-increment id is the order of arrival. Held points past
 * the retention (InfluxDB away that long) are deleted by the retention job; held orders to forget stay until carried
 * out.
 */
public final class JdbiStatisticsOutbox implements StatisticsOutbox, ExpiringPersonalData {

    private static final String FORGET = "f";

    private final JdbiTransactions db;

    public JdbiStatisticsOutbox(JdbiTransactions db) {
        this.db = db;
    }

    @Override
    public void hold(List<StatisticsPoint> points) {
        if (points.isEmpty()) {
            return;
        }
        db.withHandle(h -> {
            PreparedBatch batch = h.prepareBatch("INSERT INTO statistics_outbox (statistics_id, kind, name, epoch_minute, "
                    + "point_number) VALUES (:sid, :kind, :name, :minute, :number)");
            for (StatisticsPoint point : points) {
                batch.bind("sid", point.statisticsId().value())
                        .bind("kind", PointColumns.kind(point))
                        .bind("name", PointColumns.name(point))
                        .bind("minute", point.minute().epochMinute())
                        .bind("number", PointColumns.pointNumber(point))
                        .add();
            }
            return batch.execute();
        });
    }

    @Override
    public long holdForgetting(StatisticsId statisticsId) {
        return db.withHandle(h -> h.createUpdate("INSERT INTO statistics_outbox (statistics_id, kind) "
                        + "VALUES (:sid, '" + FORGET + "')")
                .bind("sid", statisticsId.value())
                .executeAndReturnGeneratedKeys("id")
                .mapTo(Long.class)
                .one());
    }

    @Override
    public int discard(StatisticsId statisticsId) {
        return db.withHandle(h -> h.createUpdate("DELETE FROM statistics_outbox WHERE statistics_id = :sid "
                        + "AND kind <> '" + FORGET + "'")
                .bind("sid", statisticsId.value())
                .execute());
    }

    @Override
    public List<OutboxEntry> oldest(int limit) {
        return db.withHandle(h -> h.createQuery("SELECT id, statistics_id, kind, name, epoch_minute, point_number "
                        + "FROM statistics_outbox ORDER BY id LIMIT :limit")
                .bind("limit", limit)
                .map((rs, ctx) -> FORGET.equals(rs.getString("kind"))
                        ? (OutboxEntry) new HeldForgetting(rs.getLong("id"), new StatisticsId(rs.getString("statistics_id")))
                        : new HeldPoint(rs.getLong("id"), PointColumns.point(rs.getString("statistics_id"),
                        rs.getString("kind"), rs.getString("name"), rs.getLong("epoch_minute"), rs.getLong("point_number"))))
                .list());
    }

    @Override
    public Set<Long> remove(List<Long> ids) {
        Set<Long> removed = new HashSet<>();
        // ids are numbers, written into the statement; chunks keep it short. The rows are locked first, so a
        // discard that runs at the same time either removed them before (not found) or waits
        for (int from = 0; from < ids.size(); from += 1000) {
            String list = ids.subList(from, Math.min(ids.size(), from + 1000)).stream().map(String::valueOf)
                    .collect(java.util.stream.Collectors.joining(","));
            removed.addAll(db.inTransaction(() -> db.withHandle(h -> {
                List<Long> found = h.createQuery("SELECT id FROM statistics_outbox WHERE id IN (" + list + ") "
                        + "FOR UPDATE").mapTo(Long.class).list();
                h.createUpdate("DELETE FROM statistics_outbox WHERE id IN (" + list + ")").execute();
                return found;
            })));
        }
        return removed;
    }

    @Override
    public String category() {
        return StatisticsPersonalData.STATISTICS.id();
    }

    /** Deletes up to {@code limit} held points of minutes before {@code cutoff}, oldest first. */
    @Override
    public int deleteExpired(Instant cutoff, int limit) {
        List<Long> ids = db.withHandle(h -> h.createQuery("SELECT id FROM statistics_outbox WHERE kind <> '" + FORGET
                        + "' AND epoch_minute < :cutoff ORDER BY id LIMIT :limit")
                .bind("cutoff", Minute.of(cutoff).epochMinute())
                .bind("limit", limit)
                .mapTo(Long.class)
                .list());
        remove(ids);
        return ids.size();
    }

    @Override
    public long size() {
        return db.withHandle(h -> h.createQuery("SELECT COUNT(*) FROM statistics_outbox").mapTo(Long.class).one());
    }
}
