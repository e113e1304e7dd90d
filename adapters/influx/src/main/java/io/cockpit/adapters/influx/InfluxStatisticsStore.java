package io.cockpit.adapters.influx;

import io.cockpit.application.port.out.statistics.StatisticsStore;
import io.cockpit.application.port.out.statistics.StatisticsStoreUnavailable;
import io.cockpit.domain.account.StatisticsId;
import io.cockpit.domain.register.StoreKind;
import io.cockpit.domain.settings.StatisticsAction;
import io.cockpit.domain.statistics.Activity;
import io.cockpit.domain.statistics.DailyCounts;
import io.cockpit.domain.statistics.DayRange;
import io.cockpit.domain.statistics.DayTotals;
import io.cockpit.domain.statistics.LocalDays;
import io.cockpit.domain.statistics.LocalDays.OffsetSpan;
import io.cockpit.domain.statistics.StatisticsPoint;
import io.cockpit.domain.statistics.StatisticsPoint.ActionPoint;
import io.cockpit.domain.statistics.StatisticsPoint.ActivityMinute;
import okhttp3.OkHttpClient;
import org.influxdb.InfluxDB;
import org.influxdb.InfluxDBException;
import org.influxdb.InfluxDBFactory;
import org.influxdb.dto.BatchPoints;
import org.influxdb.dto.Point;
import org.influxdb.dto.Query;
import org.influxdb.dto.QueryResult;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * The production statistics store on InfluxDB, through its v1 HTTP API. Measurement {@code actions} (tags {@code sid},
 * {@code action}; field {@code n = 1}) and {@code activities} (tags {@code sid}, {@code activity}; field
 * {@code m = 1}), written to a 365-day retention policy. A point's timestamp is its UTC minute; an action adds its
 * random point number as nanoseconds, so two actions of one minute are two points and a point written again
 * overwrites itself. Nothing else about the person is written. Days are bucketed by InfluxDB (local days, 23 or 25
 * hours across a daylight-saving change).
 */
public final class InfluxStatisticsStore implements StatisticsStore, AutoCloseable {

    static final String ACTIONS = "actions";
    static final String ACTIVITIES = "activities";
    private static final long NANOS_PER_MINUTE = 60_000_000_000L;

    private final InfluxDB influx;
    private final InfluxSettings settings;

    private InfluxStatisticsStore(InfluxDB influx, InfluxSettings settings) {
        this.influx = influx;
        this.settings = settings;
    }

    /** Connects, and creates or checks the database and the 365-day retention policy. */
    public static InfluxStatisticsStore open(InfluxSettings settings) {
        InfluxDB influx = connect(settings);
        try {
            InfluxSchema.ensure(influx, settings);
            return new InfluxStatisticsStore(influx, settings);
        } catch (RuntimeException e) {
            influx.close();
            throw new IllegalStateException("cannot set up the statistics store on InfluxDB at " + settings.url()
                    + ": " + e.getMessage(), e);
        }
    }

    /** Connects without touching the schema (tests of a server that is away). */
    static InfluxStatisticsStore openWithoutSchema(InfluxSettings settings) {
        return new InfluxStatisticsStore(connect(settings), settings);
    }

    private static InfluxDB connect(InfluxSettings settings) {
        OkHttpClient.Builder http = new OkHttpClient.Builder()
                .connectTimeout(Duration.ofSeconds(2))
                .readTimeout(Duration.ofSeconds(20))
                .writeTimeout(Duration.ofSeconds(20));
        return settings.username().isPresent()
                ? InfluxDBFactory.connect(settings.url(), settings.username().get(), settings.password(), http)
                : InfluxDBFactory.connect(settings.url(), http);
    }

    @Override
    public StoreKind kind() {
        return StoreKind.STATISTICS;
    }

    /** For readiness: whether InfluxDB answers a ping. */
    public boolean answers() {
        try {
            return influx.ping().isGood();
        } catch (RuntimeException e) {
            return false;
        }
    }

    @Override
    public void append(List<StatisticsPoint> points) {
        if (points.isEmpty()) {
            return;
        }
        BatchPoints.Builder batch = BatchPoints.database(settings.database())
                .retentionPolicy(settings.retentionPolicy())
                .precision(TimeUnit.NANOSECONDS);
        for (StatisticsPoint point : points) {
            batch.point(switch (point) {
                case ActionPoint action -> Point.measurement(ACTIONS)
                        .time(action.minute().epochMinute() * NANOS_PER_MINUTE + action.pointNumber(),
                                TimeUnit.NANOSECONDS)
                        .tag("sid", action.statisticsId().value())
                        .tag("action", action.action().wireName())
                        .addField("n", 1L)
                        .build();
                case ActivityMinute spent -> Point.measurement(ACTIVITIES)
                        .time(spent.minute().epochMinute() * NANOS_PER_MINUTE, TimeUnit.NANOSECONDS)
                        .tag("sid", spent.statisticsId().value())
                        .tag("activity", spent.activity().wireName())
                        .addField("m", 1L)
                        .build();
            });
        }
        unlessAway("writing points", () -> {
            influx.write(batch.build());
            return null;
        });
    }

    /**
     * Counts per local day. A day of a zone is a UTC day shifted by the zone's offset, so within each stretch of one
     * offset InfluxDB groups by {@code time(1d, -offset)}; a daylight-saving change splits the range into two such
     * statements (that is about twice as fast on InfluxDB 1.6 as {@code tz('Europe/Berlin')}, and gives the same days).
     */
    @Override
    public Map<LocalDate, DayTotals> daily(StatisticsId statisticsId, ZoneId zone, DayRange range) {
        List<OffsetSpan> spans = LocalDays.offsetSpans(zone, range.start(zone), range.end(zone));
        StringBuilder statements = new StringBuilder();
        for (OffsetSpan span : spans) {
            String where = " WHERE \"sid\" = '" + statisticsId.value() + "' AND time >= " + nanos(span.from())
                    + " AND time < " + nanos(span.to());
            String groupBy = " GROUP BY time(1d, " + (-span.offsetSeconds()) + "s), %s fill(none)";
            statements.append("SELECT count(\"n\") AS c FROM ").append(from(ACTIONS)).append(where)
                    .append(groupBy.formatted("\"action\"")).append("; SELECT count(\"m\") AS c FROM ")
                    .append(from(ACTIVITIES)).append(where).append(groupBy.formatted("\"activity\"")).append(";");
        }
        // times as epoch seconds: numbers are cheaper to write and to read than RFC 3339 strings
        QueryResult result = unlessAway("querying", () -> InfluxSchema.checked(
                influx.query(new Query(statements.toString(), settings.database()), TimeUnit.SECONDS)));
        DailyCounts counts = new DailyCounts(range);
        for (int i = 0; i < spans.size(); i++) {
            int offset = spans.get(i).offsetSeconds();
            forEachCount(result.getResults().get(2 * i), "action", offset, (day, name, count) ->
                    counts.addAction(day, StatisticsAction.fromWireName(name), count));
            forEachCount(result.getResults().get(2 * i + 1), "activity", offset, (day, name, count) ->
                    counts.addMinutes(day, Activity.fromWireName(name), count));
        }
        return counts.days();
    }

    private interface CountSink {
        void accept(long epochDay, String name, int count);
    }

    /** Rows {@code [time, count]} per series (one per tag value); time (epoch seconds) starts the shifted day. */
    private static void forEachCount(QueryResult.Result result, String tag, int offsetSeconds, CountSink sink) {
        if (result.getSeries() == null) {
            return;
        }
        for (QueryResult.Series series : result.getSeries()) {
            String name = series.getTags().get(tag);
            for (List<Object> row : series.getValues()) {
                int count = ((Number) row.get(1)).intValue();
                if (count > 0) {
                    long second = ((Number) row.get(0)).longValue();
                    sink.accept(Math.floorDiv(second + offsetSeconds, 86_400L), name, count);
                }
            }
        }
    }

    @Override
    public long forget(StatisticsId statisticsId) {
        String sid = "\"sid\" = '" + statisticsId.value() + "'";
        QueryResult counted = query("SELECT count(\"n\") FROM " + from(ACTIONS) + " WHERE " + sid
                + "; SELECT count(\"m\") FROM " + from(ACTIVITIES) + " WHERE " + sid);
        long points = counted.getResults().stream()
                .filter(r -> r.getSeries() != null)
                .mapToLong(r -> ((Number) r.getSeries().getFirst().getValues().getFirst().get(1)).longValue())
                .sum();
        query("DROP SERIES FROM \"" + ACTIONS + "\", \"" + ACTIVITIES + "\" WHERE " + sid);
        return points;
    }

    /**
     * The oldest actions first, then the oldest activity minutes; once neither is left, the Statistics-ID's series are
     * dropped, so that not even the index names it any more.
     */
    @Override
    public int forget(StatisticsId statisticsId, int limit) {
        if (limit < 1) {
            throw new IllegalArgumentException("forget at least one point: " + limit);
        }
        String sid = "\"sid\" = '" + statisticsId.value() + "'";
        int erased = forgetOldest(ACTIONS, "action", "n", sid, limit);
        if (erased == 0) {
            erased = forgetOldest(ACTIVITIES, "activity", "m", sid, limit);
        }
        if (erased == 0) {
            query("DROP SERIES FROM \"" + ACTIONS + "\", \"" + ACTIVITIES + "\" WHERE " + sid);
        }
        return erased;
    }

    /**
     * Reads the oldest {@code limit} points of the measurement, and deletes in each of their series (one per action
     * or activity) what lies up to the last of them: a series has one point per time, so that is exactly those.
     */
    private int forgetOldest(String measurement, String tag, String field, String sid, int limit) {
        QueryResult oldest = query("SELECT \"" + tag + "\", \"" + field + "\" FROM " + from(measurement) + " WHERE "
                + sid + " ORDER BY time ASC LIMIT " + limit);
        List<QueryResult.Series> series = oldest.getResults().getFirst().getSeries();
        if (series == null || series.isEmpty()) {
            return 0;
        }
        List<List<Object>> rows = series.getFirst().getValues();
        Map<String, Long> lastOfSeries = new java.util.TreeMap<>();
        for (List<Object> row : rows) {
            lastOfSeries.merge(String.valueOf(row.get(1)), nanos(Instant.parse(String.valueOf(row.getFirst()))),
                    Math::max);
        }
        StringBuilder deletes = new StringBuilder();
        lastOfSeries.forEach((value, last) -> deletes.append(deletes.isEmpty() ? "" : "; ")
                .append("DELETE FROM \"").append(measurement).append("\" WHERE ").append(sid).append(" AND \"")
                .append(tag).append("\" = '").append(value).append("' AND time <= ").append(last));
        query(deletes.toString());
        return rows.size();
    }

    /** Every tag and field value InfluxDB holds in the database, for the privacy test. */
    QueryResult raw(String influxQl) {
        return query(influxQl);
    }

    private String from(String measurement) {
        return "\"" + settings.database() + "\".\"" + settings.retentionPolicy() + "\".\"" + measurement + "\"";
    }

    private QueryResult query(String influxQl) {
        return unlessAway("querying", () -> InfluxSchema.checked(
                influx.query(new Query(influxQl, settings.database()))));
    }

    private static long nanos(Instant instant) {
        return instant.getEpochSecond() * 1_000_000_000L + instant.getNano();
    }

    /** InfluxDB failures are the store being away: the caller keeps the points, or answers 503. */
    private static <T> T unlessAway(String what, Supplier<T> call) {
        try {
            return call.get();
        } catch (InfluxDBException e) {
            throw new StatisticsStoreUnavailable("InfluxDB failed " + what + ": " + e.getMessage(), e);
        }
    }

    @Override
    public void close() {
        influx.close();
    }
}
