package io.cockpit.adapters.influx;

import org.influxdb.InfluxDB;
import org.influxdb.InfluxDBException;
import org.influxdb.dto.Query;
import org.influxdb.dto.QueryResult;

import java.lang.System.Logger.Level;
import java.time.Duration;
import java.util.List;

/**
 * Creates or checks at start what the store needs: the database, and a retention policy that keeps points 365 days
 * (InfluxDB then deletes older shards itself). A policy with another duration is set to 365 days.
 */
final class InfluxSchema {

    static final Duration RETENTION = Duration.ofDays(365);
    private static final System.Logger LOG = System.getLogger(InfluxSchema.class.getName());

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
        String policy = settings.retentionPolicy();
        String days = RETENTION.toDays() + "d";
        switch (duration(influx, database, policy)) {
            case null -> checked(influx.query(new Query("CREATE RETENTION POLICY \"" + policy + "\" ON \"" + database
                    + "\" DURATION " + days + " REPLICATION 1")));
            case Duration found when !found.equals(RETENTION) -> {
                LOG.log(Level.WARNING, "InfluxDB retention policy " + policy + " kept points " + found
                        + "; set to " + days);
                checked(influx.query(new Query("ALTER RETENTION POLICY \"" + policy + "\" ON \"" + database
                        + "\" DURATION " + days)));
            }
            default -> {
            }
        }
        if (!RETENTION.equals(duration(influx, database, policy))) {
            throw new IllegalStateException("InfluxDB retention policy " + policy + " on " + database
                    + " does not keep points 365 days, and could not be set");
        }
    }

    /** The duration of the policy, or null if there is none of that name. */
    static Duration duration(InfluxDB influx, String database, String policy) {
        QueryResult result = checked(influx.query(new Query("SHOW RETENTION POLICIES ON \"" + database + "\"")));
        List<QueryResult.Series> series = result.getResults().getFirst().getSeries();
        if (series == null) {
            return null;
        }
        QueryResult.Series policies = series.getFirst();
        int name = policies.getColumns().indexOf("name");
        int duration = policies.getColumns().indexOf("duration");
        return policies.getValues().stream().filter(row -> policy.equals(row.get(name)))
                .map(row -> Duration.parse("PT" + ((String) row.get(duration)).toUpperCase()))
                .findFirst().orElse(null);
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
