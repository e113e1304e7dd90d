package io.cockpit.bootstrap.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A legal hold placed on an application at the same moment as the applicant withdraws it or the operator erases the
 * address's website data: whichever comes second sees the first. Either the hold answers 200 and the application is
 * kept under it, or the hold finds it erased (404). Many holds at once on one application all answer 200.
 */
abstract class LegalHoldRaceScenarios extends Scenarios {

    private static final int RACES = 20;
    private static final String UNTIL = "2030-01-01T00:00:00Z";
    private static final String HOLD = "{\"reason\":\"Klage anhängig\",\"until\":\"" + UNTIL + "\"}";

    private Website website;

    @BeforeEach
    void onTheWebsite() {
        website = new Website(cockpit);
    }

    private static String path(Website.Applied applied) {
        return "/v1/operator/applications/" + applied.id();
    }

    private ApiResponse hold(Website.Applied applied, String body) {
        return cockpit.operator().put(path(applied) + "/legal-hold", body, null);
    }

    @Test
    void aHoldRacingTheWithdrawalEitherKeepsTheApplicationOrFindsItErased() {
        for (int race = 0; race < RACES; race++) {
            String email = Unique.email();
            Website.Applied applied = website.apply(email, Unique.id("job"), true);
            String token = website.tokenMailedTo(email, 1, "application");

            List<ApiResponse> answers = AtOnce.send(2, i -> i == 0 ? hold(applied, HOLD)
                    : website.visitor().delete("/v1/public/applications/" + token));

            ApiResponse held = answers.get(0);
            ApiResponse withdrawal = answers.get(1);
            ApiResponse after = cockpit.operator().get(path(applied));
            assertThat(withdrawal.status()).as(withdrawal.toString()).isEqualTo(200);
            if (held.status() == 200) {
                assertThat(after.status()).as("race %d: the hold answered 200, so it keeps the application", race)
                        .isEqualTo(200);
                assertThat(withdrawal.json().path("erased").asBoolean()).isFalse();
                assertThat(withdrawal.json().path("keptUntil").asText()).isEqualTo(UNTIL);
                assertThat(after.json().path("status").asText()).isEqualTo("withdrawn");
            } else {
                assertThat(held.status()).as(held.toString()).isEqualTo(404);
                assertThat(held.code()).isEqualTo("application.not_found");
                assertThat(withdrawal.json().path("erased").asBoolean()).isTrue();
                assertThat(after.status()).isEqualTo(404);
            }
        }
    }

    @Test
    void aHoldRacingTheErasureOfTheAddressEitherKeepsTheApplicationOrFindsItErased() {
        for (int race = 0; race < RACES; race++) {
            String email = Unique.email();
            Website.Applied applied = website.apply(email, Unique.id("job"), false);

            List<ApiResponse> answers = AtOnce.send(2, i -> i == 0 ? hold(applied, HOLD)
                    : cockpit.operator().post("/v1/operator/website-data/erasures", "{\"email\":\"" + email + "\"}"));

            ApiResponse held = answers.get(0);
            ApiResponse erasure = answers.get(1);
            ApiResponse after = cockpit.operator().get(path(applied));
            assertThat(erasure.status()).as(erasure.toString()).isEqualTo(200);
            JsonNode kept = erasure.json().path("keptUnderLegalHold");
            if (held.status() == 200) {
                assertThat(after.status()).as("race %d: the hold answered 200, so it keeps the application", race)
                        .isEqualTo(200);
                assertThat(kept).singleElement().satisfies(application -> {
                    assertThat(application.path("id").asText()).isEqualTo(applied.id());
                    assertThat(application.path("until").asText()).isEqualTo(UNTIL);
                });
                assertThat(erasure.json().path("applications").asInt()).isZero();
            } else {
                assertThat(held.status()).as(held.toString()).isEqualTo(404);
                assertThat(held.code()).isEqualTo("application.not_found");
                assertThat(kept).isEmpty();
                assertThat(erasure.json().path("applications").asInt()).isEqualTo(1);
                assertThat(after.status()).isEqualTo(404);
            }
        }
    }

    @Test
    void fiftyHoldsAtOnceOnOneApplicationAllAnswer200AndTheLastOneStays() {
        Website.Applied applied = website.apply(Unique.email(), Unique.id("job"), false);

        List<ApiResponse> holds = AtOnce.send(50, i -> hold(applied,
                "{\"reason\":\"Streit " + i + "\",\"until\":\"" + UNTIL + "\"}"));

        assertThat(holds).allSatisfy(answer -> assertThat(answer.status()).as(answer.toString()).isEqualTo(200));
        JsonNode stored = cockpit.operator().get(path(applied)).json().path("legalHold");
        assertThat(stored.path("until").asText()).isEqualTo(UNTIL);
        assertThat(stored.path("reason").asText()).startsWith("Streit ");
    }

    @Test
    void holdsReleasesAndStatusChangesAtOnceAllAnswer200() {
        Website.Applied applied = website.apply(Unique.email(), Unique.id("job"), false);

        List<ApiResponse> answers = AtOnce.send(48, i -> switch (i % 3) {
            case 0 -> hold(applied, HOLD);
            case 1 -> cockpit.operator().delete(path(applied) + "/legal-hold");
            default -> cockpit.operator().patch(path(applied), "{\"status\":\"interviewing\"}");
        });

        assertThat(answers).allSatisfy(answer -> assertThat(answer.status()).as(answer.toString()).isEqualTo(200));
        assertThat(cockpit.operator().get(path(applied)).json().path("status").asText()).isEqualTo("interviewing");
    }
}
