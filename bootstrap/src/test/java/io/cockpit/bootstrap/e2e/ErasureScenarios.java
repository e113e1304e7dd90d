package io.cockpit.bootstrap.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import io.cockpit.domain.access.TokenHash;
import io.cockpit.domain.account.ErasureRequest;
import io.cockpit.domain.shared.ItemId;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import static io.cockpit.bootstrap.e2e.Users.PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The user's rights over HTTP, end to end: the export (JSON and a ZIP of CSV files), the erasure with
 * {@code DELETE /v1/me} and what the partner sees of it, the operator's export and erasure on a person's behalf, and
 * after an erasure not a trace of the user's ids, e-mail address or name in any table or Redis key.
 */
abstract class ErasureScenarios extends Scenarios {

    private static final String NAME = "Sam Seller";

    private ErasureRequest awaitCompleted(String erasureId) {
        ItemId id = new ItemId(erasureId);
        assertThat(StoredRows.await(() -> cockpit.erasures().find(id).filter(ErasureRequest::completed).isPresent()))
                .as("the erasure completes").isTrue();
        return cockpit.erasures().find(id).orElseThrow();
    }

    private void assertNoTraceOf(List<String> values) {
        for (String value : values) {
            assertThat(DatabaseScan.placesHolding(cockpit.databaseSettings(), value)).as("traces of " + value)
                    .isEmpty();
        }
        if (cockpit.mode == CockpitFixture.Mode.PRODUCTION) {
            cockpit.redisContents().forEach((key, content) -> {
                for (String value : values) {
                    assertThat(key).doesNotContain(value);
                    assertThat(content).doesNotContain(value);
                }
            });
        }
    }

    @Test
    void aPartnersRetryWithTheKeyOfAnErasedAccountProvisionsAgainInsteadOfAnsweringTheErasedOne() {
        String externalId = Unique.id("retry");
        String body = Unique.provisionBody(externalId, Unique.email(), NAME, "active");
        Map<String, String> headers = Map.of("Content-Type", "application/json", "Idempotency-Key", Unique.id("key"));
        ApiResponse first = cockpit.partner().send("POST", "/v1/partner/accounts", body, headers);
        assertThat(first.status()).as(first.toString()).isEqualTo(201);
        assertThat(cockpit.partner().send("POST", "/v1/partner/accounts", body, headers).header("Idempotent-Replayed"))
                .as("replayed while the account exists").hasValue("true");
        String token = cockpit.anonymous().post("/v1/auth/activation", "{\"token\":\""
                + first.json().path("activationToken").asText() + "\",\"password\":\"" + PASSWORD + "\"}").json()
                .path("token").asText();
        ApiResponse erasure = cockpit.anonymous().withBearer(token).delete("/v1/me", "{\"password\":\"" + PASSWORD + "\"}");
        awaitCompleted(erasure.json().path("erasureId").asText());

        ApiResponse retried = cockpit.partner().send("POST", "/v1/partner/accounts", body, headers);

        assertThat(retried.status()).as(retried.toString()).isEqualTo(201);
        assertThat(retried.header("Idempotent-Replayed")).isEmpty();
        assertThat(retried.json().path("userId").asText()).isNotEqualTo(first.json().path("userId").asText());
        assertThat(cockpit.partner().get("/v1/partner/accounts/" + externalId).json().path("userId").asText())
                .isEqualTo(retried.json().path("userId").asText());
    }

    @Test
    void theExportStreamsEveryCategoryOfTheRegisterWithItsDescriptionAndTheData() {
        Users.SignedIn user = DataEverywhere.aUser(cockpit);

        ApiResponse export = user.api().withHeader("Accept-Language", "en").get("/v1/me/export");

        assertThat(export.status()).isEqualTo(200);
        assertThat(export.header("Content-Disposition").orElseThrow()).startsWith("attachment; filename=\"cockpit-export-")
                .endsWith(".json\"");
        JsonNode document = export.json();
        assertThat(document.path("userId").asText()).isEqualTo(user.userId());
        Map<String, JsonNode> categories = new LinkedHashMap<>();
        document.path("categories").forEach(category -> categories.put(category.path("id").asText(), category));
        assertThat(categories.keySet()).containsExactlyElementsOf(cockpit.register().userCategories().stream()
                .map(c -> c.id()).toList());
        JsonNode account = categories.get("account");
        assertThat(account.path("purpose").asText()).contains("providing the Cockpit");
        assertThat(account.path("legalBasis").path("code").asText()).isEqualTo("contract");
        assertThat(account.path("retention").path("period").asText()).isEqualTo("P30D");
        assertThat(account.path("items").get(0).path("email").asText()).isEqualTo(user.email());
        assertThat(account.path("items").get(0).path("trackingId").asText()).isNotBlank();
        assertThat(categories.get("labels").path("items")).hasSize(2);
        assertThat(categories.get("legal_holds").path("items").get(0).path("reason").asText())
                .isEqualTo("Tax audit 2026");
        assertThat(categories.get("sessions").path("items")).hasSize(2);
        assertThat(export.body()).doesNotContain("$argon2");

        ApiClient.Download zip = user.api().download("/v1/me/export?format=zip");
        assertThat(zip.response().status()).isEqualTo(200);
        Map<String, String> files = unzip(zip.bytes());
        assertThat(files.keySet()).contains("account.csv", "settings.csv", "labels.csv", "categories.csv");
        assertThat(files.get("account.csv")).startsWith("userId,email,name,").contains(user.email());
        assertThat(files.get("labels.csv").lines()).hasSize(3);
        assertThat(files.get("categories.csv")).contains("account,").contains("labels,");
    }

    private static Map<String, String> unzip(byte[] bytes) {
        Map<String, String> files = new LinkedHashMap<>();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes), StandardCharsets.UTF_8)) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                files.put(entry.getName(), new String(zip.readAllBytes(), StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return files;
    }

    @Test
    void aWrongPasswordIs401AndErasesNothing() {
        Users.SignedIn user = Users.signedIn(cockpit);

        ApiResponse refused = user.api().from(Unique.address()).delete("/v1/me", "{\"password\":\"not my password\"}");

        assertThat(refused.status()).isEqualTo(401);
        assertThat(refused.code()).isEqualTo("auth.password_confirmation_wrong");
        assertThat(user.api().get("/v1/me").status()).isEqualTo(200);
        assertThat(cockpit.partner().get("/v1/partner/accounts/" + user.externalId()).status()).isEqualTo(200);
    }

    @Test
    void wrongPasswordsAreThrottledLikeSignIns() {
        Users.SignedIn user = Users.signedIn(cockpit);
        ApiClient me = user.api().from(Unique.address());
        List<Integer> statuses = new ArrayList<>();
        for (int i = 0; i < 15 && !statuses.contains(429); i++) {
            statuses.add(me.delete("/v1/me", "{\"password\":\"guess number " + i + "\"}").status());
        }
        assertThat(statuses).contains(429).allMatch(status -> status == 401 || status == 429 || status == 503);
        ApiResponse throttled = me.delete("/v1/me", "{\"password\":\"" + PASSWORD + "\"}");
        assertThat(throttled.status()).as("held off even with the right password").isEqualTo(429);
        assertThat(throttled.header("Retry-After")).isPresent();
        assertThat(user.api().get("/v1/me").status()).isEqualTo(200);
    }

    @Test
    void deleteMeEndsAccessAtOnceErasesEveryStoreMailsTheReceiptAndLeavesNoTrace() {
        Users.SignedIn user = DataEverywhere.aUser(cockpit);
        Users.SignedIn other = Users.signedIn(cockpit);
        String trackingId = user.api().get("/v1/me").json().path("trackingId").asText();
        String name = "Erin " + Unique.id("Zed").chars().filter(Character::isDigit)
                .mapToObj(digit -> String.valueOf((char) ('a' + digit - '0'))).reduce("Q", String::concat);
        assertThat(user.api().patch("/v1/me", "{\"name\":\"" + name + "\"}").status()).isEqualTo(200);
        Instant before = Instant.now().minusSeconds(1);
        assertThat(DatabaseScan.placesHolding(cockpit.databaseSettings(), user.userId())).isNotEmpty();

        ApiResponse accepted = user.api().delete("/v1/me", "{\"password\":\"" + PASSWORD + "\"}");

        assertThat(accepted.status()).isEqualTo(202);
        String receipt = accepted.json().path("erasureId").asText();
        assertThat(user.api().get("/v1/me").status()).as("access ends with the answer").isEqualTo(401);
        ErasureRequest done = awaitCompleted(receipt);
        assertThat(done.user()).isEmpty();

        assertThat(cockpit.partner().get("/v1/partner/accounts/" + user.externalId()).status()).isEqualTo(404);
        JsonNode erased = cockpit.partner().get("/v1/partner/accounts?deletedSince=" + before).json();
        assertThat(erased.path("items").findValuesAsText("externalId")).contains(user.externalId());
        assertThat(erased.toString()).doesNotContain(user.userId()).doesNotContain(user.email());
        assertThat(Users.signIn(cockpit.anonymous().from(Unique.address()), user.email(), PASSWORD).status())
                .isEqualTo(401);

        List<io.cockpit.application.port.out.shared.Mail> mail = cockpit.awaitMailTo(user.email(), 2);
        assertThat(mail).anySatisfy(confirmation -> assertThat(confirmation.text()).contains(receipt)
                .contains("message_templates (relational): 1").contains("account (relational): 1")
                .as("the sessions that ended with the request are counted")
                .containsPattern("sessions \\(relational\\): [1-9]"));
        assertThat(StoredRows.await(() -> cockpit.erasures().find(new ItemId(receipt)).orElseThrow()
                .confirmTo().isEmpty())).as("the address goes once the mail is handed over").isTrue();

        assertNoTraceOf(List.of(user.userId(), user.email(), trackingId, name, TokenHash.of(user.userId()).hex()));
        assertThat(other.api().get("/v1/me").status()).as("another user is untouched").isEqualTo(200);
        assertThat(DatabaseScan.placesHolding(cockpit.databaseSettings(), other.userId())).isNotEmpty();

        ApiResponse again = cockpit.partner().post("/v1/partner/accounts",
                Unique.provisionBody(user.externalId(), user.email(), NAME, "active"));
        assertThat(again.status()).as("the same reference provisioned again").isEqualTo(201);
        assertThat(again.json().path("userId").asText()).isNotEqualTo(user.userId());
    }

    @Test
    void parallelDeletesOfOneUserMakeOneErasureAndEveryAcceptedAnswerHasItsReceipt() throws Exception {
        Users.SignedIn user = Users.signedIn(cockpit);
        int parallel = 6;
        ExecutorService pool = Executors.newFixedThreadPool(parallel);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<ApiResponse>> answers = new ArrayList<>();
        for (int i = 0; i < parallel; i++) {
            answers.add(pool.submit(() -> {
                start.await();
                return user.api().delete("/v1/me", "{\"password\":\"" + PASSWORD + "\"}");
            }));
        }
        start.countDown();
        Set<String> receipts = new HashSet<>();
        for (Future<ApiResponse> answer : answers) {
            ApiResponse response = answer.get();
            assertThat(response.status()).as("accepted, or after the first the session has ended").isIn(202, 401);
            if (response.status() == 202) {
                receipts.add(response.json().path("erasureId").asText());
            }
        }
        pool.shutdown();
        assertThat(receipts).hasSize(1);
        awaitCompleted(receipts.iterator().next());
    }

    @Test
    void theOperatorExportsAndErasesOnAPersonsBehalfLinkedToTheRequestAndAuditedWithIdsOnly() {
        Users.SignedIn user = DataEverywhere.aUser(cockpit);
        Users.SignedIn other = Users.signedIn(cockpit);
        String requestId = dataSubjectRequest(user, "access");
        String erasureRequestId = dataSubjectRequest(user, "erasure");

        ApiResponse export = cockpit.operator().get("/v1/operator/data-subject-requests/" + requestId + "/export");
        assertThat(export.status()).isEqualTo(200);
        assertThat(export.json().path("userId").asText()).isEqualTo(user.userId());
        assertThat(export.json().toString()).doesNotContain(other.userId());
        String exportId = export.header("X-Export-Id").orElseThrow();
        assertThat(cockpit.operator().get("/v1/operator/data-subject-requests/" + requestId).json()
                .path("exportId").asText()).isEqualTo(exportId);
        assertThat(cockpit.operator().get("/v1/operator/data-subject-requests/" + Unique.uuid() + "/export")
                .status()).isEqualTo(404);

        ApiResponse erasure = cockpit.operator().post("/v1/operator/data-subject-requests/" + erasureRequestId
                + "/erasure", null);
        assertThat(erasure.status()).isEqualTo(202);
        String receipt = erasure.json().path("erasureId").asText();
        assertThat(cockpit.operator().post("/v1/operator/data-subject-requests/" + erasureRequestId + "/erasure", null)
                .json().path("erasureId").asText()).as("asked again").isEqualTo(receipt);
        assertThat(user.api().get("/v1/me").status()).isEqualTo(401);
        awaitCompleted(receipt);

        JsonNode after = cockpit.operator().get("/v1/operator/data-subject-requests/" + erasureRequestId).json();
        assertThat(after.path("erasureId").asText()).isEqualTo(receipt);
        assertThat(after.path("userId").asText()).as("pseudonymised").isNotEqualTo(user.userId());
        assertThat(cockpit.operator().get("/v1/operator/data-subject-requests/" + requestId + "/export").status())
                .as("nothing left to export").isEqualTo(404);
        assertThat(new StoredRows(cockpit).auditActions("olivia")).contains("data_subject_requests.export",
                "data_subject_requests.erase");
        assertNoTraceOf(List.of(user.userId(), user.email()));
        assertThat(other.api().get("/v1/me").status()).isEqualTo(200);
    }

    private String dataSubjectRequest(Users.SignedIn user, String type) {
        return cockpit.operator().post("/v1/operator/data-subject-requests", "{\"userId\":\"" + user.userId()
                + "\",\"type\":\"" + type + "\",\"receivedAt\":\"" + Instant.now().minusSeconds(60)
                + "\",\"note\":\"Asked by letter for a copy and the erasure.\"}").json().path("id").asText();
    }

    @Test
    void anotherUsersIdsAreNotFound() {
        assertThat(cockpit.operator().put("/v1/operator/accounts/" + Unique.userId() + "/legal-hold",
                "{\"reason\":\"court case\"}", null).status()).isEqualTo(404);
        assertThat(cockpit.operator().post("/v1/operator/data-subject-requests/" + Unique.uuid() + "/erasure", null)
                .status()).isEqualTo(404);
        assertThat(cockpit.operator().delete("/v1/operator/accounts/" + Unique.userId() + "/legal-hold").status())
                .isEqualTo(404);
        assertThat(cockpit.operator().put("/v1/operator/data-subject-requests/" + Unique.uuid() + "/restriction",
                null, null).status()).isEqualTo(404);
        assertThat(cockpit.operator().delete("/v1/operator/data-subject-requests/" + Unique.uuid() + "/restriction")
                .status()).isEqualTo(404);
    }

    /** The user, whose contract the partner cancelled (its account is archived from now). */
    private Users.SignedIn cancelled(Users.SignedIn user) {
        assertThat(cockpit.partner().patch("/v1/partner/accounts/" + user.externalId(),
                "{\"contractStatus\":\"cancelled\"}").status()).isEqualTo(200);
        return user;
    }

    /**
     * Found in a review: the retention job erased a cancelled account after its 30 days although its processing was
     * restricted (Art. 18 GDPR: restricted data is only stored), and an archived user, who cannot sign in, had nobody
     * to set or lift the restriction for them.
     */
    @Test
    @TimeTravel
    void aCancelledAccountWhoseProcessingIsRestrictedIsKeptUntilTheOperatorLiftsTheRestriction() {
        Users.SignedIn restricted = cancelled(Users.signedIn(cockpit));
        Users.SignedIn due = cancelled(Users.signedIn(cockpit));
        String request = dataSubjectRequest(restricted, "restriction");
        String restriction = "/v1/operator/data-subject-requests/" + request + "/restriction";
        assertThat(cockpit.operator().put(restriction, null, null).status()).isEqualTo(200);
        cockpit.travel(Duration.ofDays(31));

        assertThat(StoredRows.await(() -> cockpit.partner().get("/v1/partner/accounts/" + due.externalId())
                .status() == 404)).as("erased by the retention job").isTrue();
        assertThat(cockpit.partner().get("/v1/partner/accounts/" + restricted.externalId()).status()).isEqualTo(200);

        assertThat(cockpit.operator().delete(restriction).status()).isEqualTo(204);
        assertThat(StoredRows.await(() -> cockpit.partner().get("/v1/partner/accounts/" + restricted.externalId())
                .status() == 404)).as("erased once the restriction is lifted").isTrue();
        assertThat(new StoredRows(cockpit).auditActions("olivia")).contains("data_subject_requests.restrict",
                "data_subject_requests.lift_restriction");
    }

    @Test
    @TimeTravel
    void aCancelledAccountIsErasedThirtyDaysLaterUnlessHeldAndTheRunCountsIt() {
        Users.SignedIn held = cancelled(Users.signedIn(cockpit));
        Users.SignedIn due = cancelled(Users.signedIn(cockpit));
        assertThat(cockpit.operator().put("/v1/operator/accounts/" + held.userId() + "/legal-hold",
                "{\"reason\":\"Court case 12 O 345/26\"}", null).status()).isEqualTo(200);
        Instant travelled = cockpit.now().plus(Duration.ofDays(31));
        cockpit.travel(Duration.ofDays(31));

        assertThat(StoredRows.await(() -> cockpit.partner().get("/v1/partner/accounts/" + due.externalId())
                .status() == 404)).as("erased by the retention job").isTrue();
        assertThat(StoredRows.await(() -> new StoredRows(cockpit).deletedSince(travelled, "account") == 1)).isTrue();
        assertThat(cockpit.partner().get("/v1/partner/accounts/" + held.externalId()).status()).isEqualTo(200);
        JsonNode runs = cockpit.operator().get("/v1/operator/retention/runs?limit=100").json();
        assertThat(runs.path("items").findValues("deleted")).anySatisfy(deleted ->
                assertThat(deleted.path("account").asInt()).isEqualTo(1));

        assertThat(cockpit.operator().delete("/v1/operator/accounts/" + held.userId() + "/legal-hold").status())
                .isEqualTo(204);
        assertThat(StoredRows.await(() -> cockpit.partner().get("/v1/partner/accounts/" + held.externalId())
                .status() == 404)).as("erased once the hold is lifted").isTrue();
        assertThat(new StoredRows(cockpit).auditActions("olivia")).contains("accounts.legal_hold.put",
                "accounts.legal_hold.lift");
    }

    @Test
    void withAnAccessLogDirectoryTheRequestsGoToDailyFilesThatTheRetentionDeletesAfter30Days() throws IOException {
        java.nio.file.Path directory = java.nio.file.Files.createTempDirectory("cockpit-access");
        try (CockpitFixture own = CockpitFixture.startOwn(mode(), Map.of("cockpit.access.log.dir",
                directory.toString()))) {
            assertThat(own.anonymous().get("/v1/privacy/processing-activities").status()).isEqualTo(200);
            java.nio.file.Path today = directory.resolve("access-" + java.time.LocalDate.ofInstant(own.now(),
                    java.time.ZoneOffset.UTC) + ".log");
            assertThat(StoredRows.await(() -> java.nio.file.Files.exists(today) && read(today)
                    .contains("GET /v1/privacy/processing-activities 200"))).as("the line in today's file").isTrue();
            assertThat(read(today)).doesNotContain("127.0.0.1");

            own.travel(Duration.ofDays(31));
            assertThat(StoredRows.await(() -> !java.nio.file.Files.exists(today))).as("deleted after 30 days")
                    .isTrue();
        }
    }

    private static String read(java.nio.file.Path file) {
        try {
            return java.nio.file.Files.readString(file);
        } catch (IOException e) {
            return "";
        }
    }
}
