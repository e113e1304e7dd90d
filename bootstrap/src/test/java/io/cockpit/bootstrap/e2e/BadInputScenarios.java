package io.cockpit.bootstrap.e2e;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import static io.cockpit.bootstrap.e2e.Unique.provisionBody;
import static org.assertj.core.api.Assertions.assertThat;

/** Bad input gets a clear problem with the failing field, never a 500, and a refused write changes nothing. */
abstract class BadInputScenarios extends Scenarios {

    ApiClient partner;

    @BeforeEach
    void asPartner() {
        partner = cockpit.partner();
    }

    private void assertNothingWritten(String externalId) {
        assertThat(partner.get("/v1/partner/accounts/" + externalId).status()).isEqualTo(404);
    }

    @Test
    void malformedJsonIsABadRequest() {
        ApiResponse response = partner.post("/v1/partner/accounts", "{\"externalId\": \"crm-1\",");

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.code()).isEqualTo("request.malformed");
        assertThat(response.json().path("detail").asText()).contains("line 1");
    }

    @Test
    void aProblemListsAtMostAHundredErrorsAndCountsFieldsNotErrors() {
        String externalId = Unique.id("many");
        StringBuilder unknown = new StringBuilder();
        for (int i = 0; i < 150; i++) {
            unknown.append(",\"k").append(i).append("\":1");
        }
        String body = provisionBody(externalId, Unique.email(), "Sam Many", "active");

        ApiResponse many = partner.post("/v1/partner/accounts", body.substring(0, body.length() - 1) + unknown + "}");
        ApiResponse emptyKey = partner.send("POST", "/v1/partner/accounts", body, Map.of("Content-Type",
                "application/json", "Idempotency-Key", ""));

        assertThat(many.status()).isEqualTo(422);
        assertThat(many.json().path("errors")).hasSize(100);
        assertThat(many.json().path("detail").asText())
                .isEqualTo("150 fields break the contract. The first 100 errors are listed.");
        assertThat(emptyKey.status()).isEqualTo(400);
        assertThat(emptyKey.json().path("detail").asText()).isEqualTo("A parameter breaks the contract.");
        assertNothingWritten(externalId);
    }

    @Test
    void trailingGarbageAndDuplicateKeysAreMalformed() {
        String externalId = Unique.id("crm");
        String body = provisionBody(externalId, Unique.email(), "A", "active");

        assertThat(partner.post("/v1/partner/accounts", body + " {}").status()).isEqualTo(400);
        assertThat(partner.post("/v1/partner/accounts", body.replace("{", "{\"name\":\"B\",")).status()).isEqualTo(400);
        assertNothingWritten(externalId);
    }

    @Test
    void aBodyShorterThanItsContentLengthIsMalformedNotAServerError() {
        String externalId = Unique.id("short");
        byte[] body = provisionBody(externalId, Unique.email(), "Sam Short", "active").getBytes(StandardCharsets.UTF_8);

        ApiResponse response = partner.sendShortBody("POST", "/v1/partner/accounts", "application/json",
                java.util.Arrays.copyOf(body, body.length / 2), body.length);

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().path("code").asText()).isEqualTo("request.malformed");
        assertThat(response.json().path("detail").asText()).contains("ended before its announced length");
        assertNothingWritten(externalId);
    }

    @Test
    void aTransferEncodingOtherThanChunkedIsNotImplementedNotAServerError() {
        String externalId = Unique.id("gzip");
        byte[] body = provisionBody(externalId, Unique.email(), "Gina Gzip", "active").getBytes(StandardCharsets.UTF_8);
        byte[] chunked = (Integer.toHexString(body.length) + "\r\n" + new String(body, StandardCharsets.UTF_8)
                + "\r\n0\r\n\r\n").getBytes(StandardCharsets.UTF_8);

        ApiResponse response = partner.sendRaw("POST", "/v1/partner/accounts", Map.of("Content-Type",
                "application/json", "Transfer-Encoding", "gzip, chunked"), chunked);

        assertThat(response.status()).isEqualTo(501);
        assertThat(response.code()).isEqualTo("request.transfer_encoding_unsupported");
        assertNothingWritten(externalId);
    }

    @Test
    void aBodyStillArrivingAfterTheRequestsTimeIsRefusedAndChangesNothing() {
        String externalId = Unique.id("slow");
        byte[] body = provisionBody(externalId, Unique.email(), "Tom Trickle", "active").getBytes(StandardCharsets.UTF_8);
        long start = System.nanoTime();

        // a byte every half second: each read comes well within the socket's timeout, the whole body never in time
        ApiResponse response = partner.sendTrickled("POST", "/v1/partner/accounts", Map.of("Content-Type",
                "application/json", "Content-Length", Integer.toString(body.length)), body, Duration.ofMillis(500));

        assertThat(response.status()).isEqualTo(408);
        assertThat(response.code()).isEqualTo("request.timeout");
        assertThat(Duration.ofNanos(System.nanoTime() - start))
                .isGreaterThanOrEqualTo(CockpitFixture.BODY_DEADLINE)
                .isLessThan(CockpitFixture.BODY_DEADLINE.plusSeconds(25));
        assertNothingWritten(externalId);
    }

    /** Found by attack: the read that came too late also ended the body, and a request behind it on the connection ran. */
    @Test
    void nothingAfterA408RunsEvenWhenItsLastReadEndedTheBody() {
        String late = Unique.id("late");
        String behind = Unique.id("behind");
        byte[] body = provisionBody(late, Unique.email(), "Lea Late", "active").getBytes(StandardCharsets.UTF_8);
        byte[] next = provisionBody(behind, Unique.email(), "Ben Behind", "active").getBytes(StandardCharsets.UTF_8);
        byte[] rest = new byte[body.length - 10];
        System.arraycopy(body, 10, rest, 0, rest.length);
        String following = "POST /v1/partner/accounts HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer "
                + cockpit.partnerKey() + "\r\nContent-Type: application/json\r\nContent-Length: " + next.length
                + "\r\n\r\n" + new String(next, StandardCharsets.UTF_8);
        byte[] restAndNext = (new String(rest, StandardCharsets.UTF_8) + following).getBytes(StandardCharsets.UTF_8);

        ApiResponse answer = partner.sendInTwoParts("POST", "/v1/partner/accounts", Map.of("Content-Type",
                "application/json", "Content-Length", Integer.toString(body.length)), java.util.Arrays.copyOf(body, 10),
                CockpitFixture.BODY_DEADLINE.plusSeconds(1), restAndNext);

        assertThat(answer.status()).isEqualTo(408);
        assertThat(answer.body()).as("no second answer").doesNotContain("HTTP/1.1");
        assertNothingWritten(late);
        assertNothingWritten(behind);
    }

    /** A client that stops sending in the middle of its body holds its connection only until 5 s past the deadline. */
    @Test
    void aBodyThatStopsArrivingIsCutOffAtTheRequestsDeadline() {
        String externalId = Unique.id("stalled");
        byte[] body = provisionBody(externalId, Unique.email(), "Stella Stalled", "active")
                .getBytes(StandardCharsets.UTF_8);

        Duration held = partner.stallBody("POST", "/v1/partner/accounts", Map.of("Content-Type", "application/json",
                "Content-Length", Integer.toString(body.length)), java.util.Arrays.copyOf(body, body.length / 2),
                Duration.ofSeconds(60));

        assertThat(held).as("the connection ended after the deadline, not when the client gave up")
                .isGreaterThanOrEqualTo(CockpitFixture.BODY_DEADLINE.plusSeconds(5).minusMillis(100))
                .isLessThan(CockpitFixture.BODY_DEADLINE.plusSeconds(15));
        assertNothingWritten(externalId);
    }

    /**
     * A request with {@code Connection: close} that is refused before its body is read (here 401): the body holds a
     * whole second request, with valid credentials. Nothing more is read from the connection, so it never runs.
     */
    @Test
    void aRequestSmuggledInTheBodyOfARefusedOneThatClosesTheConnectionNeverRuns() {
        String externalId = Unique.id("smuggled");
        byte[] provision = provisionBody(externalId, Unique.email(), "Sam Smuggled", "active")
                .getBytes(StandardCharsets.UTF_8);
        byte[] inner = ("POST /v1/partner/accounts HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer "
                + cockpit.partnerKey() + "\r\nContent-Type: application/json\r\nContent-Length: " + provision.length
                + "\r\n\r\n" + new String(provision, StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8);

        // sendRaw sends Connection: close and reads until the server closes: a second answer would follow the first
        ApiResponse refused = cockpit.anonymous().sendRaw("POST", "/v1/partner/accounts",
                Map.of("Content-Type", "application/json", "Content-Length", Integer.toString(inner.length)), inner);

        assertThat(refused.status()).isEqualTo(401);
        assertThat(refused.body()).doesNotContain("HTTP/1.1");
        assertNothingWritten(externalId);
    }

    /** Refused before its body is read: the answer comes at once and the connection closes, the rest is not read. */
    @Test
    void aBodyRefusedUnreadIsNotWaitedFor() {
        byte[] body = provisionBody(Unique.id("unread"), Unique.email(), "Una Unread", "active")
                .getBytes(StandardCharsets.UTF_8);
        long start = System.nanoTime();

        ApiResponse refused = cockpit.anonymous().sendTrickled("POST", "/v1/partner/accounts", Map.of("Content-Type",
                "application/json", "Content-Length", Integer.toString(body.length)), body, Duration.ofMillis(500));

        assertThat(refused.status()).isEqualTo(401);
        assertThat(Duration.ofNanos(System.nanoTime() - start)).as("not the whole trickle (over a minute)")
                .isLessThan(Duration.ofSeconds(20));
    }

    /**
     * A body too large by its {@code Content-Length}, sent without waiting for {@code 100 Continue} (as a browser's
     * fetch does): the 413 comes while the body is on the way, and the server reads the rest before it closes, so the
     * client can finish sending and sees the answer rather than a reset.
     */
    @Test
    void aBodyRefusedOnItsLengthIsReadToItsEndSoThatTheClientSeesTheAnswer() {
        byte[] first = new byte[64 * 1024];
        // more than the largest body any operation takes (a document, 10 MiB): still this operation's 413
        byte[] rest = new byte[10 * 1024 * 1024 + 512 * 1024];
        java.util.Arrays.fill(first, (byte) 'x');
        java.util.Arrays.fill(rest, (byte) 'x');
        long start = System.nanoTime();

        ApiClient.AnsweredMidBody refused = partner.sendRefusedMidBody("POST", "/v1/partner/accounts",
                Map.of("Content-Type", "application/json", "Content-Length",
                        Integer.toString(first.length + rest.length)), first, rest);

        assertThat(refused.answer().status()).isEqualTo(413);
        assertThat(refused.answer().code()).isEqualTo("request.too_large");
        assertThat(refused.restAccepted()).as("the rest of the body was read, not reset").isTrue();
        assertThat(refused.closedWithoutReset()).isTrue();
        assertThat(Duration.ofNanos(System.nanoTime() - start))
                .as("answered before the rest, not after the server's 3 s of reading it").isLessThan(Duration.ofSeconds(3));
    }

    /** HTTP/1.0 (ab, a health checker, nginx without proxy_http_version 1.1) hears why, rather than nothing. */
    @Test
    void anotherHttpVersionGets505WithAProblem() {
        ApiResponse old = cockpit.anonymous().sendVerbatim("GET", "/health/live",
                "GET /health/live HTTP/1.0\r\nHost: localhost\r\n\r\n");
        ApiResponse current = cockpit.anonymous().sendVerbatim("GET", "/health/live",
                "GET /health/live HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n");

        assertThat(old.status()).isEqualTo(505);
        assertThat(old.code()).isEqualTo("request.http_version_not_supported");
        assertThat(old.header("Connection")).hasValue("close");
        assertThat(current.status()).isEqualTo(200);
    }

    @Test
    void aMissingBodyIsABadRequest() {
        ApiResponse response = partner.send("POST", "/v1/partner/accounts", null, Map.of());

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.code()).isEqualTo("request.malformed");
    }

    @Test
    void everyInvalidFieldIsNamedWithItsPointer() {
        String externalId = Unique.id("crm");
        ApiResponse response = partner.post("/v1/partner/accounts", "{\"externalId\":\"" + externalId
                + "\",\"email\":\"not-an-address\",\"name\":\"" + "x".repeat(201)
                + "\",\"contractStatus\":\"sleeping\",\"nickname\":\"JJ\"}");

        assertThat(response.status()).isEqualTo(422);
        assertThat(response.code()).isEqualTo("request.validation_failed");
        assertThat(response.errorPointers()).containsExactlyInAnyOrder(
                "body:/email", "body:/name", "body:/contractStatus", "body:/nickname");
        assertNothingWritten(externalId);
    }

    @Test
    void missingFieldsAndWrongTypesAreNamed() {
        ApiResponse response = partner.post("/v1/partner/accounts", "{\"externalId\":42,\"name\":null}");

        assertThat(response.status()).isEqualTo(422);
        assertThat(response.errorPointers()).contains("body:/externalId", "body:/name", "body:/email",
                "body:/contractStatus");
    }

    @Test
    void aBodyThatIsNotAnObjectIsInvalid() {
        ApiResponse response = partner.post("/v1/partner/accounts", "[1,2,3]");

        assertThat(response.status()).isEqualTo(422);
        assertThat(response.errorPointers()).containsExactly("body:/");
    }

    @Test
    void anAddressTheDomainRefusesIsNamedToo() {
        String externalId = Unique.id("crm");
        ApiResponse response = partner.post("/v1/partner/accounts",
                provisionBody(externalId, "jana@localhost", "Jana", "active"));

        assertThat(response.status()).isEqualTo(422);
        assertThat(response.errorPointers()).containsExactly("body:/email");
        assertNothingWritten(externalId);
    }

    /** Found by fuzzing: the contract says only format: email, and any top-level domain is one. */
    @Test
    void anAddressAtAnyTopLevelDomainIsAccepted() {
        String externalId = Unique.id("crm");
        String email = "jana" + Unique.id("") + "@example.hsp";

        ApiResponse created = partner.post("/v1/partner/accounts", provisionBody(externalId, email, "Jana", "active"));

        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        assertThat(created.json().path("email").asText()).isEqualTo(email);
    }

    @Test
    void aNewAccountCannotStartCancelled() {
        String externalId = Unique.id("crm");
        ApiResponse response = partner.post("/v1/partner/accounts",
                provisionBody(externalId, Unique.email(), "Jana", "cancelled"));

        assertThat(response.status()).isEqualTo(422);
        assertThat(response.errorPointers()).containsExactly("body:/contractStatus");
        assertNothingWritten(externalId);
    }

    @Test
    void nullInAMergePatchIsRefusedAndChangesNothing() {
        String externalId = Unique.id("crm");
        partner.post("/v1/partner/accounts", provisionBody(externalId, Unique.email(), "Jana", "active"));

        ApiResponse response = partner.patch("/v1/partner/accounts/" + externalId,
                "{\"name\":null,\"contractStatus\":\"cancelled\"}");

        assertThat(response.status()).isEqualTo(422);
        assertThat(response.errorPointers()).containsExactly("body:/name");
        assertThat(partner.get("/v1/partner/accounts/" + externalId).json().path("contractStatus").asText())
                .isEqualTo("active");
    }

    @Test
    void aBodyInAnUnacceptedMediaTypeIsRefused() {
        ApiResponse post = partner.send("POST", "/v1/partner/accounts", "externalId=crm-1",
                Map.of("Content-Type", "application/x-www-form-urlencoded"));
        ApiResponse patch = partner.send("PATCH", "/v1/partner/accounts/crm-1", "{}", Map.of("Content-Type", "text/plain"));

        assertThat(post.status()).isEqualTo(415);
        assertThat(post.header("Accept")).contains("application/json");
        assertThat(patch.status()).isEqualTo(415);
        assertThat(patch.header("Accept-Patch")).hasValueSatisfying(v -> assertThat(v).contains("application/merge-patch+json"));
    }

    @Test
    void aBodyOverOneMebibyteIsTooLarge() {
        byte[] huge = ("{\"name\":\"" + "x".repeat(1024 * 1024) + "\"}").getBytes(StandardCharsets.UTF_8);

        ApiResponse response = partner.sendBytes("POST", "/v1/partner/accounts", huge,
                Map.of("Content-Type", "application/json"), true);

        assertThat(response.status()).isEqualTo(413);
        assertThat(response.code()).isEqualTo("request.too_large");
    }

    @Test
    void aBadPathParameterIsABadRequestWithItsPointer() {
        ApiResponse response = partner.get("/v1/partner/accounts/-bad%20reference");

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.code()).isEqualTo("request.invalid_parameter");
        assertThat(response.errorPointers()).containsExactly("path:/externalId");
    }

    @Test
    void aBadHeaderParameterIsABadRequestWithItsPointer() {
        String externalId = Unique.id("crm");
        ApiResponse response = partner.post("/v1/partner/accounts",
                provisionBody(externalId, Unique.email(), "A", "active"), Map.of("Idempotency-Key", "k".repeat(256)));

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.errorPointers()).containsExactly("header:/Idempotency-Key");
        assertNothingWritten(externalId);
    }

    @Test
    void unknownPathsAndMethodsAreProblems() {
        ApiResponse unknown = partner.get("/v1/partner/nothing-here");
        ApiResponse wrongMethod = partner.delete("/v1/partner/accounts/crm-1");

        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.code()).isEqualTo("route.not_found");
        assertThat(wrongMethod.status()).isEqualTo(405);
        assertThat(wrongMethod.code()).isEqualTo("route.method_not_allowed");
        assertThat(wrongMethod.header("Allow")).contains("GET, HEAD, PATCH");
    }

    @Test
    void missingWrongAndForeignCredentialsAreUnauthorized() {
        ApiResponse missing = cockpit.anonymous().get("/v1/partner/accounts/crm-1");
        ApiResponse wrong = cockpit.anonymous().withBearer("ckp_not-a-key").get("/v1/partner/accounts/crm-1");
        ApiResponse operatorKey = cockpit.operator().get("/v1/partner/accounts/crm-1");
        ApiResponse basic = cockpit.anonymous().send("GET", "/v1/partner/accounts/crm-1", null,
                Map.of("Authorization", "Basic YWNtZTpzZWNyZXQ="));

        assertThat(missing.status()).isEqualTo(401);
        assertThat(missing.code()).isEqualTo("auth.credentials_missing");
        assertThat(missing.header("WWW-Authenticate")).contains("Bearer realm=\"partnerAuth\"");
        assertThat(wrong.status()).isEqualTo(401);
        assertThat(wrong.code()).isEqualTo("auth.credentials_invalid");
        assertThat(wrong.header("WWW-Authenticate")).hasValueSatisfying(v -> assertThat(v).contains("invalid_token"));
        assertThat(operatorKey.status()).isEqualTo(401);
        assertThat(basic.status()).isEqualTo(401);
    }

    /** Found by fuzzing: a parser limit without a location became a 500 on every JSON endpoint. */
    @Test
    void jsonNestedTooDeepIsMalformedOnEveryEndpoint() {
        Users.SignedIn user = Users.signedIn(cockpit);
        String deep = "[".repeat(1001) + "]".repeat(1001);
        String deepInObject = "{\"name\":" + "{\"a\":".repeat(100) + "1" + "}".repeat(100) + "}";

        List<ApiResponse> answers = List.of(
                cockpit.anonymous().post("/v1/auth/sessions", deep),
                cockpit.anonymous().post("/v1/auth/activation", deepInObject),
                partner.post("/v1/partner/accounts", deep),
                user.api().post("/v1/me/tags", deepInObject),
                user.api().put("/v1/me/settings", deep, "*"));

        assertThat(answers).allSatisfy(answer -> {
            assertThat(answer.status()).as(answer.toString()).isEqualTo(400);
            assertThat(answer.code()).isEqualTo("request.malformed");
        });
    }

    /** Found by fuzzing: C0 AF (an overlong '/') was read as '/', and UTF-16 passed for JSON. */
    @Test
    void aBodyThatIsNotStrictUtf8IsMalformed() {
        String externalId = Unique.id("crm");
        String body = provisionBody(externalId, Unique.email(), "AB", "active");
        byte[] utf8 = body.getBytes(StandardCharsets.UTF_8);
        int name = body.indexOf("\"AB\"") + 2;
        byte[] overlong = new byte[utf8.length + 2];
        System.arraycopy(utf8, 0, overlong, 0, name);
        overlong[name] = (byte) 0xC0;
        overlong[name + 1] = (byte) 0xAF;
        System.arraycopy(utf8, name, overlong, name + 2, utf8.length - name);
        Map<String, String> json = Map.of("Content-Type", "application/json");

        List<ApiResponse> answers = List.of(
                partner.sendBytes("POST", "/v1/partner/accounts", overlong, json),
                partner.sendBytes("POST", "/v1/partner/accounts", body.getBytes(StandardCharsets.UTF_16), json),
                partner.sendBytes("POST", "/v1/partner/accounts", body.getBytes(StandardCharsets.UTF_16LE), json),
                partner.sendBytes("POST", "/v1/partner/accounts", new byte[]{'{', (byte) 0xED, (byte) 0xA0,
                        (byte) 0x80, '}'}, json),
                cockpit.anonymous().sendBytes("POST", "/v1/auth/sessions",
                        "{\"email\":\"a@example.com\",\"password\":\"correct horse battery staple\"}"
                                .getBytes(StandardCharsets.UTF_16BE), json));

        assertThat(answers).allSatisfy(answer -> {
            assertThat(answer.status()).as(answer.toString()).isEqualTo(400);
            assertThat(answer.code()).isEqualTo("request.malformed");
        });
        assertNothingWritten(externalId);
    }

    @Test
    void aPathOrQueryThatIsNotPercentEncodedUtf8IsMalformed() {
        List<ApiResponse> answers = List.of(
                partner.get("/v1/partner/accounts/crm%C0%AF1"),
                partner.get("/v1/partner/accounts/crm%E2%82"),
                cockpit.anonymous().get("/health/live?x=%C0%AF"),
                cockpit.anonymous().get("/health%C0%AFlive"));

        assertThat(answers).allSatisfy(answer -> {
            assertThat(answer.status()).as(answer.toString()).isEqualTo(400);
            assertThat(answer.code()).isEqualTo("request.malformed");
        });
        assertThat(partner.get("/v1/partner/accounts/crm-%C3%A9").code())
                .as("well-formed UTF-8 reaches the parameter check").isEqualTo("request.invalid_parameter");
    }

    /** Found by fuzzing: oversized headers got a 400 that named no limit. */
    @Test
    void oversizedHeadersAre431AndAnOverlongTargetIs414() {
        ApiResponse headers = cockpit.anonymous().send("GET", "/health/live", null,
                Map.of("X-Padding", "p".repeat(10 * 1024), "X-More-Padding", "p".repeat(10 * 1024)));
        ApiResponse justBelow = cockpit.anonymous().send("GET", "/health/live", null,
                Map.of("X-Padding", "p".repeat(15 * 1024)));
        ApiResponse target = cockpit.anonymous().get("/health/live?padding=" + "p".repeat(5 * 1024));

        assertThat(headers.status()).as(headers.toString()).isEqualTo(431);
        assertThat(headers.code()).isEqualTo("request.headers_too_large");
        assertThat(justBelow.status()).isEqualTo(200);
        assertThat(target.status()).as(target.toString()).isEqualTo(414);
        assertThat(target.code()).isEqualTo("request.rejected");
        assertThat(List.of(headers, target)).allSatisfy(answer ->
                assertThat(answer.header("X-Content-Type-Options")).contains("nosniff"));
    }

    @Test
    void problemsNeverCarryStackTracesOrTheRequest() {
        ApiResponse response = partner.post("/v1/partner/accounts", "{\"externalId\": <script>alert(1)</script>");

        assertThat(response.body()).doesNotContain("<script>", "Exception", "at io.");
    }
}
