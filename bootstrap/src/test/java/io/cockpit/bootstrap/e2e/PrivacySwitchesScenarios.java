package io.cockpit.bootstrap.e2e;

import io.cockpit.adapters.mysql.account.JdbiAccountRepository;
import com.fasterxml.jackson.databind.JsonNode;
import io.cockpit.adapters.mysql.RelationalStore;
import io.cockpit.application.testing.Race;
import io.cockpit.domain.account.Account;
import io.cockpit.domain.account.UserId;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code /v1/me/privacy} and {@code /v1/me/consents}: the switches, their history, and the Statistics-ID. */
abstract class PrivacySwitchesScenarios extends Scenarios {

    private static final String PRIVACY = "/v1/me/privacy";

    private static String switches(boolean errorReporting, boolean statistics, boolean analytics) {
        return "{\"errorReporting\":" + errorReporting + ",\"statistics\":" + statistics
                + ",\"analyticsIdentification\":" + analytics + "}";
    }

    @Test
    void errorReportingStartsOnAndEverythingBasedOnConsentStartsOff() {
        Users.SignedIn user = Users.signedIn(cockpit);

        ApiResponse privacy = user.api().get(PRIVACY);

        assertThat(privacy.status()).isEqualTo(200);
        assertThat(privacy.header("ETag")).hasValue("\"0\"");
        assertThat(privacy.json().path("errorReporting").asBoolean()).isTrue();
        assertThat(privacy.json().path("statistics").asBoolean()).isFalse();
        assertThat(privacy.json().path("analyticsIdentification").asBoolean()).isFalse();
        assertThat(privacy.json().path("productAnalytics").asBoolean()).isTrue();
        assertThat(privacy.json().path("recommendations").asBoolean()).isTrue();
        assertThat(user.api().get("/v1/me/consents").json().path("items")).isEmpty();
    }

    @Test
    void everyChangedSwitchIsOneEntryInTheConsentHistory() {
        Users.SignedIn user = Users.signedIn(cockpit);

        ApiResponse granted = user.api().put(PRIVACY, switches(true, true, true), "\"0\"");
        ApiResponse unchanged = user.api().put(PRIVACY, switches(true, true, true), granted.header("ETag").get());
        user.api().put(PRIVACY, switches(false, true, false), unchanged.header("ETag").get());

        assertThat(granted.status()).isEqualTo(200);
        assertThat(granted.json().path("statistics").asBoolean()).isTrue();
        JsonNode history = user.api().get("/v1/me/consents").json().path("items");
        assertThat(history).hasSize(4);
        List<String> entries = new ArrayList<>();
        history.forEach(event -> {
            entries.add(event.path("purpose").asText() + " " + event.path("decision").asText());
            assertThat(event.path("policyVersion").asText()).isEqualTo("2024-10-21");
            assertThat(event.path("source").asText()).isEqualTo("self-service");
        });
        // newest first; within one change in the fixed order of the switches
        assertThat(entries).containsExactlyInAnyOrder("error_reporting withdrawn", "analytics_identification withdrawn",
                "statistics granted", "analytics_identification granted");
        assertThat(entries.subList(2, 4)).containsExactlyInAnyOrder("statistics granted",
                "analytics_identification granted");
        assertThat(user.api().get(PRIVACY).json().path("errorReporting").asBoolean()).isFalse();
    }

    @Test
    void withdrawingStatisticsReplacesTheStatisticsIdAndTheOldOneIsNowhere() {
        Users.SignedIn user = Users.signedIn(cockpit);
        user.api().put(PRIVACY, switches(true, true, false), "*");
        Account before = account(user);
        assertThat(DatabaseScan.placesHolding(cockpit.databaseSettings(), before.statisticsId().value()))
                .as("the scan finds the value while it is in use (and its fresh rollup marker)")
                .containsExactlyInAnyOrder("account.statistics_id", "statistics_rollup_marker.statistics_id");

        ApiResponse withdrawn = user.api().put(PRIVACY, switches(true, false, false), "*");

        Account after = account(user);
        assertThat(withdrawn.status()).isEqualTo(200);
        assertThat(after.statisticsId()).isNotEqualTo(before.statisticsId());
        assertThat(after.trackingId()).isEqualTo(before.trackingId());
        assertThat(DatabaseScan.placesHolding(cockpit.databaseSettings(), before.statisticsId().value())).isEmpty();
        assertThat(user.api().get("/v1/me/consents").json().path("items").get(0).path("decision").asText())
                .isEqualTo("withdrawn");
    }

    @Test
    void grantingStatisticsKeepsTheStatisticsId() {
        Users.SignedIn user = Users.signedIn(cockpit);
        Account before = account(user);

        user.api().put(PRIVACY, switches(false, true, true), "*");

        assertThat(account(user).statisticsId()).isEqualTo(before.statisticsId());
    }

    private Account account(Users.SignedIn user) {
        try (RelationalStore store = cockpit.openStore()) {
            return store.repository(JdbiAccountRepository::new).findById(new UserId(user.userId())).orElseThrow();
        }
    }

    @Test
    void theHistoryPagesWithoutGapsOrRepeats() {
        Users.SignedIn user = Users.signedIn(cockpit);
        for (int round = 0; round < 3; round++) {
            user.api().put(PRIVACY, switches(true, true, true), "*");
            user.api().put(PRIVACY, switches(true, false, false), "*");
        }
        // events carry no id and two requests may fall in one millisecond: the pages together must be the history
        // as one page shows it, event for event, in the same order
        List<String> paged = new ArrayList<>();
        for (JsonNode page : user.api().pages("/v1/me/consents", 4)) {
            page.path("items").forEach(event -> paged.add(event.toString()));
        }
        List<String> whole = new ArrayList<>();
        user.api().pages("/v1/me/consents", 100).getFirst().path("items")
                .forEach(event -> whole.add(event.toString()));
        assertThat(whole).hasSize(12);
        assertThat(paged).containsExactlyElementsOf(whole);
    }

    @Test
    void replacingWhateverIsThereSucceedsEveryTimeWhileOthersWrite() throws InterruptedException {
        Users.SignedIn user = Users.signedIn(cockpit);
        AtomicInteger turn = new AtomicInteger();

        List<Race.Outcome<ApiResponse>> answers = Race.run(16, () -> user.api().put(PRIVACY,
                switches(true, turn.incrementAndGet() % 2 == 1, false), "*"));

        assertThat(answers).extracting(answer -> answer.value().status()).as("If-Match: * is never 412")
                .containsOnly(200);
        List<String> decisions = new ArrayList<>();
        user.api().get("/v1/me/consents?limit=100").json().path("items")
                .forEach(event -> decisions.add(event.path("purpose").asText() + " " + event.path("decision").asText()));
        assertThat(decisions).isNotEmpty().allMatch(decision -> decision.startsWith("statistics "));
        for (int i = 1; i < decisions.size(); i++) {
            assertThat(decisions.get(i)).as("every entry is a change of the one before").isNotEqualTo(decisions.get(i - 1));
        }
        assertThat(decisions.getLast()).isEqualTo("statistics granted");
    }

    @Test
    void aStaleVersionChangesNeitherTheSwitchesNorTheHistory() {
        Users.SignedIn user = Users.signedIn(cockpit);
        user.api().put(PRIVACY, switches(true, true, false), "\"0\"");

        ApiResponse stale = user.api().put(PRIVACY, switches(false, false, false), "\"0\"");

        assertThat(stale.status()).isEqualTo(412);
        assertThat(user.api().get(PRIVACY).json().path("statistics").asBoolean()).isTrue();
        assertThat(user.api().get("/v1/me/consents").json().path("items")).hasSize(1);
    }

    @Test
    void badSwitchesAreNamedAndChangeNothing() {
        Users.SignedIn user = Users.signedIn(cockpit);

        ApiResponse refused = user.api().put(PRIVACY,
                "{\"errorReporting\":\"no\",\"statistics\":null,\"marketing\":true}", "*");

        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.errorPointers()).contains("body:/errorReporting", "body:/statistics");
        assertThat(refused.body()).contains("marketing", "analyticsIdentification");
        assertThat(user.api().get(PRIVACY).header("ETag")).hasValue("\"0\"");
        assertThat(user.api().get("/v1/me/consents").json().path("items")).isEmpty();
    }

    @Test
    void aBadCursorIsABadRequest() {
        Users.SignedIn user = Users.signedIn(cockpit);

        ApiResponse refused = user.api().get("/v1/me/consents?cursor=bm90LW91cnM");

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.code()).isEqualTo("request.invalid_cursor");
    }

    @Test
    void oneUsersSwitchesAndHistoryAreNotAnothers() {
        Users.SignedIn alice = Users.signedIn(cockpit);
        Users.SignedIn bob = Users.signedIn(cockpit);

        alice.api().put(PRIVACY, switches(false, true, true), "*");

        assertThat(bob.api().get(PRIVACY).json().path("statistics").asBoolean()).isFalse();
        assertThat(bob.api().get("/v1/me/consents").json().path("items")).isEmpty();
    }

    private static String allSwitches(boolean productAnalytics, boolean recommendations) {
        return "{\"errorReporting\":true,\"statistics\":false,\"analyticsIdentification\":false,"
                + "\"productAnalytics\":" + productAnalytics + ",\"recommendations\":" + recommendations + "}";
    }

    @Test
    void anObjectionIsAnEntryInTheConsentHistory() {
        Users.SignedIn user = Users.signedIn(cockpit);

        ApiResponse objected = user.api().put(PRIVACY, allSwitches(false, true), "\"0\"");
        user.api().put(PRIVACY, allSwitches(true, false), objected.header("ETag").orElseThrow());

        assertThat(objected.status()).isEqualTo(200);
        assertThat(objected.json().path("productAnalytics").asBoolean()).isFalse();
        assertThat(objected.json().path("recommendations").asBoolean()).isTrue();
        List<String> entries = new ArrayList<>();
        user.api().get("/v1/me/consents").json().path("items").forEach(event ->
                entries.add(event.path("purpose").asText() + " " + event.path("decision").asText()));
        assertThat(entries).containsExactlyInAnyOrder("recommendations withdrawn", "product_analytics granted",
                "product_analytics withdrawn");
        assertThat(entries.getLast()).isEqualTo("product_analytics withdrawn");
        ApiResponse now = user.api().get(PRIVACY);
        assertThat(now.json().path("productAnalytics").asBoolean()).isTrue();
        assertThat(now.json().path("recommendations").asBoolean()).isFalse();
    }

    @Test
    void aClientThatKnowsOnlyTheFirstThreeSwitchesKeepsTheObjections() {
        Users.SignedIn user = Users.signedIn(cockpit);
        user.api().put(PRIVACY, allSwitches(false, false), "*");

        ApiResponse olderClient = user.api().put(PRIVACY, switches(true, true, false), "*");

        assertThat(olderClient.status()).isEqualTo(200);
        assertThat(olderClient.json().path("statistics").asBoolean()).isTrue();
        assertThat(olderClient.json().path("productAnalytics").asBoolean()).isFalse();
        assertThat(olderClient.json().path("recommendations").asBoolean()).isFalse();
        List<String> purposes = new ArrayList<>();
        user.api().get("/v1/me/consents").json().path("items").forEach(event ->
                purposes.add(event.path("purpose").asText()));
        assertThat(purposes).containsExactlyInAnyOrder("statistics", "product_analytics", "recommendations");
    }

    @Test
    void badObjectionSwitchesAreNamed() {
        Users.SignedIn user = Users.signedIn(cockpit);

        ApiResponse refused = user.api().put(PRIVACY, "{\"errorReporting\":true,\"statistics\":false,"
                + "\"analyticsIdentification\":false,\"productAnalytics\":\"no\",\"recommendations\":null}", "*");

        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.errorPointers()).containsExactlyInAnyOrder("body:/productAnalytics", "body:/recommendations");
        assertThat(user.api().get(PRIVACY).header("ETag")).hasValue("\"0\"");
    }
}
