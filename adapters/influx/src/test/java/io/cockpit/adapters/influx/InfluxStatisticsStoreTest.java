package io.cockpit.adapters.influx;

import io.cockpit.application.port.out.statistics.StatisticsStore;
import io.cockpit.application.port.out.statistics.StatisticsStoreContract;
import io.cockpit.application.port.out.statistics.StatisticsStoreUnavailable;
import io.cockpit.application.testing.NeedsRealServers;
import io.cockpit.domain.account.StatisticsId;
import io.cockpit.domain.settings.StatisticsAction;
import io.cockpit.domain.statistics.Activity;
import io.cockpit.domain.statistics.DayRange;
import org.influxdb.InfluxDB;
import org.influxdb.InfluxDBFactory;
import org.influxdb.dto.Query;
import org.influxdb.dto.QueryResult;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The StatisticsStore contract on the real InfluxDB, with what only InfluxDB has: its schema and its outages. */
@NeedsRealServers
class InfluxStatisticsStoreTest extends StatisticsStoreContract {

    private static ScratchInfluxDatabase database;
    private static InfluxSettings settings;
    private static InfluxStatisticsStore store;

    @BeforeAll
    static void open() {
        database = ScratchInfluxDatabase.open();
        settings = database.settings;
        store = database.store;
    }

    @AfterAll
    static void dropDatabase() {
        database.close();
    }

    @Override
    protected StatisticsStore store() {
        return store;
    }

    @Test
    void keepsPointsInA365DayRetentionPolicyOfOneDayShardGroupsAndPutsOneBackIfItWasChanged() {
        InfluxSchema.Policy kept = new InfluxSchema.Policy(Duration.ofDays(365), Duration.ofDays(1));
        try (InfluxDB admin = InfluxDBFactory.connect(settings.url())) {
            assertThat(policy(admin)).isEqualTo(kept);
            for (String changed : List.of("DURATION 30d SHARD DURATION 1d", "DURATION 365d SHARD DURATION 7d")) {
                admin.query(new Query("ALTER RETENTION POLICY \"" + settings.retentionPolicy() + "\" ON \""
                        + settings.database() + "\" " + changed));
                assertThat(policy(admin)).isNotEqualTo(kept);

                InfluxStatisticsStore.open(settings).close();

                assertThat(policy(admin)).as("after " + changed).isEqualTo(kept);
            }
        }
    }

    /** InfluxDB deletes whole shard groups: of one day, a point goes at most 366 days after its minute. */
    @Test
    void writesPointsIntoShardGroupsOfOneDay() {
        store.append(List.of(action(newStatisticsId(), StatisticsAction.MESSAGE_SENT, "2026-06-10T23:59:00Z")));

        QueryResult shards = store.raw("SHOW SHARDS");
        List<List<Object>> ours = new ArrayList<>();
        for (QueryResult.Series series : shards.getResults().getFirst().getSeries()) {
            if (series.getName().equals(settings.database())) {
                int policy = series.getColumns().indexOf("retention_policy");
                int start = series.getColumns().indexOf("start_time");
                int end = series.getColumns().indexOf("end_time");
                series.getValues().stream().filter(row -> settings.retentionPolicy().equals(row.get(policy)))
                        .forEach(row -> ours.add(List.of(row.get(start), row.get(end))));
            }
        }
        assertThat(ours).isNotEmpty().allSatisfy(shard -> assertThat(Duration.between(
                Instant.parse((String) shard.get(0)), Instant.parse((String) shard.get(1)))).isEqualTo(
                Duration.ofDays(1)));
        assertThat(ours).anySatisfy(shard -> assertThat(shard.get(0)).isEqualTo("2026-06-10T00:00:00Z"));
    }

    private static InfluxSchema.Policy policy(InfluxDB admin) {
        return InfluxSchema.policy(admin, settings.database(), settings.retentionPolicy());
    }

    @Test
    void holdsNothingButTheStatisticsIdTheActionOrActivityAndTheMinute() {
        StatisticsId sid = newStatisticsId();
        store.append(List.of(action(sid, StatisticsAction.MESSAGE_SENT, "2026-06-10T10:00:42Z"),
                minute(sid, Activity.INBOX, "2026-06-10T10:00:42Z")));

        List<String> keys = new ArrayList<>();
        String rp = "\"" + settings.retentionPolicy() + "\".";
        for (String statement : List.of("SHOW MEASUREMENTS", "SHOW TAG KEYS",
                "SHOW FIELD KEYS FROM " + rp + "\"actions\"", "SHOW FIELD KEYS FROM " + rp + "\"activities\"")) {
            QueryResult result = store.raw(statement);
            result.getResults().getFirst().getSeries().forEach(series ->
                    series.getValues().forEach(row -> keys.add(series.getName() + ":" + row.getFirst())));
        }
        assertThat(keys).containsExactlyInAnyOrder("measurements:actions", "measurements:activities",
                "actions:action", "actions:sid", "activities:activity", "activities:sid", "actions:n",
                "activities:m");
        QueryResult rows = store.raw("SELECT * FROM " + "\"" + settings.retentionPolicy() + "\".\"activities\""
                + " WHERE \"sid\" = '" + sid.value() + "'");
        assertThat(rows.getResults().getFirst().getSeries().getFirst().getValues()).singleElement()
                .satisfies(row -> assertThat(row.getFirst()).isEqualTo("2026-06-10T10:00:00Z"));
    }

    @Test
    void anInfluxDbThatDoesNotAnswerIsUnavailableNotAnError() {
        InfluxStatisticsStore away = InfluxStatisticsStore.open(settings);
        try (InfluxStatisticsStore closedPort = unreachable()) {
            assertThat(closedPort.answers()).isFalse();
            StatisticsId sid = newStatisticsId();
            assertThatThrownBy(() -> closedPort.append(List.of(action(sid, StatisticsAction.MESSAGE_SENT,
                    "2026-06-10T10:00:00Z")))).isInstanceOf(StatisticsStoreUnavailable.class);
            assertThatThrownBy(() -> closedPort.daily(sid, BERLIN, DayRange.of(LocalDate.parse("2026-06-10"))))
                    .isInstanceOf(StatisticsStoreUnavailable.class);
            assertThatThrownBy(() -> closedPort.forget(sid)).isInstanceOf(StatisticsStoreUnavailable.class);
            assertThatThrownBy(() -> closedPort.forget(sid, 10)).isInstanceOf(StatisticsStoreUnavailable.class);
        } finally {
            away.close();
        }
        assertThat(store.answers()).isTrue();
    }

    /** A store whose server went away after it started: its URL now points at a port nobody listens on. */
    private static InfluxStatisticsStore unreachable() {
        return InfluxStatisticsStore.openWithoutSchema(new InfluxSettings("http://127.0.0.1:9", settings.database(),
                Optional.empty(), "", settings.retentionPolicy()));
    }
}
