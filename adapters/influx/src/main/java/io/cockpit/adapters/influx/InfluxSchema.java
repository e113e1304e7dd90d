package io.cockpit.adapters.influx;

import org.influxdb.InfluxDB;
import org.influxdb.InfluxDBException;
import org.influxdb.dto.Query;
import org.influxdb.dto.QueryResult;

import java.lang.System.Logger.Level;
import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * Creates or checks at start what the store needs: the database, and a retention policy that keeps points 365 days
 * in shard groups of one day. InfluxDB deletes a shard group once all of it is older than the duration, so a point
 * goes at most 366 days after its minute (with the default 7-day groups it was 372). A policy with another duration
 * or shard group duration is set back; a shard group's duration applies to groups created after that.
 */
final class InfluxSchema {

    static final Policy POLICY = new Policy(Duration.ofDays(365), Duration.ofDays(1));
    private static final System.Logger LOG = System.getLogger(InfluxSchema.class.getName());

    /** What a retention policy keeps: how long, and in shard groups of which duration. */
    record Policy(Duration duration, Duration shardGroup) {

        Policy {
            Objects.requireNonNull(duration, "duration");
            Objects.requireNonNull(shardGroup, "shardGroup");
        }

        /** As InfluxQL clauses: {@code DURATION 365d SHARD DURATION 1d}. */
        String clauses() {
            return "DURATION " + duration.toDays() + "d SHARD DURATION " + shardGroup.toDays() + "d";
        }
    }

    private InfluxSchema() {
    }

    static void ensure(InfluxDB influx, InfluxSettings settings) {
        String database = settings.database();
        try {
            checked(influx.query(new Query("CREATE DATABASE \"" + database + "\"")));
        } catch (InfluxDBException refused) {
            // a hosted InfluxDB may not let an application create databases: it must exist then
            LOG.log(Level.INFO, "InfluxDB did not create database " + database + " (" + refused.getMessage()
                    + "); using it as it is");
        }
        String name = settings.retentionPolicy();
        switch (policy(influx, database, name)) {
            case null -> checked(influx.query(new Query("CREATE RETENTION POLICY \"" + name + "\" ON \"" + database
                    + "\" DURATION " + POLICY.duration().toDays() + "d REPLICATION 1 SHARD DURATION "
                    + POLICY.shardGroup().toDays() + "d")));
            case Policy found when !found.equals(POLICY) -> {
                LOG.log(Level.WARNING, "InfluxDB retention policy " + name + " kept points " + found.duration()
                        + " in shard groups of " + found.shardGroup() + "; set to " + POLICY.clauses());
                checked(influx.query(new Query("ALTER RETENTION POLICY \"" + name + "\" ON \"" + database
                        + "\" " + POLICY.clauses())));
            }
            default -> {
            }
        }
        if (!POLICY.equals(policy(influx, database, name))) {
            throw new IllegalStateException("InfluxDB retention policy " + name + " on " + database
                    + " does not keep points 365 days in shard groups of 1 day, and could not be set");
        }
    }

    /** The retention policy of that name, or null if there is none. */
    static Policy policy(InfluxDB influx, String database, String name) {
        QueryResult result = checked(influx.query(new Query("SHOW RETENTION POLICIES ON \"" + database + "\"")));
        List<QueryResult.Series> series = result.getResults().getFirst().getSeries();
        if (series == null) {
            return null;
        }
        QueryResult.Series policies = series.getFirst();
        int nameColumn = policies.getColumns().indexOf("name");
        int duration = policies.getColumns().indexOf("duration");
        int shardGroup = policies.getColumns().indexOf("shardGroupDuration");
        return policies.getValues().stream().filter(row -> name.equals(row.get(nameColumn)))
                .map(row -> new Policy(parse(row.get(duration)), parse(row.get(shardGroup))))
                .findFirst().orElse(null);
    }

    /** InfluxDB writes durations as {@code 8760h0m0s}. */
    private static Duration parse(Object influxDuration) {
        return Duration.parse("PT" + ((String) influxDuration).toUpperCase());
    }

    /** A query's error comes back in the result, not as an exception. */
    static QueryResult checked(QueryResult result) {
        if (result.hasError()) {
            throw new InfluxDBException(result.getError());
        }
        result.getResults().stream().filter(QueryResult.Result::hasError).findFirst().ifPresent(failed -> {
            throw new InfluxDBException(failed.getError());
        });
        return result;
    }
}
