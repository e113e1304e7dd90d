package io.cockpit.bootstrap.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import io.cockpit.application.testing.NeedsRealServers;
import org.influxdb.dto.QueryResult;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * No acknowledged event is lost: with its InfluxDB stopped, a production server keeps taking statistics into the
 * outbox, reports InfluxDB degraded (still ready), and once InfluxDB is back every event arrives exactly once.
 */
@NeedsRealServers
class StatisticsOutageTest {

    @Test
    void eventsSentWhileInfluxDbIsDownArriveExactlyOnceWhenItIsBack() {
        try (OwnInfluxDb influx = OwnInfluxDb.start();
             CockpitFixture cockpit = CockpitFixture.startOwn(CockpitFixture.Mode.PRODUCTION,
                     Map.of("cockpit.influx.url", influx.url()))) {
            Users.SignedIn user = Users.signedIn(cockpit);
            StatisticsScenarios.consent(user, true);
            Instant now = cockpit.now();
            assertThat(user.api().post(StatisticsScenarios.EVENTS, StatisticsScenarios.events(10, now)).status())
                    .isEqualTo(202);

            influx.stop();
            int sentWhileDown = 0;
            for (int batch = 0; batch < 5; batch++) {
                ApiResponse held = user.api().post(StatisticsScenarios.EVENTS, StatisticsScenarios.events(200, now));
                assertThat(held.status()).isEqualTo(202);
                assertThat(held.json().path("events").path("accepted").asInt()).isEqualTo(200);
                sentWhileDown += 200;
            }
            ApiResponse spent = user.api().post(StatisticsScenarios.EVENTS, "{\"intervals\":[{\"activity\":"
                    + "\"prospecting\",\"startedAt\":\"" + now.minus(Duration.ofMinutes(20)) + "\",\"endedAt\":\""
                    + now + "\"}]}");
            assertThat(spent.status()).isEqualTo(202);

            ApiResponse degraded = cockpit.anonymous().get("/health/ready");
            assertThat(degraded.status()).as("InfluxDB away degrades the server, it does not stop it").isEqualTo(200);
            assertThat(influxCheck(degraded).path("status").asText()).isEqualTo("DEGRADED");
            assertThat(influxCheck(degraded).path("detail").asText()).contains("does not answer");
            ApiResponse rolledUp = user.api().get(StatisticsScenarios.TODAY);
            assertThat(rolledUp.status()).as("today is in the daily rollup: InfluxDB is not asked").isEqualTo(200);
            assertThat(rolledUp.json().path("actions").path("message_sent").asInt()).isEqualTo(10 + sentWhileDown);
            assertThat(user.api().put("/v1/me/settings", "{\"language\":\"en\",\"timeZone\":\"Asia/Kolkata\","
                    + "\"dailyGoals\":{}}", "*").status()).isEqualTo(200);
            ApiResponse unreadable = user.api().get(StatisticsScenarios.TODAY);
            assertThat(unreadable.status()).as("the days of another zone are counted from InfluxDB").isEqualTo(503);
            assertThat(unreadable.json().path("code").asText()).isEqualTo("server.unavailable");

            influx.startAgain();
            long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
            while (!"UP".equals(influxCheck(cockpit.anonymous().get("/health/ready")).path("status").asText())
                    && System.nanoTime() < deadline) {
                OwnInfluxDb.sleep(200);
            }

            assertThat(influxCheck(cockpit.anonymous().get("/health/ready")).path("status").asText())
                    .as("the outbox is empty once InfluxDB took everything").isEqualTo("UP");
            String sid = sidOf(cockpit, user);
            assertThat(count(cockpit, "actions", sid)).as("every action once").isEqualTo(10 + sentWhileDown);
            assertThat(count(cockpit, "activities", sid)).as("every minute once").isEqualTo(20);
            assertThat(user.api().get(StatisticsScenarios.TODAY).json().path("actions").path("message_sent")
                    .asInt()).isEqualTo(10 + sentWhileDown);
        }
    }

    private static JsonNode influxCheck(ApiResponse ready) {
        for (JsonNode check : ready.json().path("checks")) {
            if (check.path("name").asText().equals("influxdb")) {
                return check;
            }
        }
        throw new AssertionError("no influxdb check in " + ready.body());
    }

    private static String sidOf(CockpitFixture cockpit, Users.SignedIn user) {
        try (var store = cockpit.openStore()) {
            return store.repository(io.cockpit.adapters.mysql.account.JdbiAccountRepository::new)
                    .findById(new io.cockpit.domain.account.UserId(user.userId())).orElseThrow()
                    .statisticsId().value();
        }
    }

    private static long count(CockpitFixture cockpit, String measurement, String sid) {
        QueryResult result = cockpit.influxQuery("SELECT * FROM " + cockpit.influxMeasurement(measurement)
                + " WHERE \"sid\" = '" + sid + "'");
        assertThat(result.hasError()).isFalse();
        return result.getResults().getFirst().getSeries() == null ? 0
                : result.getResults().getFirst().getSeries().getFirst().getValues().size();
    }
}
