package io.cockpit.bootstrap.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import io.cockpit.adapters.mysql.RelationalStore;
import io.cockpit.adapters.mysql.audit.JdbiAuditLog;
import io.cockpit.application.testing.Race;
import io.cockpit.domain.audit.AuditEvent;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A request that came by e-mail, as the operator handles it: find the account by the address, record the request,
 * work through the list by due date, close it with a resolution. Every step is audited with ids only.
 */
abstract class DataSubjectRequestsScenarios extends Scenarios {

    private static final String REQUESTS = "/v1/operator/data-subject-requests";

    private ApiResponse record(String userId, String type, Instant receivedAt, String note) {
        return cockpit.operator().post(REQUESTS, "{\"userId\":\"" + userId + "\",\"type\":\"" + type
                + "\",\"receivedAt\":\"" + receivedAt + "\",\"note\":\"" + note + "\"}");
    }

    private ApiResponse change(String id, String body) {
        return cockpit.operator().patch(REQUESTS + "/" + id, body);
    }

    private List<AuditEvent> audit(int latest) {
        try (RelationalStore store = cockpit.openStore()) {
            return store.repository(JdbiAuditLog::new).latest(latest);
        }
    }

    private static List<String> ids(ApiResponse page) {
        assertThat(page.status()).as(page.toString()).isEqualTo(200);
        List<String> ids = new ArrayList<>();
        page.json().path("items").forEach(item -> ids.add(item.path("id").asText()));
        return ids;
    }

    @Test
    void theOperatorFindsTheAccountByTheAddressTheRequestCameFrom() {
        Users.SignedIn user = Users.signedIn(cockpit);

        ApiResponse found = cockpit.operator().get("/v1/operator/accounts?email="
                + user.email().toUpperCase(Locale.ROOT));

        assertThat(found.status()).isEqualTo(200);
        JsonNode account = found.json().path("items").get(0);
        assertThat(found.json().path("items")).hasSize(1);
        assertThat(account.path("userId").asText()).isEqualTo(user.userId());
        assertThat(account.path("contractStatus").asText()).isEqualTo("active");
        assertThat(account.path("archivedAt").isNull()).isTrue();
        assertThat(found.body()).doesNotContain(user.email()).doesNotContain("Sam Seller");
        AuditEvent lookup = audit(1).getFirst();
        assertThat(lookup.actor()).isEqualTo("olivia");
        assertThat(lookup.action()).isEqualTo("accounts.find_by_email");
        assertThat(lookup.target()).isEqualTo(user.userId());
    }

    @Test
    void anAddressWithoutAccountFindsNothingAndIsAuditedWithoutTheAddress() {
        String address = Unique.email();

        ApiResponse none = cockpit.operator().get("/v1/operator/accounts?email=" + address);

        assertThat(none.status()).isEqualTo(200);
        assertThat(none.json().path("items")).isEmpty();
        AuditEvent lookup = audit(1).getFirst();
        assertThat(lookup.action()).isEqualTo("accounts.find_by_email");
        assertThat(lookup.target()).isEqualTo("-");
        assertThat(audit(50)).allSatisfy(event -> assertThat(event.toString()).doesNotContain(address));
    }

    @Test
    void aLookupNeedsAValidAddress() {
        assertThat(cockpit.operator().get("/v1/operator/accounts").errorPointers()).containsExactly("query:/email");
        ApiResponse bad = cockpit.operator().get("/v1/operator/accounts?email=not-an-address");
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.errorPointers()).containsExactly("query:/email");
    }

    @Test
    void aRequestIsDueOneCalendarMonthAfterItArrived() {
        Users.SignedIn user = Users.signedIn(cockpit);

        ApiResponse endOfJanuary = record(user.userId(), "access", Instant.parse("2026-01-31T09:12:00Z"),
                "E-mail of 31 January asks for a copy.");
        ApiResponse leapYear = record(user.userId(), "erasure", Instant.parse("2024-01-31T23:30:00Z"), "Letter.");

        assertThat(endOfJanuary.status()).isEqualTo(201);
        assertThat(endOfJanuary.header("Location")).hasValue(REQUESTS + "/" + endOfJanuary.json().path("id").asText());
        JsonNode recorded = endOfJanuary.json();
        assertThat(recorded.path("status").asText()).isEqualTo("open");
        assertThat(recorded.path("dueAt").asText()).isEqualTo("2026-02-28T09:12:00Z");
        assertThat(recorded.path("overdue").asBoolean()).isTrue();
        assertThat(recorded.path("userId").asText()).isEqualTo(user.userId());
        assertThat(recorded.path("resolution").isNull()).isTrue();
        assertThat(recorded.path("erasureId").isNull()).isTrue();
        assertThat(leapYear.json().path("dueAt").asText()).isEqualTo("2024-02-29T23:30:00Z");
        assertThat(cockpit.operator().get(endOfJanuary.header("Location").orElseThrow()).json()).isEqualTo(recorded);
    }

    @Test
    void aRequestIsStartedThenClosedWithAResolutionAndThenStaysClosed() {
        Users.SignedIn user = Users.signedIn(cockpit);
        String id = record(user.userId(), "rectification", cockpit.now().minus(Duration.ofDays(1)),
                "Wants the name corrected.").json().path("id").asText();

        ApiResponse started = change(id, "{\"status\":\"in_progress\"}");
        ApiResponse noResolution = change(id, "{\"status\":\"done\"}");
        ApiResponse resolutionTooEarly = change(id, "{\"status\":\"in_progress\",\"resolution\":\"x\"}");
        ApiResponse done = change(id, "{\"status\":\"done\",\"resolution\":\"Told her to use PATCH /v1/me.\"}");
        ApiResponse reopened = change(id, "{\"status\":\"in_progress\"}");

        assertThat(started.status()).isEqualTo(200);
        assertThat(started.json().path("status").asText()).isEqualTo("in_progress");
        assertThat(noResolution.status()).isEqualTo(422);
        assertThat(noResolution.errorPointers()).containsExactly("body:/resolution");
        assertThat(resolutionTooEarly.errorPointers()).containsExactly("body:/resolution");
        assertThat(done.status()).isEqualTo(200);
        assertThat(done.json().path("status").asText()).isEqualTo("done");
        assertThat(done.json().path("resolution").asText()).isEqualTo("Told her to use PATCH /v1/me.");
        assertThat(done.json().path("closedAt").isTextual()).isTrue();
        assertThat(done.json().path("overdue").asBoolean()).isFalse();
        assertThat(reopened.status()).isEqualTo(409);
        assertThat(reopened.code()).isEqualTo("data_subject_request.closed");
    }

    @Test
    void changesOfOneRequestAtOnceEachTakeTheStoredStateNeverA500() throws InterruptedException {
        Users.SignedIn user = Users.signedIn(cockpit);
        String id = record(user.userId(), "rectification", cockpit.now().minus(Duration.ofDays(1)),
                "Wants the name corrected.").json().path("id").asText();
        AtomicInteger turn = new AtomicInteger();

        List<Race.Outcome<ApiResponse>> answers = Race.run(24, () -> turn.incrementAndGet() % 4 == 0
                ? change(id, "{\"status\":\"done\",\"resolution\":\"Corrected.\"}")
                : change(id, "{\"status\":\"in_progress\"}"));

        assertThat(answers).extracting(answer -> answer.value().status()).as("200, or 409 once it is closed")
                .isSubsetOf(200, 409).contains(200);
        assertThat(answers).map(Race.Outcome::value).filteredOn(answer -> answer.status() == 409)
                .allSatisfy(answer -> assertThat(answer.code()).isEqualTo("data_subject_request.closed"));
        assertThat(cockpit.operator().get(REQUESTS + "/" + id).json().path("status").asText()).isEqualTo("done");
    }

    @Test
    void theListFiltersAndPagesTheEarliestDueFirst() {
        Users.SignedIn user = Users.signedIn(cockpit);
        String userId = user.userId();
        String late = record(userId, "access", cockpit.now().minus(Duration.ofDays(45)), "late").json()
                .path("id").asText();
        String fresh = record(userId, "objection", cockpit.now().minus(Duration.ofDays(2)), "fresh").json()
                .path("id").asText();
        String closed = record(userId, "access", cockpit.now().minus(Duration.ofDays(60)), "closed").json()
                .path("id").asText();
        change(closed, "{\"status\":\"rejected\",\"resolution\":\"Manifestly unfounded.\"}");
        String ofUser = REQUESTS + "?userId=" + userId;

        assertThat(ids(cockpit.operator().get(ofUser))).containsExactly(closed, late, fresh);
        assertThat(ids(cockpit.operator().get(ofUser + "&overdue=true"))).containsExactly(late);
        assertThat(ids(cockpit.operator().get(ofUser + "&overdue=false"))).containsExactly(closed, fresh);
        assertThat(ids(cockpit.operator().get(ofUser + "&status=open&type=access"))).containsExactly(late);
        assertThat(ids(cockpit.operator().get(ofUser + "&status=rejected"))).containsExactly(closed);
        assertThat(ids(cockpit.operator().get(ofUser + "&type=erasure"))).isEmpty();
        ApiResponse first = cockpit.operator().get(ofUser + "&limit=2");
        ApiResponse second = cockpit.operator().get(ofUser + "&limit=2&cursor="
                + first.json().path("nextCursor").asText());
        assertThat(ids(first)).containsExactly(closed, late);
        assertThat(ids(second)).containsExactly(fresh);
        assertThat(second.json().path("nextCursor").isNull()).isTrue();
        assertThat(cockpit.operator().get(REQUESTS + "?overdue=true").json().path("items"))
                .allSatisfy(item -> assertThat(item.path("overdue").asBoolean()).isTrue());
    }

    @Test
    void everyStepIsAuditedWithTheKeysNameAndIdsOnly() {
        Users.SignedIn user = Users.signedIn(cockpit);
        cockpit.operator().get("/v1/operator/accounts?email=" + user.email());
        String id = record(user.userId(), "erasure", cockpit.now(), "From " + user.email() + ", Sam Seller")
                .json().path("id").asText();
        cockpit.operator().get(REQUESTS + "?userId=" + user.userId());
        cockpit.operator().get(REQUESTS + "/" + id);
        change(id, "{\"status\":\"done\",\"resolution\":\"Erased for Sam Seller.\"}");

        List<AuditEvent> latest = audit(5);

        assertThat(latest).extracting(AuditEvent::actor).containsOnly("olivia");
        assertThat(latest).extracting(AuditEvent::action).containsExactly("data_subject_requests.done",
                "data_subject_requests.read", "data_subject_requests.list", "data_subject_requests.record",
                "accounts.find_by_email");
        assertThat(latest).extracting(AuditEvent::target).containsExactly(id, id, "-", id, user.userId());
        assertThat(latest.toString()).doesNotContain(user.email(), "Sam Seller");
    }

    @Test
    void badRequestsAreNamedAndRecordNothing() {
        Users.SignedIn user = Users.signedIn(cockpit);

        ApiResponse unknownUser = record("01937f4c-8a2b-7c3d-9e4f-5a6b7c8d9e0f", "access", cockpit.now(), "x");
        ApiResponse future = record(user.userId(), "access", cockpit.now().plus(Duration.ofHours(1)), "x");
        ApiResponse yearZero = record(user.userId(), "access", Instant.parse("0000-01-01T00:00:00Z"), "x");
        ApiResponse notAType = record(user.userId(), "portability", cockpit.now(), "x");
        ApiResponse noUserId = record(UUID.randomUUID().toString(), "access", cockpit.now(), "x");
        ApiResponse emptyNote = record(user.userId(), "access", cockpit.now(), " ");
        ApiResponse missing = cockpit.operator().post(REQUESTS, "{\"type\":\"access\"}");

        assertThat(unknownUser.status()).isEqualTo(404);
        assertThat(unknownUser.code()).isEqualTo("account.not_found");
        assertThat(future.status()).isEqualTo(422);
        assertThat(future.errorPointers()).containsExactly("body:/receivedAt");
        assertThat(yearZero.status()).isEqualTo(422);
        assertThat(yearZero.errorPointers()).containsExactly("body:/receivedAt");
        assertThat(notAType.errorPointers()).containsExactly("body:/type");
        assertThat(noUserId.status()).isEqualTo(422);
        assertThat(noUserId.errorPointers()).containsExactly("body:/userId");
        assertThat(emptyNote.errorPointers()).containsExactly("body:/note");
        assertThat(missing.errorPointers()).contains("body:/userId", "body:/receivedAt", "body:/note");
        assertThat(cockpit.operator().get(REQUESTS + "?userId=" + user.userId()).json().path("items")).isEmpty();
    }

    @Test
    void anUnknownOrMalformedRequestIdIsRefused() {
        ApiResponse unknown = cockpit.operator().get(REQUESTS + "/" + UUID.randomUUID());
        ApiResponse unknownChange = change(UUID.randomUUID().toString(), "{\"status\":\"in_progress\"}");
        ApiResponse malformed = cockpit.operator().get(REQUESTS + "/not-a-uuid");
        ApiResponse badFilter = cockpit.operator().get(REQUESTS + "?overdue=maybe&status=closed");
        ApiResponse notAUserId = cockpit.operator().get(REQUESTS + "?userId=" + UUID.randomUUID());

        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.code()).isEqualTo("data_subject_request.not_found");
        assertThat(unknownChange.code()).isEqualTo("data_subject_request.not_found");
        assertThat(malformed.status()).isEqualTo(400);
        assertThat(badFilter.errorPointers()).containsExactlyInAnyOrder("query:/overdue", "query:/status");
        assertThat(notAUserId.status()).isEqualTo(400);
        assertThat(notAUserId.errorPointers()).containsExactly("query:/userId");
    }

    @Test
    void onlyOperatorKeysOpenTheseEndpoints() {
        Users.SignedIn user = Users.signedIn(cockpit);
        for (String path : List.of(REQUESTS, "/v1/operator/accounts?email=" + user.email())) {
            assertThat(cockpit.partner().get(path).status()).isEqualTo(401);
            assertThat(user.api().get(path).status()).isEqualTo(401);
            assertThat(cockpit.anonymous().get(path).status()).isEqualTo(401);
        }
    }
}
