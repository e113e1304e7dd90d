package io.cockpit.bootstrap.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code GET|PUT /v1/me/settings}: defaults, saving with If-Match, and refusals that change nothing. */
abstract class SettingsScenarios extends Scenarios {

    private static final String SETTINGS = "/v1/me/settings";
    private static final String VALID = "{\"language\":\"en\",\"timeZone\":\"America/New_York\","
            + "\"dailyGoals\":{\"connection_request_sent\":20,\"message_sent\":1000}}";

    @Test
    void aNewUserHasTheDefaultsAndNoGoals() {
        Users.SignedIn user = Users.signedIn(cockpit);

        ApiResponse settings = user.api().get(SETTINGS);

        assertThat(settings.status()).isEqualTo(200);
        assertThat(settings.header("ETag")).hasValue("\"0\"");
        assertThat(settings.json().path("language").asText()).isEqualTo("de");
        assertThat(settings.json().path("timeZone").asText()).isEqualTo("Europe/Berlin");
        JsonNode goals = settings.json().path("dailyGoals");
        assertThat(goals.size()).isEqualTo(10);
        goals.forEach(goal -> assertThat(goal.asInt()).isZero());
    }

    @Test
    void savedSettingsComeBackWithANewETagAndGoalsNotSentAreZero() {
        Users.SignedIn user = Users.signedIn(cockpit);
        String etag = user.api().get(SETTINGS).header("ETag").orElseThrow();

        ApiResponse saved = user.api().put(SETTINGS, VALID, etag);
        ApiResponse read = user.api().get(SETTINGS);

        assertThat(saved.status()).isEqualTo(200);
        assertThat(saved.header("ETag")).isPresent().isNotEqualTo(java.util.Optional.of(etag));
        assertThat(read.header("ETag")).isEqualTo(saved.header("ETag"));
        assertThat(read.json()).isEqualTo(saved.json());
        assertThat(read.json().path("language").asText()).isEqualTo("en");
        assertThat(read.json().path("timeZone").asText()).isEqualTo("America/New_York");
        assertThat(read.json().path("dailyGoals").path("connection_request_sent").asInt()).isEqualTo(20);
        assertThat(read.json().path("dailyGoals").path("message_sent").asInt()).isEqualTo(1000);
        assertThat(read.json().path("dailyGoals").path("meeting_booked").asInt()).isZero();
    }

    @Test
    void aStaleVersionIsRefusedSoDevicesDoNotOverwriteEachOther() {
        Users.SignedIn user = Users.signedIn(cockpit);
        String etag = user.api().get(SETTINGS).header("ETag").orElseThrow();
        ApiResponse phone = user.api().put(SETTINGS, VALID, etag);

        ApiResponse laptop = user.api().put(SETTINGS,
                "{\"language\":\"de\",\"timeZone\":\"Europe/Vienna\",\"dailyGoals\":{}}", etag);

        assertThat(laptop.status()).isEqualTo(412);
        assertThat(laptop.code()).isEqualTo("precondition.failed");
        assertThat(user.api().get(SETTINGS).json()).isEqualTo(phone.json());
        assertThat(user.api().put(SETTINGS, VALID, "W/" + phone.header("ETag").orElseThrow()).status())
                .as("weak tags never match").isEqualTo(412);
        assertThat(user.api().put(SETTINGS, VALID, "\"7\", " + phone.header("ETag").orElseThrow()).status())
                .as("one of a list matches").isEqualTo(200);
        assertThat(user.api().put(SETTINGS, VALID, "*").status()).isEqualTo(200);
    }

    @Test
    void withoutIfMatchThereIsNoSave() {
        Users.SignedIn user = Users.signedIn(cockpit);

        ApiResponse refused = user.api().put(SETTINGS, VALID, null);

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.errorPointers()).containsExactly("header:/If-Match");
        assertThat(user.api().get(SETTINGS).json().path("language").asText()).isEqualTo("de");
    }

    @Test
    void everyBadFieldIsNamedAndNothingIsSaved() {
        Users.SignedIn user = Users.signedIn(cockpit);

        ApiResponse unknownZone = user.api().put(SETTINGS,
                "{\"language\":\"en\",\"timeZone\":\"Mars/Olympus_Mons\",\"dailyGoals\":{}}", "*");
        ApiResponse badValues = user.api().put(SETTINGS, "{\"language\":\"fr\",\"timeZone\":5,"
                + "\"dailyGoals\":{\"message_sent\":1001,\"post_liked\":-1,\"coffee_drunk\":3},\"theme\":\"dark\"}", "*");
        ApiResponse wrongTypes = user.api().put(SETTINGS,
                "{\"language\":\"en\",\"timeZone\":\"Europe/Berlin\",\"dailyGoals\":{\"message_sent\":\"20\"}}", "*");
        ApiResponse missing = user.api().put(SETTINGS, "{\"language\":\"en\"}", "*");

        assertThat(unknownZone.status()).isEqualTo(422);
        assertThat(unknownZone.errorPointers()).containsExactly("body:/timeZone");
        assertThat(unknownZone.json().path("errors").get(0).path("code").asText()).isEqualTo("time_zone.unknown");
        assertThat(badValues.status()).isEqualTo(422);
        assertThat(badValues.errorPointers()).contains("body:/language", "body:/timeZone",
                "body:/dailyGoals/message_sent", "body:/dailyGoals/post_liked");
        assertThat(badValues.body()).contains("coffee_drunk", "theme");
        assertThat(wrongTypes.errorPointers()).containsExactly("body:/dailyGoals/message_sent");
        assertThat(missing.status()).isEqualTo(422);
        ApiResponse after = user.api().get(SETTINGS);
        assertThat(after.header("ETag")).hasValue("\"0\"");
        assertThat(after.json().path("language").asText()).isEqualTo("de");
    }

    @Test
    void theSettingsAreOnlyEverTheCallersOwn() {
        Users.SignedIn alice = Users.signedIn(cockpit);
        Users.SignedIn bob = Users.signedIn(cockpit);

        alice.api().put(SETTINGS, VALID, "*");

        assertThat(bob.api().get(SETTINGS).json().path("language").asText()).isEqualTo("de");
        assertThat(cockpit.anonymous().get(SETTINGS).status()).isEqualTo(401);
    }
}
