package io.cockpit.bootstrap.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import io.cockpit.domain.account.ErasureRequest;
import io.cockpit.domain.shared.ItemId;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the operator runs for a data-subject request, and only for the right one: the export for an open access
 * request, the erasure for an open erasure request, the restriction of processing, an objection and a corrected name for
 * a request of that type. A closed request runs nothing new (asked again, it answers the
 * export or receipt linked before); requests at once link one export and one erasure and never fail.
 */
abstract class OnBehalfScenarios extends Scenarios {

    private static final String REQUESTS = "/v1/operator/data-subject-requests";

    private String record(String userId, String type) {
        ApiResponse recorded = cockpit.operator().post(REQUESTS, "{\"userId\":\"" + userId + "\",\"type\":\"" + type
                + "\",\"receivedAt\":\"" + Instant.now().minusSeconds(60) + "\",\"note\":\"By letter.\"}");
        assertThat(recorded.status()).as(recorded.toString()).isEqualTo(201);
        return recorded.json().path("id").asText();
    }

    private ApiResponse close(String id, String status) {
        return cockpit.operator().patch(REQUESTS + "/" + id, "{\"status\":\"" + status + "\",\"resolution\":\"x\"}");
    }

    private ApiResponse erase(String id) {
        return cockpit.operator().post(REQUESTS + "/" + id + "/erasure", null);
    }

    private ApiResponse export(String id) {
        return cockpit.operator().get(REQUESTS + "/" + id + "/export");
    }

    private ApiResponse restrict(String id) {
        return cockpit.operator().put(REQUESTS + "/" + id + "/restriction", null, null);
    }

    private ApiResponse liftRestriction(String id) {
        return cockpit.operator().delete(REQUESTS + "/" + id + "/restriction");
    }

    private ApiResponse object(String id, String purposesJson) {
        return cockpit.operator().put(REQUESTS + "/" + id + "/objection", "{\"purposes\":" + purposesJson + "}", null);
    }

    private ApiResponse rectify(String id, String nameJson) {
        return cockpit.operator().put(REQUESTS + "/" + id + "/rectification", "{\"name\":" + nameJson + "}", null);
    }

    private JsonNode read(String id) {
        return cockpit.operator().get(REQUESTS + "/" + id).json();
    }

    @Test
    void anErasureRunsOnlyForAnErasureRequestAndLeavesTheAccountOtherwise() {
        Users.SignedIn user = Users.signedIn(cockpit);
        for (String type : List.of("access", "rectification", "restriction", "objection")) {
            String id = record(user.userId(), type);

            ApiResponse refused = erase(id);

            assertThat(refused.status()).as(type).isEqualTo(409);
            assertThat(refused.code()).isEqualTo("data_subject_request.wrong_type");
            assertThat(read(id).path("erasureId").isNull()).isTrue();
        }
        assertThat(user.api().get("/v1/me").status()).as("not erased").isEqualTo(200);
    }

    @Test
    void aClosedRequestStartsNoErasure() {
        Users.SignedIn user = Users.signedIn(cockpit);
        String rejectedRectification = record(user.userId(), "rectification");
        String rejectedErasure = record(user.userId(), "erasure");
        String doneErasure = record(user.userId(), "erasure");
        assertThat(close(rejectedRectification, "rejected").status()).isEqualTo(200);
        assertThat(close(rejectedErasure, "rejected").status()).isEqualTo(200);
        assertThat(close(doneErasure, "done").status()).isEqualTo(200);
        JsonNode before = read(rejectedErasure);

        ApiResponse wrongType = erase(rejectedRectification);
        ApiResponse rejected = erase(rejectedErasure);
        ApiResponse done = erase(doneErasure);

        assertThat(wrongType.code()).isEqualTo("data_subject_request.wrong_type");
        assertThat(rejected.status()).isEqualTo(409);
        assertThat(rejected.code()).isEqualTo("data_subject_request.closed");
        assertThat(done.code()).isEqualTo("data_subject_request.closed");
        assertThat(read(rejectedErasure)).isEqualTo(before);
        assertThat(user.api().get("/v1/me").status()).as("not erased").isEqualTo(200);
    }

    @Test
    void aRequestClosedAtOnceWithItsErasureEitherShowsTheErasureOrRanNone() {
        for (int round = 0; round < 10; round++) {
            Users.SignedIn user = Users.signedIn(cockpit);
            String id = record(user.userId(), "erasure");

            List<ApiResponse> answers = AtOnce.send(2, n -> n == 0 ? close(id, "rejected") : erase(id));

            ApiResponse closed = answers.get(0);
            ApiResponse erased = answers.get(1);
            assertThat(closed.status()).as(closed.toString()).isEqualTo(200);
            if (closed.json().path("erasureId").isNull()) {
                assertThat(erased.status()).as("closed before the link: " + erased).isEqualTo(409);
                assertThat(erased.code()).isEqualTo("data_subject_request.closed");
                assertThat(user.api().get("/v1/me").status()).as("not erased").isEqualTo(200);
            } else {
                assertThat(erased.status()).as(erased.toString()).isEqualTo(202);
                assertThat(closed.json().path("erasureId").asText()).isEqualTo(erased.json().path("erasureId").asText());
            }
        }
    }

    @Test
    void anErasureAskedForAnotherWayFirstGivesEveryRequestItsReceipt() {
        Users.SignedIn user = Users.signedIn(cockpit);
        String whileRunning = record(user.userId(), "erasure");
        String afterwards = record(user.userId(), "erasure");
        ApiResponse own = user.api().delete("/v1/me", "{\"password\":\"" + Users.PASSWORD + "\"}");
        assertThat(own.status()).as(own.toString()).isEqualTo(202);
        String receipt = own.json().path("erasureId").asText();

        ApiResponse running = erase(whileRunning);
        assertThat(StoredRows.await(() -> cockpit.erasures().find(new ItemId(receipt))
                .filter(ErasureRequest::completed).isPresent())).as("the erasure completes").isTrue();
        ApiResponse completed = erase(afterwards);

        assertThat(running.status()).as(running.toString()).isEqualTo(202);
        assertThat(running.json().path("erasureId").asText()).isEqualTo(receipt);
        assertThat(read(whileRunning).path("erasureId").asText()).isEqualTo(receipt);
        assertThat(completed.status()).as(completed.toString()).isEqualTo(202);
        assertThat(completed.json().path("erasureId").asText()).isEqualTo(receipt);
        assertThat(read(afterwards).path("erasureId").asText()).as("no receipt that never existed").isEqualTo(receipt);
    }

    /** A HEAD is safe: it links no export to the request; once one is linked it names it, as the GET would. */
    @Test
    void aHeadOnTheExportLinksNothing() {
        Users.SignedIn user = Users.signedIn(cockpit);
        String id = record(user.userId(), "access");

        ApiResponse before = cockpit.operator().head(REQUESTS + "/" + id + "/export");
        boolean linkedByHead = !read(id).path("exportId").isNull();
        ApiResponse download = export(id);
        ApiResponse after = cockpit.operator().head(REQUESTS + "/" + id + "/export");

        assertThat(before.status()).isEqualTo(200);
        assertThat(before.header("X-Export-Id")).as("there is none yet").isEmpty();
        assertThat(before.header("Content-Disposition")).isPresent();
        assertThat(linkedByHead).isFalse();
        assertThat(after.status()).isEqualTo(200);
        assertThat(after.header("X-Export-Id")).isEqualTo(download.header("X-Export-Id")).isPresent();
    }

    @Test
    void anExportIsMadeOnlyForAnAccessRequestAndAClosedOneServesTheLinkedExportUnchanged() {
        Users.SignedIn user = Users.signedIn(cockpit);
        String erasure = record(user.userId(), "erasure");
        String rejected = record(user.userId(), "access");
        String done = record(user.userId(), "access");
        close(rejected, "rejected");
        ApiResponse first = export(done);
        assertThat(first.status()).isEqualTo(200);
        String exportId = first.header("X-Export-Id").orElseThrow();
        assertThat(close(done, "done").status()).isEqualTo(200);
        JsonNode closed = read(done);
        JsonNode rejectedBefore = read(rejected);

        ApiResponse wrongType = export(erasure);
        ApiResponse neverExported = export(rejected);
        ApiResponse again = export(done);

        assertThat(wrongType.status()).isEqualTo(409);
        assertThat(wrongType.code()).isEqualTo("data_subject_request.wrong_type");
        assertThat(read(erasure).path("exportId").isNull()).isTrue();
        assertThat(neverExported.status()).isEqualTo(409);
        assertThat(neverExported.code()).isEqualTo("data_subject_request.closed");
        assertThat(read(rejected)).isEqualTo(rejectedBefore);
        assertThat(again.status()).as("the linked export, downloaded again").isEqualTo(200);
        assertThat(again.header("X-Export-Id")).hasValue(exportId);
        assertThat(again.json().path("userId").asText()).isEqualTo(user.userId());
        assertThat(read(done)).as("unchanged").isEqualTo(closed);
    }

    @Test
    void exportsAtOnceLinkOneExportWhoseIdEveryDownloadCarries() {
        Users.SignedIn user = Users.signedIn(cockpit);
        String id = record(user.userId(), "access");

        List<ApiResponse> answers = BruteForceScenarios.atOnce(12, n -> export(id));

        assertThat(answers).allSatisfy(answer -> assertThat(answer.status()).as(answer.toString()).isEqualTo(200));
        String linked = read(id).path("exportId").asText();
        assertThat(answers).allSatisfy(answer -> assertThat(answer.header("X-Export-Id")).hasValue(linked));
        assertThat(export(id).header("X-Export-Id")).as("downloaded again later").hasValue(linked);
    }

    @Test
    void erasuresAtOnceStartOneErasureAndAnswerItsReceiptToEveryone() {
        Users.SignedIn user = Users.signedIn(cockpit);
        String id = record(user.userId(), "erasure");

        List<ApiResponse> answers = BruteForceScenarios.atOnce(12, n -> erase(id));

        assertThat(answers).allSatisfy(answer -> assertThat(answer.status()).as(answer.toString()).isEqualTo(202));
        String receipt = read(id).path("erasureId").asText();
        assertThat(answers).allSatisfy(answer -> assertThat(answer.json().path("erasureId").asText())
                .isEqualTo(receipt));
        assertThat(user.api().get("/v1/me").status()).isEqualTo(401);
        assertThat(close(id, "done").status()).isEqualTo(200);
        ApiResponse afterClosing = erase(id);
        assertThat(afterClosing.status()).as("the linked receipt, asked again").isEqualTo(202);
        assertThat(afterClosing.json().path("erasureId").asText()).isEqualTo(receipt);
    }

    @Test
    void theOperatorRestrictsAndLiftsForARestrictionRequestOnlyAndTheUserSeesItAsTheOperators() {
        Users.SignedIn user = Users.signedIn(cockpit);
        String access = record(user.userId(), "access");
        String id = record(user.userId(), "restriction");

        ApiResponse wrongType = restrict(access);
        ApiResponse wrongTypeLifted = liftRestriction(access);
        ApiResponse restricted = restrict(id);
        ApiResponse again = restrict(id);
        JsonNode seen = user.api().get("/v1/me/restriction").json();

        assertThat(wrongType.status()).isEqualTo(409);
        assertThat(wrongType.code()).isEqualTo("data_subject_request.wrong_type");
        assertThat(wrongTypeLifted.code()).isEqualTo("data_subject_request.wrong_type");
        assertThat(restricted.status()).as(restricted.toString()).isEqualTo(200);
        assertThat(restricted.json().path("restricted").asBoolean()).isTrue();
        assertThat(again.json()).as("restricting again keeps the first time").isEqualTo(restricted.json());
        assertThat(seen).isEqualTo(restricted.json());
        assertThat(close(id, "done").status()).isEqualTo(200);
        assertThat(restrict(id).code()).as("a closed request restricts nothing").isEqualTo("data_subject_request.closed");
        assertThat(liftRestriction(id).status()).as("lifted also after closing").isEqualTo(204);
        assertThat(user.api().get("/v1/me/restriction").json().path("restricted").asBoolean()).isFalse();
        JsonNode changes = user.api().get("/v1/me/restriction/changes").json().path("items");
        assertThat(changes.findValuesAsText("source")).containsExactly("operator", "operator");
        assertThat(changes.findValuesAsText("restricted")).containsExactly("false", "true");
    }

    @Test
    void restrictionsAtOnceRecordOneChange() {
        Users.SignedIn user = Users.signedIn(cockpit);
        String id = record(user.userId(), "restriction");

        List<ApiResponse> answers = BruteForceScenarios.atOnce(12, n -> n % 3 == 0
                ? user.api().put("/v1/me/restriction", null, null) : restrict(id));

        assertThat(answers).allSatisfy(answer -> assertThat(answer.status()).as(answer.toString()).isEqualTo(200));
        assertThat(answers.stream().map(answer -> answer.json().path("since").asText()).distinct()).hasSize(1);
        assertThat(user.api().get("/v1/me/restriction/changes").json().path("items").size()).isEqualTo(1);
    }

    @Test
    void anObjectionTurnsTheNamedSwitchesOffAsTheOperatorsAndKeepsTheOthers() {
        Users.SignedIn user = Users.signedIn(cockpit);
        String id = record(user.userId(), "objection");
        String access = record(user.userId(), "access");

        ApiResponse wrongType = object(access, "[\"recommendations\"]");
        ApiResponse unknown = object(id, "[\"marketing\"]");
        ApiResponse none = object(id, "[]");
        ApiResponse objected = object(id, "[\"recommendations\",\"product_analytics\"]");
        String etag = user.api().get("/v1/me/privacy").header("ETag").orElseThrow();
        ApiResponse again = object(id, "[\"recommendations\"]");
        ApiResponse afterAgain = user.api().get("/v1/me/privacy");
        JsonNode switches = afterAgain.json();
        JsonNode consents = user.api().get("/v1/me/consents").json().path("items");

        assertThat(wrongType.code()).isEqualTo("data_subject_request.wrong_type");
        assertThat(unknown.status()).isEqualTo(422);
        assertThat(unknown.errorPointers()).containsExactly("body:/purposes/0");
        assertThat(none.status()).isEqualTo(422);
        assertThat(objected.status()).as(objected.toString()).isEqualTo(204);
        assertThat(again.status()).isEqualTo(204);
        assertThat(afterAgain.header("ETag")).as("nothing changed, not even the version").contains(etag);
        assertThat(switches.path("recommendations").asBoolean()).isFalse();
        assertThat(switches.path("productAnalytics").asBoolean()).isFalse();
        assertThat(switches.path("errorReporting").asBoolean()).as("not named, kept").isTrue();
        assertThat(consents.findValuesAsText("source")).containsExactly("operator", "operator");
        assertThat(consents.findValuesAsText("decision")).containsOnly("withdrawn");
        assertThat(close(id, "done").status()).isEqualTo(200);
        assertThat(object(id, "[\"error_reporting\"]").code()).isEqualTo("data_subject_request.closed");
        assertThat(new StoredRows(cockpit).auditActions("olivia")).contains("data_subject_requests.object");
    }

    /** The operator's objection and the user's own changes at once: neither overwrites the other. */
    @Test
    void anObjectionAndTheUsersOwnChangesAtOnceLoseNeither() {
        Users.SignedIn user = Users.signedIn(cockpit);
        String id = record(user.userId(), "objection");

        List<ApiResponse> answers = BruteForceScenarios.atOnce(12, n -> n % 2 == 0
                ? object(id, "[\"recommendations\"]")
                : user.api().put("/v1/me/privacy", "{\"errorReporting\":true,\"statistics\":true,"
                        + "\"analyticsIdentification\":false}", "*"));

        assertThat(answers).allSatisfy(answer -> assertThat(answer.status()).as(answer.toString()).isIn(200, 204));
        JsonNode switches = user.api().get("/v1/me/privacy").json();
        assertThat(switches.path("recommendations").asBoolean()).isFalse();
        assertThat(switches.path("statistics").asBoolean()).isTrue();
    }

    @Test
    void aRectificationCorrectsTheNameAlsoOfAnArchivedAccountAndRefusesABadOne() {
        Users.SignedIn user = Users.signedIn(cockpit);
        assertThat(cockpit.partner().patch("/v1/partner/accounts/" + user.externalId(),
                "{\"contractStatus\":\"cancelled\"}").status()).isEqualTo(200);
        String id = record(user.userId(), "rectification");
        String objection = record(user.userId(), "objection");

        ApiResponse wrongType = rectify(objection, "\"Jana Neumann\"");
        ApiResponse lineBreak = rectify(id, "\"Jana\\nNeumann\"");
        ApiResponse corrected = rectify(id, "\"Jana Neumann\"");

        assertThat(wrongType.code()).isEqualTo("data_subject_request.wrong_type");
        assertThat(lineBreak.status()).isEqualTo(422);
        assertThat(lineBreak.errorPointers()).containsExactly("body:/name");
        assertThat(corrected.status()).as(corrected.toString()).isEqualTo(204);
        assertThat(cockpit.partner().get("/v1/partner/accounts/" + user.externalId()).json().path("name").asText())
                .isEqualTo("Jana Neumann");
        assertThat(new StoredRows(cockpit).auditActions("olivia")).contains("data_subject_requests.rectify");
    }

    /** Found in an attack run: while the user's erasure ran, an objection and a new name still answered 204. */
    @Test
    void nothingIsChangedForAUserWhoseErasureWasAskedFor() {
        Users.SignedIn user = Users.signedIn(cockpit);
        String restriction = record(user.userId(), "restriction");
        String objection = record(user.userId(), "objection");
        String rectification = record(user.userId(), "rectification");
        assertThat(user.api().delete("/v1/me", "{\"password\":\"" + Users.PASSWORD + "\"}").status()).isEqualTo(202);

        List<ApiResponse> answers = List.of(restrict(restriction), liftRestriction(restriction),
                object(objection, "[\"statistics\"]"), rectify(rectification, "\"Renamed While Erasing\""));

        assertThat(answers).allSatisfy(answer -> {
            assertThat(answer.status()).as(answer.toString()).isIn(404, 409);
            assertThat(answer.code()).isIn("account.erasure_running", "account.not_found");
        });
    }

    /**
     * Found in an attack run: a restriction that waited for a lift kept the time from before it, and a restriction
     * that found one in force answered the state after a lift that committed meanwhile. Now every answer to a
     * restriction says restricted, and the state is what the newest history entry says.
     */
    @Test
    void restrictionsAndLiftsAtOnceLeaveAStateItsHistoryExplains() {
        for (int round = 0; round < 5; round++) {
            Users.SignedIn user = Users.signedIn(cockpit);
            String id = record(user.userId(), "restriction");

            List<ApiResponse> answers = BruteForceScenarios.atOnce(16, n -> switch (n % 4) {
                case 0 -> restrict(id);
                case 1 -> liftRestriction(id);
                case 2 -> user.api().put("/v1/me/restriction", null, null);
                default -> user.api().delete("/v1/me/restriction");
            });

            for (int n = 0; n < answers.size(); n++) {
                ApiResponse answer = answers.get(n);
                if (n % 4 == 0 || n % 4 == 2) {
                    assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
                    assertThat(answer.json().path("restricted").asBoolean()).as(answer.toString()).isTrue();
                } else {
                    assertThat(answer.status()).as(answer.toString()).isEqualTo(204);
                }
            }
            JsonNode state = user.api().get("/v1/me/restriction").json();
            JsonNode newest = user.api().get("/v1/me/restriction/changes").json().path("items").get(0);
            assertThat(newest.path("restricted").asBoolean()).isEqualTo(state.path("restricted").asBoolean());
            if (state.path("restricted").asBoolean()) {
                assertThat(state.path("since").asText()).isEqualTo(newest.path("at").asText());
            }
        }
    }
}
