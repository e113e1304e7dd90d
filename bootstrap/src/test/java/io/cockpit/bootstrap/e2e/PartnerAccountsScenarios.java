package io.cockpit.bootstrap.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static io.cockpit.bootstrap.e2e.Unique.provisionBody;
import static org.assertj.core.api.Assertions.assertThat;

/** The partner's account lifecycle over real HTTP; every response is checked against openapi.yaml. */
abstract class PartnerAccountsScenarios extends Scenarios {

    ApiClient partner;

    @BeforeEach
    void asPartner() {
        partner = cockpit.partner();
    }

    private ApiResponse provision(String externalId, String email) {
        return partner.post("/v1/partner/accounts", provisionBody(externalId, email, "Jana Schmidt", "active"));
    }

    @Test
    void provisioningCreatesTheAccountWithAOneTimeActivationToken() {
        String externalId = Unique.id("crm");
        String email = Unique.email();

        ApiResponse created = provision(externalId, email);

        assertThat(created.status()).isEqualTo(201);
        assertThat(created.header("Location")).contains("/v1/partner/accounts/" + externalId);
        JsonNode body = created.json();
        assertThat(body.path("userId").asText()).matches("[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}");
        assertThat(body.path("externalId").asText()).isEqualTo(externalId);
        assertThat(body.path("email").asText()).isEqualTo(email);
        assertThat(body.path("contractStatus").asText()).isEqualTo("active");
        assertThat(body.path("archivedAt").isNull()).isTrue();
        assertThat(body.path("activationToken").asText()).matches("act_[A-Za-z0-9_-]{43}");
        Instant created_at = Instant.parse(body.path("createdAt").asText());
        assertThat(Instant.parse(body.path("activationTokenExpiresAt").asText()))
                .isEqualTo(created_at.plus(Duration.ofDays(7)));
        assertThat(body.has("trackingId")).isFalse();
        assertThat(body.has("statisticsId")).isFalse();

        ApiResponse read = partner.get(created.header("Location").orElseThrow());
        assertThat(read.status()).isEqualTo(200);
        assertThat(read.json().path("userId")).isEqualTo(body.path("userId"));
        assertThat(read.json().has("activationToken")).isFalse();
    }

    @Test
    void theSameReferenceWithTheSameDataAnswersWithTheExistingAccount() {
        String externalId = Unique.id("crm");
        String email = Unique.email();
        String userId = provision(externalId, email).json().path("userId").asText();

        ApiResponse again = provision(externalId, email.toUpperCase());

        assertThat(again.status()).isEqualTo(200);
        assertThat(again.json().path("userId").asText()).isEqualTo(userId);
        assertThat(again.json().has("activationToken")).isFalse();
    }

    @Test
    void concurrentRetriesOfOneRequestCreateOneAccount() throws Exception {
        String body = provisionBody(Unique.id("crm"), Unique.email(), "Jana Schmidt", "active");
        ExecutorService pool = Executors.newFixedThreadPool(6);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<ApiResponse>> sent = new ArrayList<>();
            for (int i = 0; i < 6; i++) {
                sent.add(pool.submit(() -> {
                    start.await();
                    return partner.post("/v1/partner/accounts", body);
                }));
            }
            start.countDown();
            List<ApiResponse> answers = new ArrayList<>();
            for (Future<ApiResponse> answer : sent) {
                answers.add(answer.get());
            }

            assertThat(answers).extracting(ApiResponse::status).containsOnly(200, 201).containsOnlyOnce(201);
            assertThat(answers).extracting(answer -> answer.json().path("userId").asText()).containsOnly(
                    answers.getFirst().json().path("userId").asText());
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void theSameReferenceWithOtherDataIsAConflict() {
        String externalId = Unique.id("crm");
        provision(externalId, Unique.email());

        ApiResponse conflict = provision(externalId, Unique.email());

        assertThat(conflict.status()).isEqualTo(409);
        assertThat(conflict.code()).isEqualTo("account.external_id_conflict");
    }

    @Test
    void anEmailAddressIsOneLoginWhateverItsCase() {
        String email = Unique.email();
        provision(Unique.id("crm"), email);
        String secondReference = Unique.id("crm");

        ApiResponse taken = provision(secondReference, email.toUpperCase());

        assertThat(taken.status()).isEqualTo(409);
        assertThat(taken.code()).isEqualTo("account.email_taken");
        assertThat(partner.get("/v1/partner/accounts/" + secondReference).status()).isEqualTo(404);
    }

    @Test
    void aRetryWithTheSameIdempotencyKeyReturnsTheFirstResult() {
        String key = "key-" + Unique.id("idem");
        String body = provisionBody(Unique.id("crm"), Unique.email(), "Jana Schmidt", "active");

        ApiResponse first = partner.post("/v1/partner/accounts", body, Map.of("Idempotency-Key", key));
        ApiResponse retry = partner.post("/v1/partner/accounts", body.replace(",", " ,"), Map.of("Idempotency-Key", key));

        assertThat(first.status()).isEqualTo(201);
        assertThat(retry.status()).isEqualTo(201);
        assertThat(retry.header("Idempotent-Replayed")).contains("true");
        assertThat(retry.json()).isEqualTo(first.json());
        assertThat(retry.header("Location")).isEqualTo(first.header("Location"));
    }

    @Test
    void anIdempotencyKeyReusedForAnotherRequestIsRefused() {
        String key = "key-" + Unique.id("idem");
        partner.post("/v1/partner/accounts", provisionBody(Unique.id("crm"), Unique.email(), "A", "active"),
                Map.of("Idempotency-Key", key));
        String otherReference = Unique.id("crm");

        ApiResponse reused = partner.post("/v1/partner/accounts",
                provisionBody(otherReference, Unique.email(), "B", "active"), Map.of("Idempotency-Key", key));

        assertThat(reused.status()).isEqualTo(422);
        assertThat(reused.code()).isEqualTo("idempotency.key_reused");
        assertThat(partner.get("/v1/partner/accounts/" + otherReference).status()).isEqualTo(404);
    }

    @Test
    void idempotencyKeysOfDifferentPartnersNeverMeet() {
        String key = "shared-" + Unique.id("idem");
        ApiClient other = cockpit.newPartner(Unique.id("globex"));

        ApiResponse mine = partner.post("/v1/partner/accounts",
                provisionBody(Unique.id("crm"), Unique.email(), "A", "active"), Map.of("Idempotency-Key", key));
        ApiResponse theirs = other.post("/v1/partner/accounts",
                provisionBody(Unique.id("crm"), Unique.email(), "B", "active"), Map.of("Idempotency-Key", key));

        assertThat(mine.status()).isEqualTo(201);
        assertThat(theirs.status()).isEqualTo(201);
        assertThat(theirs.header("Idempotent-Replayed")).isEmpty();
    }

    @Test
    void statusMovesBetweenActiveAndPaymentOverdue() {
        String path = "/v1/partner/accounts/" + Unique.id("crm");
        provision(path.substring(path.lastIndexOf('/') + 1), Unique.email());

        ApiResponse overdue = partner.patch(path, "{\"contractStatus\":\"payment_overdue\"}");
        ApiResponse active = partner.patch(path, "{\"contractStatus\":\"active\"}");

        assertThat(overdue.json().path("contractStatus").asText()).isEqualTo("payment_overdue");
        assertThat(active.json().path("contractStatus").asText()).isEqualTo("active");
    }

    @Test
    void cancellingArchivesForThirtyDaysAndReactivationRestoresTheAccount() {
        String externalId = Unique.id("crm");
        String path = "/v1/partner/accounts/" + externalId;
        String userId = provision(externalId, Unique.email()).json().path("userId").asText();

        JsonNode cancelled = partner.patch(path, "{\"contractStatus\":\"cancelled\"}").json();

        Instant archivedAt = Instant.parse(cancelled.path("archivedAt").asText());
        assertThat(Instant.parse(cancelled.path("deletionDueAt").asText())).isEqualTo(archivedAt.plus(Duration.ofDays(30)));
        assertThat(partner.get(path).json().path("deletionDueAt")).isEqualTo(cancelled.path("deletionDueAt"));

        JsonNode reactivated = partner.patch(path, "{\"contractStatus\":\"active\"}").json();
        assertThat(reactivated.path("userId").asText()).isEqualTo(userId);
        assertThat(reactivated.path("contractStatus").asText()).isEqualTo("active");
        assertThat(reactivated.path("archivedAt").isNull()).isTrue();
        assertThat(reactivated.path("deletionDueAt").isNull()).isTrue();
    }

    @Test
    void aCancelledContractCannotGoStraightToPaymentOverdue() {
        String externalId = Unique.id("crm");
        provision(externalId, Unique.email());
        partner.patch("/v1/partner/accounts/" + externalId, "{\"contractStatus\":\"cancelled\"}");

        ApiResponse refused = partner.patch("/v1/partner/accounts/" + externalId, "{\"contractStatus\":\"payment_overdue\"}");

        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.code()).isEqualTo("account.transition_not_allowed");
    }

    @Test
    @TimeTravel
    void afterTheArchivePeriodTheAccountCannotBeReactivated() {
        String externalId = Unique.id("crm");
        provision(externalId, Unique.email());
        partner.patch("/v1/partner/accounts/" + externalId, "{\"contractStatus\":\"cancelled\"}");

        cockpit.travel(Duration.ofDays(30));
        ApiResponse refused = partner.patch("/v1/partner/accounts/" + externalId, "{\"contractStatus\":\"active\"}");

        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.code()).isEqualTo("account.reactivation_window_closed");
        assertThat(refused.json().path("deletionDueAt").asText()).isNotEmpty();
        assertThat(partner.get("/v1/partner/accounts/" + externalId).json().path("contractStatus").asText())
                .isEqualTo("cancelled");
    }

    @Test
    void nameAndEmailCanChangeButNotToATakenLogin() {
        String externalId = Unique.id("crm");
        String taken = Unique.email();
        provision(Unique.id("crm"), taken);
        provision(externalId, Unique.email());
        String newEmail = Unique.email();

        JsonNode changed = partner.patch("/v1/partner/accounts/" + externalId,
                "{\"name\":\"  Jana Müller \",\"email\":\"" + newEmail + "\"}").json();
        ApiResponse conflict = partner.patch("/v1/partner/accounts/" + externalId,
                "{\"email\":\"" + taken.toUpperCase() + "\",\"name\":\"Someone Else\"}");

        assertThat(changed.path("name").asText()).isEqualTo("Jana Müller");
        assertThat(changed.path("email").asText()).isEqualTo(newEmail);
        assertThat(conflict.status()).isEqualTo(409);
        assertThat(conflict.code()).isEqualTo("account.email_taken");
        assertThat(partner.get("/v1/partner/accounts/" + externalId).json().path("name").asText())
                .isEqualTo("Jana Müller");
    }

    @Test
    void anEmptyPatchChangesNothing() {
        String externalId = Unique.id("crm");
        JsonNode before = provision(externalId, Unique.email()).json();

        JsonNode after = partner.patch("/v1/partner/accounts/" + externalId, "{}").json();

        assertThat(after.path("updatedAt")).isEqualTo(before.path("updatedAt"));
    }

    @Test
    void aFreshActivationTokenCanBeIssuedButNotForAnArchivedAccount() {
        String externalId = Unique.id("crm");
        String firstToken = provision(externalId, Unique.email()).json().path("activationToken").asText();

        ApiResponse fresh = partner.post("/v1/partner/accounts/" + externalId + "/activation", null, Map.of());
        partner.patch("/v1/partner/accounts/" + externalId, "{\"contractStatus\":\"cancelled\"}");
        ApiResponse archived = partner.post("/v1/partner/accounts/" + externalId + "/activation", null, Map.of());

        assertThat(fresh.status()).isEqualTo(201);
        assertThat(fresh.json().path("activationToken").asText()).startsWith("act_").isNotEqualTo(firstToken);
        assertThat(archived.status()).isEqualTo(409);
        assertThat(archived.code()).isEqualTo("account.archived");
    }

    @Test
    void anotherPartnerCannotSeeOrTouchTheAccount() {
        String externalId = Unique.id("crm");
        provision(externalId, Unique.email());
        ApiClient other = cockpit.newPartner(Unique.id("globex"));
        String path = "/v1/partner/accounts/" + externalId;

        assertThat(other.get(path).status()).isEqualTo(404);
        assertThat(other.get(path).code()).isEqualTo("account.not_found");
        assertThat(other.patch(path, "{\"contractStatus\":\"cancelled\"}").status()).isEqualTo(404);
        assertThat(other.post(path + "/activation", null, Map.of()).status()).isEqualTo(404);
        assertThat(partner.get(path).json().path("contractStatus").asText()).isEqualTo("active");

        ApiResponse ownAccount = other.post("/v1/partner/accounts",
                provisionBody(externalId, Unique.email(), "Other Customer", "active"));
        assertThat(ownAccount.status()).isEqualTo(201);
    }
}
