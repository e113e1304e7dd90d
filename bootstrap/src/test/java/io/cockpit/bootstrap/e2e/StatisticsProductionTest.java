package io.cockpit.bootstrap.e2e;

import io.cockpit.application.testing.NeedsRealServers;
import org.influxdb.dto.QueryResult;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

@NeedsRealServers
class StatisticsProductionTest extends StatisticsScenarios {

    @Override
    protected CockpitFixture.Mode mode() {
        return CockpitFixture.Mode.PRODUCTION;
    }

    @Test
    void influxDbHoldsNoUserIdTrackingIdEmailOrName() {
        Users.SignedIn user = Users.signedIn(cockpit);
        consent(user, true);
        java.time.Instant now = cockpit.now();
        user.api().post(EVENTS, "{\"events\":[{\"action\":\"meeting_booked\",\"occurredAt\":\"" + now + "\"}],"
                + "\"intervals\":[{\"activity\":\"content\",\"startedAt\":\"" + now.minus(Duration.ofMinutes(3))
                + "\",\"endedAt\":\"" + now + "\"}]}");
        String trackingId = user.api().get("/v1/me").json().path("trackingId").asText();

        List<String> everything = new ArrayList<>();
        for (String statement : List.of("SHOW MEASUREMENTS", "SHOW SERIES", "SHOW TAG KEYS",
                "SHOW TAG VALUES WITH KEY =~ /.*/",
                "SHOW FIELD KEYS FROM " + cockpit.influxMeasurement("actions"),
                "SHOW FIELD KEYS FROM " + cockpit.influxMeasurement("activities"),
                "SELECT * FROM " + cockpit.influxMeasurement("actions"),
                "SELECT * FROM " + cockpit.influxMeasurement("activities"))) {
            QueryResult result = cockpit.influxQuery(statement);
            assertThat(result.hasError()).isFalse();
            result.getResults().forEach(r -> {
                if (r.getSeries() != null) {
                    r.getSeries().forEach(series -> everything.add(series.toString()));
                }
            });
        }
        String all = String.join("\n", everything);

        assertThat(all).as("the scan reads what the user recorded").contains(statisticsId(user), "meeting_booked",
                "content");
        assertThat(all).doesNotContain(user.userId()).doesNotContain(trackingId)
                .doesNotContainIgnoringCase(user.email()).doesNotContain("Sam Seller").doesNotContain("@");
        QueryResult keys = cockpit.influxQuery("SHOW TAG KEYS");
        List<String> tagKeys = new ArrayList<>();
        keys.getResults().getFirst().getSeries().forEach(s -> s.getValues().forEach(v -> tagKeys.add(
                s.getName() + "." + v.getFirst())));
        assertThat(tagKeys).containsExactlyInAnyOrder("actions.action", "actions.sid", "activities.activity",
                "activities.sid");
    }

    @Test
    void readinessReportsInfluxDbUpWhenNothingWaits() {
        ApiResponse ready = cockpit.anonymous().get("/health/ready");

        assertThat(ready.status()).isEqualTo(200);
        assertThat(ready.json().path("checks").toString()).contains("{\"name\":\"influxdb\",\"status\":\"UP\"");
    }
}
