package io.cockpit.bootstrap.e2e;

import io.cockpit.domain.account.ErasureRequest;
import io.cockpit.domain.shared.ItemId;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The operator's writes by User-ID racing the erasure of that account: data-subject requests recorded, legal holds
 * placed and the Tracking-ID identified while the erasure walks the stores (it pseudonymises the requests and deletes
 * the holds and identifications long before it deletes the account row, last). Each write either finds the account
 * gone (404) or is erased with the rest: once the erasure is complete, no table holds the User-ID, the Tracking-ID,
 * a request's note or a hold's reason.
 */
abstract class ErasureRaceScenarios extends Scenarios {

    private static final int RACES = 6;
    private static final int WRITERS = 18;
    private static final long SPACING_MILLIS = 4;

    private record Race(String userId, String trackingId, String note, String reason, List<ApiResponse> answers) {
    }

    @Test
    void writesByUserIdDuringTheErasureAreRefusedOrErasedWithTheRest() {
        List<Race> races = new ArrayList<>();
        for (int race = 0; race < RACES; race++) {
            races.add(race());
        }
        for (Race race : races) {
            for (int i = 1; i < race.answers().size(); i++) {
                ApiResponse answer = race.answers().get(i);
                switch (i % 3) {
                    case 0 -> {
                        if (answer.status() != 200) {
                            assertThat(answer.status()).as(answer.toString()).isIn(404, 409);
                            assertThat(answer.code()).isIn("account.not_found", "account.erasure_running");
                        }
                    }
                    case 1 -> {
                        if (answer.status() != 201) {
                            assertThat(answer.status()).as(answer.toString()).isEqualTo(404);
                            assertThat(answer.code()).isEqualTo("account.not_found");
                        }
                    }
                    default -> {
                        if (answer.status() != 201) {
                            assertThat(answer.status()).as(answer.toString()).isEqualTo(404);
                            assertThat(answer.code()).isEqualTo("identification.tracking_id_unknown");
                        }
                    }
                }
            }
            for (String value : List.of(race.userId(), race.trackingId(), race.note(), race.reason())) {
                assertThat(DatabaseScan.placesHolding(cockpit.databaseSettings(), value))
                        .as("traces of %s after the erasure", value).isEmpty();
            }
            assertThat(cockpit.operator().post("/v1/operator/data-subject-requests", access(race.userId(),
                    race.note())).status()).as("after the erasure").isEqualTo(404);
        }
    }

    /**
     * The user's own erasure ({@code DELETE /v1/me}) racing their sign-ins with the right password, password resets
     * and writes with the session they had: a sign-in either ends with the other sessions or is refused like a wrong
     * password, and once the erasure is complete no table holds the User-ID or what the user wrote.
     */
    @Test
    void theUsersOwnSignInsAndWritesDuringTheirErasureAreRefusedOrErasedWithTheRest() {
        for (int race = 0; race < RACES; race++) {
            Users.SignedIn user = Users.signedIn(cockpit);
            String written = Unique.id("written");
            List<ApiResponse> answers = AtOnce.send(WRITERS, i -> {
                if (i == 0) {
                    return user.api().delete("/v1/me", "{\"password\":\"" + Users.PASSWORD + "\"}");
                }
                waitTurn(i);
                return switch (i % 3) {
                    case 0 -> Users.signIn(cockpit.anonymous().from(Unique.address()), user.email(), Users.PASSWORD);
                    case 1 -> user.api().post("/v1/me/templates", "{\"name\":\"" + written + i
                            + "\",\"body\":\"Hello {{firstName}}, " + written + "\"}");
                    default -> cockpit.anonymous().from(Unique.address()).post("/v1/auth/password-reset",
                            "{\"email\":\"" + user.email() + "\"}");
                };
            });
            ApiResponse erasure = answers.get(0);
            assertThat(erasure.status()).as(erasure.toString()).isEqualTo(202);
            ItemId receipt = new ItemId(erasure.json().path("erasureId").asText());
            assertThat(StoredRows.await(() -> cockpit.erasures().find(receipt).filter(ErasureRequest::completed)
                    .isPresent())).as("the erasure completes").isTrue();

            for (int i = 1; i < answers.size(); i++) {
                ApiResponse answer = answers.get(i);
                switch (i % 3) {
                    case 0 -> {
                        assertThat(answer.status()).as(answer.toString()).isIn(201, 401);
                        if (answer.status() == 201) {
                            ApiClient signedIn = cockpit.anonymous().withBearer(answer.json().path("token").asText());
                            assertThat(signedIn.get("/v1/me").status()).as("a session from before").isEqualTo(401);
                        } else {
                            assertThat(answer.code()).as("as a wrong password").isEqualTo("auth.sign_in_failed");
                        }
                    }
                    case 1 -> assertThat(answer.status()).as(answer.toString()).isIn(201, 401);
                    default -> assertThat(answer.status()).as(answer.toString()).isEqualTo(202);
                }
            }
            for (String value : List.of(user.userId(), written)) {
                assertThat(DatabaseScan.placesHolding(cockpit.databaseSettings(), value))
                        .as("traces of %s after the erasure", value).isEmpty();
            }
            assertThat(Users.signIn(cockpit.anonymous().from(Unique.address()), user.email(), Users.PASSWORD)
                    .status()).as("after the erasure").isEqualTo(401);
        }
    }

    /** One user, their erasure started by the operator and the writes sent over the next {@code 70} ms. */
    private Race race() {
        Users.SignedIn user = Users.signedIn(cockpit);
        String trackingId = user.api().get("/v1/me").json().path("trackingId").asText();
        String note = Unique.id("note");
        String reason = Unique.id("reason");
        ApiResponse recorded = cockpit.operator().post("/v1/operator/data-subject-requests", "{\"userId\":\""
                + user.userId() + "\",\"type\":\"erasure\",\"receivedAt\":\"" + Instant.now().minusSeconds(60)
                + "\",\"note\":\"Asked by letter.\"}");
        assertThat(recorded.status()).isEqualTo(201);
        String erasurePath = "/v1/operator/data-subject-requests/" + recorded.json().path("id").asText() + "/erasure";

        List<ApiResponse> answers = AtOnce.send(WRITERS, i -> {
            if (i == 0) {
                return cockpit.operator().post(erasurePath, null);
            }
            waitTurn(i);
            return switch (i % 3) {
                case 0 -> cockpit.operator().put("/v1/operator/accounts/" + user.userId() + "/legal-hold",
                        "{\"reason\":\"" + reason + "\"}", null);
                case 1 -> cockpit.operator().post("/v1/operator/data-subject-requests", access(user.userId(), note));
                default -> cockpit.operator().post("/v1/operator/identifications", "{\"trackingId\":\"" + trackingId
                        + "\",\"reason\":\"legal_claim\",\"note\":\"" + note + "\"}");
            };
        });
        ApiResponse erasure = answers.get(0);
        assertThat(erasure.status()).as(erasure.toString()).isEqualTo(202);
        ItemId receipt = new ItemId(erasure.json().path("erasureId").asText());
        assertThat(StoredRows.await(() -> cockpit.erasures().find(receipt).filter(ErasureRequest::completed)
                .isPresent())).as("the erasure completes").isTrue();
        return new Race(user.userId(), trackingId, note, reason, answers);
    }

    /** The {@code i}th writer starts {@code i} spacings after the erasure's request, so the writes span its run. */
    private static void waitTurn(int i) {
        try {
            Thread.sleep(SPACING_MILLIS * i);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String access(String userId, String note) {
        return "{\"userId\":\"" + userId + "\",\"type\":\"access\",\"receivedAt\":\"2026-11-01T09:00:00Z\","
                + "\"note\":\"" + note + "\"}";
    }
}
