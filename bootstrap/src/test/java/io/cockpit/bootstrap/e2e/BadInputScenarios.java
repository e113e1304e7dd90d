package io.cockpit.bootstrap.e2e;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
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
    void trailingGarbageAndDuplicateKeysAreMalformed() {
        String externalId = Unique.id("crm");
        String body = provisionBody(externalId, Unique.email(), "A", "active");

        assertThat(partner.post("/v1/partner/accounts", body + " {}").status()).isEqualTo(400);
        assertThat(partner.post("/v1/partner/accounts", body.replace("{", "{\"name\":\"B\",")).status()).isEqualTo(400);
        assertNothingWritten(externalId);
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
        assertThat(wrongMethod.header("Allow")).contains("GET, PATCH");
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

    @Test
    void problemsNeverCarryStackTracesOrTheRequest() {
        ApiResponse response = partner.post("/v1/partner/accounts", "{\"externalId\": <script>alert(1)</script>");

        assertThat(response.body()).doesNotContain("<script>", "Exception", "at io.");
    }
}
