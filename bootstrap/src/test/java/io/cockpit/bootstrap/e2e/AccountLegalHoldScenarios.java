package io.cockpit.bootstrap.e2e;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The operator's legal hold on an account: a reason of one line, and puts and lifts at once never fail. */
abstract class AccountLegalHoldScenarios extends Scenarios {

    private ApiResponse hold(String userId, String reasonJson) {
        return cockpit.operator().put("/v1/operator/accounts/" + userId + "/legal-hold",
                "{\"reason\":" + reasonJson + "}", null);
    }

    private ApiResponse lift(String userId) {
        return cockpit.operator().delete("/v1/operator/accounts/" + userId + "/legal-hold");
    }

    @Test
    void aReasonWithControlCharactersIsRefusedAndNamed() {
        Users.SignedIn user = Users.signedIn(cockpit);

        ApiResponse nul = hold(user.userId(), "\"claim\\u0000\\u0007x\"");
        ApiResponse lineBreak = hold(user.userId(), "\"court case\\nline two\"");
        ApiResponse trimmed = hold(user.userId(), "\"  Court case 12 O 345/26  \"");

        for (ApiResponse refused : List.of(nul, lineBreak)) {
            assertThat(refused.status()).as(refused.toString()).isEqualTo(422);
            assertThat(refused.errorPointers()).containsExactly("body:/reason");
            assertThat(refused.body()).contains("reason.control_characters");
        }
        assertThat(trimmed.status()).isEqualTo(200);
        assertThat(trimmed.json().path("reason").asText()).isEqualTo("Court case 12 O 345/26");
        assertThat(new StoredRows(cockpit).ofUser("legal_hold", user.userId())).isEqualTo(1);
    }

    @Test
    void holdsPutAtOnceKeepOneHold() {
        Users.SignedIn user = Users.signedIn(cockpit);

        List<ApiResponse> answers = BruteForceScenarios.atOnce(16, n -> hold(user.userId(), "\"claim " + n + "\""));

        assertThat(answers).allSatisfy(answer -> assertThat(answer.status()).as(answer.toString()).isEqualTo(200));
        assertThat(new StoredRows(cockpit).ofUser("legal_hold", user.userId())).isEqualTo(1);
    }

    @Test
    void holdsPutAndLiftedAtOnceNeverFail() {
        Users.SignedIn user = Users.signedIn(cockpit);

        List<ApiResponse> answers = BruteForceScenarios.atOnce(16, n -> n % 2 == 0
                ? hold(user.userId(), "\"claim " + n + "\"") : lift(user.userId()));

        assertThat(answers).allSatisfy(answer -> assertThat(answer.status()).as(answer.toString()).isIn(200, 204));
        assertThat(new StoredRows(cockpit).ofUser("legal_hold", user.userId())).isBetween(0L, 1L);
        assertThat(hold(user.userId(), "\"the last word\"").status()).isEqualTo(200);
        assertThat(new StoredRows(cockpit).ofUser("legal_hold", user.userId())).isEqualTo(1);
    }
}
