package io.cockpit.bootstrap.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import io.cockpit.adapters.mysql.RelationalStore;
import io.cockpit.adapters.mysql.account.JdbiAccountRepository;
import io.cockpit.adapters.mysql.statistics.JdbiDailyRollup;
import io.cockpit.application.testing.Race;
import io.cockpit.domain.account.StatisticsId;
import io.cockpit.domain.account.UserId;
import io.cockpit.domain.statistics.RollupMarker;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.StringJoiner;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code /v1/me/statistics}: recorded only with consent and without restriction, counted per local day, never
 * linked to the User-ID, and gone with the consent. Each mode checks its own store for what it holds
 * ({@link #pointsOf}).
 */
abstract class StatisticsScenarios extends Scenarios {

    static final String EVENTS = "/v1/me/statistics/events";
    static final String TODAY = "/v1/me/statistics/today";

    /** How many points the mode's store holds under {@code statisticsId} (InfluxDB, or the embedded table). */
    long pointsOf(String statisticsId) {
        return cockpit.statisticsPointsOf(statisticsId);
    }

    static String events(int count, Instant at) {
        StringJoiner events = new StringJoiner(",", "{\"events\":[", "]}");
        for (int i = 0; i < count; i++) {
            events.add("{\"action\":\"message_sent\",\"occurredAt\":\"" + at + "\"}");
        }
        return events.toString();
    }

    static void consent(Users.SignedIn user, boolean statistics) {
        ApiResponse saved = user.api().put("/v1/me/privacy", "{\"errorReporting\":true,\"statistics\":" + statistics
                + ",\"analyticsIdentification\":false}", "*");
        assertThat(saved.status()).isEqualTo(200);
    }

    /** The rollup marker the server keeps for {@code statisticsId}; empty while no intake made one. */
    private Optional<RollupMarker> rollupMarker(String statisticsId) {
        try (RelationalStore store = cockpit.openStore()) {
            return store.repository(JdbiDailyRollup::new).marker(new StatisticsId(statisticsId));
        }
    }

    String statisticsId(Users.SignedIn user) {
        try (RelationalStore store = cockpit.openStore()) {
            return store.repository(JdbiAccountRepository::new).findById(new UserId(user.userId())).orElseThrow()
                    .statisticsId().value();
        }
    }

    static int todays(Users.SignedIn user, String action) {
        ApiResponse today = user.api().get(TODAY);
        assertThat(today.status()).isEqualTo(200);
        return today.json().path("actions").path(action).asInt();
    }

    @Test
    void withoutConsentTheIntakeIsRefusedAndNothingIsStored() {
        Users.SignedIn user = Users.signedIn(cockpit);

        ApiResponse refused = user.api().post(EVENTS, events(3, cockpit.now()));

        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.json().path("code").asText()).isEqualTo("statistics.consent_required");
        assertThat(pointsOf(statisticsId(user))).isZero();
        consent(user, true);
        assertThat(todays(user, "message_sent")).as("nothing of the refused batch was kept").isZero();
    }

    @Test
    void withConsentActionsAndTimeSpentAreCountedAndItemsOutOfBoundsRefusedOneByOne() {
        Users.SignedIn user = Users.signedIn(cockpit);
        consent(user, true);
        user.api().put("/v1/me/settings", "{\"language\":\"en\",\"timeZone\":\"Asia/Kolkata\","
                + "\"dailyGoals\":{\"message_sent\":2,\"meeting_booked\":1}}", "*");
        Instant now = cockpit.now();

        ApiResponse recorded = user.api().post(EVENTS, "{\"events\":["
                + "{\"action\":\"message_sent\",\"occurredAt\":\"" + now + "\"},"
                + "{\"action\":\"message_sent\",\"occurredAt\":\"" + now + "\"},"
                + "{\"action\":\"message_sent\",\"occurredAt\":\"" + now.minus(Duration.ofDays(400)) + "\"},"
                + "{\"action\":\"connection_request_sent\",\"occurredAt\":\"" + now.plus(Duration.ofHours(1)) + "\"}],"
                + "\"intervals\":[{\"activity\":\"inbox\",\"startedAt\":\"" + now.minus(Duration.ofMinutes(30))
                + "\",\"endedAt\":\"" + now + "\"}]}");

        assertThat(recorded.status()).isEqualTo(202);
        assertThat(recorded.json().path("events").path("accepted").asInt()).isEqualTo(2);
        assertThat(recorded.json().path("events").path("rejected").asInt()).isEqualTo(2);
        assertThat(recorded.json().path("intervals").path("accepted").asInt()).isEqualTo(1);
        assertThat(recorded.json().path("rejected").toString())
                .contains("\"index\":2", "statistics.too_old", "\"index\":3", "statistics.in_the_future");
        JsonNode today = user.api().get(TODAY).json();
        assertThat(today.path("timeZone").asText()).isEqualTo("Asia/Kolkata");
        assertThat(today.path("date").asText()).isEqualTo(LocalDate.ofInstant(now, ZoneId.of("Asia/Kolkata"))
                .toString());
        assertThat(today.path("actions").path("message_sent").asInt()).isEqualTo(2);
        assertThat(today.path("goals").toString()).contains("\"action\":\"message_sent\",\"target\":2,\"done\":2",
                "\"met\":true", "\"action\":\"meeting_booked\",\"target\":1,\"done\":0");
        LocalDate date = LocalDate.parse(today.path("date").asText());
        JsonNode days = user.api().get("/v1/me/statistics/daily?from=" + date.minusDays(1) + "&to=" + date).json();
        int inbox = 0;
        for (JsonNode day : days.path("days")) {
            inbox += day.path("minutes").path("inbox").asInt();
        }
        assertThat(inbox).isEqualTo(30);
        assertThat(days.path("days").get(1).path("goalsMet").toString()).isEqualTo("[\"message_sent\"]");
        assertThat(pointsOf(statisticsId(user))).isEqualTo(2 + 30);
    }

    @Test
    void aRetriedBatchWithItsIdempotencyKeyIsCountedOnce() {
        Users.SignedIn user = Users.signedIn(cockpit);
        consent(user, true);
        String batch = events(5, cockpit.now());
        Map<String, String> key = Map.of("Idempotency-Key", Unique.id("batch"));

        ApiResponse first = user.api().post(EVENTS, batch, key);
        ApiResponse retried = user.api().post(EVENTS, batch, key);

        assertThat(first.status()).isEqualTo(202);
        assertThat(retried.status()).isEqualTo(202);
        assertThat(retried.header("Idempotent-Replayed")).hasValue("true");
        assertThat(retried.body()).isEqualTo(first.body());
        assertThat(todays(user, "message_sent")).isEqualTo(5);
        assertThat(user.api().post(EVENTS, events(1, cockpit.now()), key).status()).isEqualTo(422);
    }

    /**
     * Batches of one user at once, each with the same half hour of inbox time: every action counts once (the daily
     * rollup adds them up one intake after the other), the half hour once.
     */
    @Test
    void parallelBatchesOfOneUserAreCountedExactly() throws InterruptedException {
        Users.SignedIn user = Users.signedIn(cockpit);
        consent(user, true);
        Instant now = cockpit.now();
        String batch = "{\"events\":" + events(25, now).substring("{\"events\":".length(), events(25, now).length() - 1)
                + ",\"intervals\":[{\"activity\":\"inbox\",\"startedAt\":\"" + now.minus(Duration.ofMinutes(30))
                + "\",\"endedAt\":\"" + now + "\"}]}";

        List<Race.Outcome<ApiResponse>> answers = Race.run(8, () -> user.api().post(EVENTS, batch));

        assertThat(answers).allSatisfy(answer -> assertThat(answer.value().status()).isEqualTo(202));
        LocalDate today = LocalDate.parse(user.api().get(TODAY).json().path("date").asText());
        int messages = 0;
        int inbox = 0;
        for (JsonNode day : user.api().get("/v1/me/statistics/daily?from=" + today.minusDays(1) + "&to=" + today)
                .json().path("days")) {
            messages += day.path("actions").path("message_sent").asInt();
            inbox += day.path("minutes").path("inbox").asInt();
        }
        assertThat(messages).isEqualTo(8 * 25);
        assertThat(inbox).isEqualTo(30);
    }

    /**
     * An action at 20:00 UTC is on one day in Berlin and on the next in Kolkata: after the user changes the zone,
     * the day moves (read from the store's points), before and after an intake in the new zone.
     */
    @Test
    void aChangedTimeZoneMovesRecordedActionsToTheirDaysInIt() {
        Users.SignedIn user = Users.signedIn(cockpit);
        consent(user, true);
        Instant now = cockpit.now();
        Instant evening = now.truncatedTo(java.time.temporal.ChronoUnit.DAYS).minus(Duration.ofDays(2))
                .plus(Duration.ofHours(20));
        LocalDate berlinDay = LocalDate.ofInstant(evening, ZoneId.of("Europe/Berlin"));
        assertThat(user.api().post(EVENTS, events(1, evening)).status()).isEqualTo(202);
        String range = "/v1/me/statistics/daily?from=" + berlinDay.minusDays(1) + "&to=" + berlinDay.plusDays(3);
        assertThat(countsPerDay(user, range)).containsEntry(berlinDay.toString(), 1);

        assertThat(user.api().put("/v1/me/settings",
                "{\"language\":\"en\",\"timeZone\":\"Asia/Kolkata\",\"dailyGoals\":{}}", "*").status())
                .isEqualTo(200);
        assertThat(countsPerDay(user, range)).containsEntry(berlinDay.plusDays(1).toString(), 1)
                .containsEntry(berlinDay.toString(), 0);
        assertThat(user.api().post(EVENTS, events(2, now)).status()).isEqualTo(202);

        assertThat(countsPerDay(user, range)).containsEntry(berlinDay.plusDays(1).toString(), 1)
                .containsEntry(berlinDay.toString(), 0);
        assertThat(todays(user, "message_sent")).isEqualTo(2);
    }

    private static Map<String, Integer> countsPerDay(Users.SignedIn user, String range) {
        Map<String, Integer> counts = new java.util.TreeMap<>();
        for (JsonNode day : user.api().get(range).json().path("days")) {
            counts.put(day.path("date").asText(), day.path("actions").path("message_sent").asInt());
        }
        return counts;
    }

    @Test
    void whileProcessingIsRestrictedTheIntakeIsRefused() {
        Users.SignedIn user = Users.signedIn(cockpit);
        consent(user, true);
        assertThat(user.api().put("/v1/me/restriction", null, null).status()).isEqualTo(200);

        ApiResponse refused = user.api().post(EVENTS, events(1, cockpit.now()));

        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.json().path("code").asText()).isEqualTo("statistics.consent_required");
        assertThat(pointsOf(statisticsId(user))).isZero();
        assertThat(todays(user, "message_sent")).as("reading is allowed while restricted").isZero();
    }

    @Test
    void withdrawingTheConsentDeletesTheHistoryAndNewEventsGoUnderANewId() {
        Users.SignedIn user = Users.signedIn(cockpit);
        consent(user, true);
        user.api().post(EVENTS, events(4, cockpit.now()));
        String old = statisticsId(user);
        assertThat(pointsOf(old)).isEqualTo(4);
        assertThat(rollupMarker(old).orElseThrow().completeFrom())
                .as("provisioning issued it fresh: its rollup is complete from the beginning").isEmpty();

        consent(user, false);

        assertThat(pointsOf(old)).as("the old history is deleted, not only unlinked").isZero();
        assertThat(DatabaseScan.placesHolding(cockpit.databaseSettings(), old)).isEmpty();
        assertThat(todays(user, "message_sent")).isZero();
        consent(user, true);
        assertThat(user.api().post(EVENTS, events(2, cockpit.now())).status()).isEqualTo(202);
        String fresh = statisticsId(user);
        assertThat(fresh).isNotEqualTo(old);
        assertThat(pointsOf(fresh)).isEqualTo(2);
        assertThat(pointsOf(old)).isZero();
        assertThat(rollupMarker(fresh).orElseThrow().completeFrom())
                .as("the withdrawal issued it fresh: its rollup is complete from the beginning").isEmpty();
        assertThat(todays(user, "message_sent")).isEqualTo(2);
    }

    @Test
    void eachUserSeesOnlyTheirOwnStatisticsAndNeverTheStatisticsId() {
        Users.SignedIn mine = Users.signedIn(cockpit);
        Users.SignedIn theirs = Users.signedIn(cockpit);
        consent(mine, true);
        consent(theirs, true);

        mine.api().post(EVENTS, events(1, cockpit.now()));
        theirs.api().post(EVENTS, events(3, cockpit.now()));

        assertThat(todays(mine, "message_sent")).isEqualTo(1);
        assertThat(todays(theirs, "message_sent")).isEqualTo(3);
        LocalDate today = LocalDate.ofInstant(cockpit.now(), ZoneId.of("Europe/Berlin"));
        List<ApiResponse> answers = new ArrayList<>(List.of(mine.api().get(TODAY),
                mine.api().get("/v1/me/statistics/daily?from=" + today.minusDays(365) + "&to=" + today),
                mine.api().get("/v1/me/statistics/summary?period=year"),
                mine.api().post(EVENTS, events(1, cockpit.now()))));
        for (ApiResponse answer : answers) {
            assertThat(answer.body()).doesNotContain(statisticsId(mine)).doesNotContain(mine.userId());
        }
    }

    @Test
    void aRangeOfMoreThan366DaysIsABadParameter() {
        Users.SignedIn user = Users.signedIn(cockpit);

        ApiResponse refused = user.api().get("/v1/me/statistics/daily?from=2026-01-01&to=2027-01-02");

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.json().path("errors").get(0).path("pointer").asText()).isEqualTo("/to");
        assertThat(user.api().get("/v1/me/statistics/daily?from=2028-01-01&to=2028-12-31").json()
                .path("days")).hasSize(366);
    }

    /** A user with no point yet asked for days before the statistics' epoch: 500 in a time zone east of UTC. */
    @Test
    void daysBefore1970AreABadParameterNotAServerError() {
        Users.SignedIn user = Users.signedIn(cockpit);

        for (String range : List.of("from=1970-01-01&to=1970-01-01", "from=0000-01-01&to=0000-01-02")) {
            ApiResponse refused = user.api().get("/v1/me/statistics/daily?" + range);

            assertThat(refused.status()).as(range).isEqualTo(400);
            assertThat(refused.json().path("errors").get(0).path("pointer").asText()).isEqualTo("/from");
        }
        assertThat(user.api().get("/v1/me/statistics/daily?from=1970-01-02&to=1970-01-02").json().path("days"))
                .hasSize(1);
    }

    @Test
    void theSummaryTotalsAndAveragesThePeriod() {
        Users.SignedIn user = Users.signedIn(cockpit);
        consent(user, true);
        user.api().post(EVENTS, events(14, cockpit.now()));

        JsonNode week = user.api().get("/v1/me/statistics/summary?period=week").json();

        assertThat(week.path("days").asInt()).isEqualTo(7);
        assertThat(week.path("actions").path("message_sent").path("total").asInt()).isEqualTo(14);
        assertThat(week.path("actions").path("message_sent").path("averagePerDay").asDouble()).isEqualTo(2.0);
    }
}
