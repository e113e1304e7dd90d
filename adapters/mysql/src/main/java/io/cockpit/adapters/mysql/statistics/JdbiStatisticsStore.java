package io.cockpit.adapters.mysql.statistics;

import io.cockpit.adapters.mysql.JdbiTransactions;
import io.cockpit.application.port.out.register.ExpiringPersonalData;
import io.cockpit.application.port.out.statistics.StatisticsStore;
import io.cockpit.domain.account.StatisticsId;
import io.cockpit.domain.register.StoreKind;
import io.cockpit.domain.settings.StatisticsAction;
import io.cockpit.domain.statistics.DailyCounts;
import io.cockpit.domain.statistics.DayRange;
import io.cockpit.domain.statistics.DayTotals;
import io.cockpit.domain.statistics.LocalDays;
import io.cockpit.domain.statistics.LocalDays.OffsetSpan;
import io.cockpit.domain.statistics.Minute;
import io.cockpit.domain.statistics.StatisticsPersonalData;
import io.cockpit.domain.statistics.StatisticsPoint;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.PreparedBatch;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.LongPredicate;

import static io.cockpit.adapters.mysql.statistics.PackedPoints.MINUTES_PER_DAY;

/**
 * The embedded mode's statistics store: {@code statistics_chunk}, one row per intake and UTC day with the points packed
 * ({@link PackedPoints}), keyed by Statistics-ID and day, so that a user's range is one index range and an intake of
 * 1,000 points is one or two rows. A point written again lands in another chunk of its day and is counted once when
 * read. Points older than the retention are deleted by the retention job.
 */
public final class JdbiStatisticsStore implements StatisticsStore, ExpiringPersonalData {

    /** At most this many points in one chunk (16,000 bytes). */
    static final int CHUNK_POINTS = 2000;

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

    /** One chunk per Statistics-ID and UTC day of the points (more if a day has more than {@link #CHUNK_POINTS}). */
    @Override
    public void append(List<StatisticsPoint> points) {
        if (points.isEmpty()) {
            return;
        }
        // Statistics-ID -> UTC day -> packed points; an intake is one Statistics-ID and a day or two
        Map<String, TreeMap<Long, LongList>> chunks = new TreeMap<>();
        for (StatisticsPoint point : points) {
            chunks.computeIfAbsent(point.statisticsId().value(), sid -> new TreeMap<>())
                    .computeIfAbsent(PackedPoints.epochDay(point), day -> new LongList())
                    .add(PackedPoints.of(point));
        }
        db.withHandle(h -> {
            PreparedBatch insert = h.prepareBatch("INSERT INTO statistics_chunk (statistics_id, epoch_day, chunk, "
                    + "first_minute, point_count, packed) VALUES (:sid, :day, :chunk, :first, :count, :packed)");
            chunks.forEach((sid, days) -> days.forEach((day, list) -> {
                int size = PackedPoints.sortDistinct(list.values, list.size);
                for (int from = 0; from < size; from += CHUNK_POINTS) {
                    addChunk(insert, sid, day, list.values, from, Math.min(size, from + CHUNK_POINTS));
                }
            }));
            return insert.execute();
        });
    }

    /** A growable array of packed points. */
    private static final class LongList {
        long[] values = new long[64];
        int size;

        void add(long value) {
            if (size == values.length) {
                values = Arrays.copyOf(values, 2 * size);
            }
            values[size++] = value;
        }
    }

    private static void addChunk(PreparedBatch insert, String statisticsId, long epochDay, long[] points, int from,
                                 int to) {
        insert.bind("sid", statisticsId)
                .bind("day", epochDay)
                .bind("chunk", ThreadLocalRandom.current().nextLong())
                .bind("first", epochDay * MINUTES_PER_DAY + PackedPoints.minuteOfDay(points[from]))
                .bind("count", to - from)
                .bind("packed", PackedPoints.bytes(points, from, to))
                .add();
    }

    /**
     * The chunks of the UTC days that overlap the range are read in day order and counted here: a local day is the
     * minute plus the zone's offset in force then (a daylight-saving change splits the range into spans). A day with
     * several chunks is merged first, so that a point stored twice counts once.
     */
    @Override
    public Map<LocalDate, DayTotals> daily(StatisticsId statisticsId, ZoneId zone, DayRange range) {
        Instant from = range.start(zone);
        Instant to = range.end(zone);
        long fromMinute = Minute.of(from).epochMinute();
        long toMinute = Minute.of(to).epochMinute();
        DayCounter counter = new DayCounter(LocalDays.offsetSpans(zone, from, to), fromMinute, toMinute,
                new DailyCounts(range));
        db.withHandle(h -> h.createQuery("SELECT epoch_day, packed FROM statistics_chunk "
                        + "WHERE statistics_id = :sid AND epoch_day >= :from AND epoch_day <= :to ORDER BY epoch_day")
                .bind("sid", statisticsId.value())
                .bind("from", Math.floorDiv(fromMinute, MINUTES_PER_DAY))
                .bind("to", Math.floorDiv(toMinute - 1, MINUTES_PER_DAY))
                .reduceResultSet(counter, (c, rs, ctx) -> c.add(rs.getLong(1), rs.getBytes(2))));
        return counter.finish().days();
    }

    /** Merges the chunks of one UTC day after the other and adds their points to the local days. */
    private static final class DayCounter {
        private final List<OffsetSpan> spans;
        private final long fromMinute;
        private final long toMinute;
        private final DailyCounts counts;
        private long day = Long.MIN_VALUE;
        private long[] points = new long[0];
        private int size;
        private int chunks;

        DayCounter(List<OffsetSpan> spans, long fromMinute, long toMinute, DailyCounts counts) {
            this.spans = spans;
            this.fromMinute = fromMinute;
            this.toMinute = toMinute;
            this.counts = counts;
        }

        DayCounter add(long epochDay, byte[] packed) {
            if (epochDay != day) {
                count();
                day = epochDay;
            }
            long[] more = PackedPoints.points(packed);
            if (size + more.length > points.length) {
                points = Arrays.copyOf(points, Math.max(2 * points.length, size + more.length));
            }
            System.arraycopy(more, 0, points, size, more.length);
            size += more.length;
            chunks++;
            return this;
        }

        DailyCounts finish() {
            count();
            return counts;
        }

        private void count() {
            int distinct = chunks > 1 ? PackedPoints.sortDistinct(points, size) : size;
            for (int i = 0; i < distinct; i++) {
                long minute = day * MINUTES_PER_DAY + PackedPoints.minuteOfDay(points[i]);
                if (minute < fromMinute || minute >= toMinute) {
                    continue;
                }
                long localDay = spanOf(minute).epochDay(minute);
                StatisticsAction action = PackedPoints.action(points[i]);
                if (action != null) {
                    counts.addAction(localDay, action, 1);
                } else {
                    counts.addMinutes(localDay, PackedPoints.activity(points[i]), 1);
                }
            }
            size = 0;
            chunks = 0;
        }

        private OffsetSpan spanOf(long minute) {
            for (int i = 0; i < spans.size() - 1; i++) {
                if (minute < spans.get(i).toMinute()) {
                    return spans.get(i);
                }
            }
            return spans.getLast();
        }
    }

    /** Counts the distinct points of the Statistics-ID (a point stored twice is one) and deletes its chunks. */
    @Override
    public long forget(StatisticsId statisticsId) {
        return db.inTransaction(() -> db.withHandle(h -> {
            long[] distinct = new long[]{0};
            DayMerge merge = new DayMerge((day, points, size) -> distinct[0] += size);
            h.createQuery("SELECT epoch_day, packed FROM statistics_chunk WHERE statistics_id = :sid "
                            + "ORDER BY epoch_day")
                    .bind("sid", statisticsId.value())
                    .reduceResultSet(merge, (m, rs, ctx) -> m.add(rs.getLong(1), rs.getBytes(2)))
                    .finish();
            h.createUpdate("DELETE FROM statistics_chunk WHERE statistics_id = :sid")
                    .bind("sid", statisticsId.value())
                    .execute();
            return distinct[0];
        }));
    }

    /** The distinct points of each UTC day, one day after the other. */
    private static final class DayMerge {
        interface Sink {
            void day(long epochDay, long[] points, int size);
        }

        private final Sink sink;
        private long day = Long.MIN_VALUE;
        private long[] points = new long[0];
        private int size;

        DayMerge(Sink sink) {
            this.sink = sink;
        }

        DayMerge add(long epochDay, byte[] packed) {
            if (epochDay != day) {
                finish();
                day = epochDay;
            }
            long[] more = PackedPoints.points(packed);
            points = Arrays.copyOf(points, Math.max(points.length, size + more.length));
            System.arraycopy(more, 0, points, size, more.length);
            size += more.length;
            return this;
        }

        void finish() {
            if (size > 0) {
                sink.day(day, points, PackedPoints.sortDistinct(points, size));
            }
            size = 0;
        }
    }

    /** The oldest chunks first (by day, then their oldest point), and the oldest points of a chunk first. */
    @Override
    public int forget(StatisticsId statisticsId, int limit) {
        if (limit < 1) {
            throw new IllegalArgumentException("forget at least one point: " + limit);
        }
        return trimChunks("WHERE statistics_id = :sid ORDER BY epoch_day, first_minute LIMIT :limit",
                Map.of("sid", statisticsId.value(), "limit", limit), limit, minute -> true);
    }

    /** Deletes up to {@code limit} points recorded in minutes before {@code cutoff}, oldest chunks first. */
    @Override
    public int deleteExpired(Instant cutoff, int limit) {
        long cutoffMinute = Minute.of(cutoff).epochMinute();
        return trimChunks("WHERE first_minute < :cutoff ORDER BY first_minute LIMIT :limit",
                Map.of("cutoff", cutoffMinute, "limit", limit), limit, minute -> minute < cutoffMinute);
    }

    private record Chunk(String statisticsId, long epochDay, long chunk, long[] points) {
    }

    /**
     * Removes from the chunks {@code which} selects their leading (oldest) points that {@code due} accepts, up to
     * {@code limit} points in all: a chunk left empty is deleted, one with points left is rewritten.
     */
    private int trimChunks(String which, Map<String, Object> arguments, int limit, LongPredicate due) {
        return db.inTransaction(() -> db.withHandle(h -> {
            List<Chunk> chunks = h.createQuery("SELECT statistics_id, epoch_day, chunk, packed FROM statistics_chunk "
                            + which)
                    .bindMap(arguments)
                    .map((rs, ctx) -> new Chunk(rs.getString(1), rs.getLong(2), rs.getLong(3),
                            PackedPoints.points(rs.getBytes(4))))
                    .list();
            int removed = 0;
            for (Chunk chunk : chunks) {
                int remove = 0;
                while (remove < chunk.points().length && removed + remove < limit
                        && due.test(chunk.epochDay() * MINUTES_PER_DAY
                        + PackedPoints.minuteOfDay(chunk.points()[remove]))) {
                    remove++;
                }
                if (remove > 0) {
                    trim(h, chunk, remove);
                    removed += remove;
                }
            }
            return removed;
        }));
    }

    private static void trim(Handle h, Chunk chunk, int remove) {
        long[] points = chunk.points();
        if (remove == points.length) {
            h.createUpdate("DELETE FROM statistics_chunk WHERE statistics_id = :sid AND epoch_day = :day "
                            + "AND chunk = :chunk")
                    .bind("sid", chunk.statisticsId()).bind("day", chunk.epochDay()).bind("chunk", chunk.chunk())
                    .execute();
            return;
        }
        h.createUpdate("UPDATE statistics_chunk SET first_minute = :first, point_count = :count, packed = :packed "
                        + "WHERE statistics_id = :sid AND epoch_day = :day AND chunk = :chunk")
                .bind("first", chunk.epochDay() * MINUTES_PER_DAY + PackedPoints.minuteOfDay(points[remove]))
                .bind("count", points.length - remove)
                .bind("packed", PackedPoints.bytes(points, remove, points.length))
                .bind("sid", chunk.statisticsId()).bind("day", chunk.epochDay()).bind("chunk", chunk.chunk())
                .execute();
    }

    /**
     * Moves up to {@code limit} points of the one-row-per-point table of before ({@code statistics_point}) into
     * chunks, and says how many it moved (0: none is left). Run at start until it answers 0.
     */
    public int moveLegacyPoints(int limit) {
        return db.inTransaction(() -> db.withHandle(h -> {
            List<Map<String, Object>> keys = h.createQuery("SELECT statistics_id, epoch_minute, kind, name, "
                            + "point_number FROM statistics_point ORDER BY statistics_id, epoch_minute LIMIT :limit")
                    .bind("limit", limit)
                    .mapToMap()
                    .list();
            if (keys.isEmpty()) {
                return 0;
            }
            append(keys.stream().map(key -> PointColumns.point((String) key.get("statistics_id"),
                    (String) key.get("kind"), (String) key.get("name"), ((Number) key.get("epoch_minute")).longValue(),
                    ((Number) key.get("point_number")).longValue())).toList());
            PreparedBatch delete = h.prepareBatch("DELETE FROM statistics_point WHERE statistics_id = :statistics_id "
                    + "AND epoch_minute = :epoch_minute AND kind = :kind AND name = :name AND point_number = :point_number");
            keys.forEach(key -> delete.bindMap(key).add());
            return Arrays.stream(delete.execute()).sum();
        }));
    }
}
