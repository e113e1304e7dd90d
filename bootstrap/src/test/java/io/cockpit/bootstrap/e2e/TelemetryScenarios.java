package io.cockpit.bootstrap.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import io.cockpit.adapters.mysql.RelationalStore;
import io.cockpit.adapters.mysql.audit.JdbiAuditLog;
import io.cockpit.domain.audit.AuditEvent;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Telemetry on the shared servers (PostHog and Sentry not configured): the apps' events and the allow-list, the
 * operator's identification of a Tracking-ID with its rules and audit, the user's list of identifications, and the
 * tunnel's limits. What reaches PostHog and Sentry is {@code TelemetryStandIn*Test}'s subject.
 */
abstract class TelemetryScenarios extends Scenarios {

    private static final String EVENTS = "/v1/me/analytics/events";
    private static final String IDENTIFY = "/v1/operator/identifications";
    private static final String MINE = "/v1/me/identifications";
    private static final String TUNNEL = "/v1/telemetry/errors";

    private static String event(String name, String properties) {
        return "{\"event\":\"" + name + "\",\"occurredAt\":\"" + Instant.now() + "\",\"properties\":" + properties + "}";
    }

    @Test
    void theAllowListTakesKnownEventsAndDropsTheRest() {
        Users.SignedIn user = Users.signedIn(cockpit);

        ApiResponse answer = user.api().post(EVENTS, "{\"events\":[" + event("screen_viewed", "{\"screen\":\"inbox\"}")
                + "," + event("search_run", "{\"scope\":\"chats\",\"filters\":2,\"results\":\"1-10\"}")
                + "," + event("screen_viewed", "{\"screen\":\"" + user.email() + "\"}")
                + "," + event("credit_card_entered", "{}")
                + "," + event("signed_in", "{}") + "]}");

        assertThat(answer.status()).isEqualTo(202);
        assertThat(answer.json().path("accepted").asInt()).isEqualTo(2);
        assertThat(answer.json().path("dropped").asInt()).isEqualTo(3);
    }

    @Test
    void aBatchThatBreaksTheContractIsRefusedAndAnonymousCallersAreNot() {
        Users.SignedIn user = Users.signedIn(cockpit);

        ApiResponse empty = user.api().post(EVENTS, "{\"events\":[]}");
        ApiResponse noTime = user.api().post(EVENTS, "{\"events\":[{\"event\":\"screen_viewed\"}]}");
        ApiResponse anonymous = cockpit.anonymous().post(EVENTS, "{\"events\":[" + event("screen_viewed", "{}") + "]}");

        assertThat(empty.status()).isEqualTo(422);
        assertThat(noTime.status()).isEqualTo(422);
        assertThat(anonymous.status()).isEqualTo(401);
    }

    @Test
    void identificationByConsentNeedsTheUsersPermissionAndIsShownToThem() {
        Users.SignedIn user = Users.signedIn(cockpit);
        String trackingId = user.api().get("/v1/me").json().path("trackingId").asText();

        ApiResponse refused = cockpit.operator().post(IDENTIFY, identify(trackingId, "consent", null));
        assertThat(user.api().put("/v1/me/privacy", "{\"errorReporting\":true,\"statistics\":false,"
                + "\"analyticsIdentification\":true}", "*").status()).isEqualTo(200);
        ApiResponse identified = cockpit.operator().post(IDENTIFY, identify(trackingId, "consent", null));

        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.json().path("code").asText()).isEqualTo("identification.consent_missing");
        assertThat(identified.status()).isEqualTo(201);
        assertThat(identified.json().path("account").path("userId").asText()).isEqualTo(user.userId());
        assertThat(identified.json().path("account").path("email").asText()).isEqualTo(user.email());
        assertThat(identified.json().path("operator").asText()).isEqualTo("olivia");
        ApiResponse mine = user.api().get(MINE);
        assertThat(mine.status()).isEqualTo(200);
        assertThat(mine.json().path("items")).singleElement().satisfies(item -> {
            assertThat(item.path("reason").asText()).isEqualTo("consent");
            assertThat(item.path("operator").asText()).isEqualTo("olivia");
            assertThat(item.path("id").asText()).isEqualTo(identified.json().path("id").asText());
            assertThat(item.has("note")).isFalse();
        });
        assertThat(audited(user.userId())).containsExactly("identifications.identify",
                "identifications.refused");
    }

    @Test
    void aPressingInterestNeedsANoteAndThenNoConsent() {
        Users.SignedIn user = Users.signedIn(cockpit);
        String trackingId = user.api().get("/v1/me").json().path("trackingId").asText();

        ApiResponse withoutNote = cockpit.operator().post(IDENTIFY, identify(trackingId, "suspected_abuse", null));
        ApiResponse withNote = cockpit.operator().post(IDENTIFY, identify(trackingId, "legal_claim",
                "Court order of 1 December, case 4711."));

        assertThat(withoutNote.status()).isEqualTo(422);
        assertThat(withoutNote.json().path("code").asText()).isEqualTo("identification.note_required");
        assertThat(withoutNote.json().path("errors").get(0).path("pointer").asText()).isEqualTo("/note");
        assertThat(withNote.status()).isEqualTo(201);
        assertThat(withNote.json().path("note").asText()).isEqualTo("Court order of 1 December, case 4711.");
        assertThat(user.api().get(MINE).json().path("items").get(0).path("reason").asText()).isEqualTo("legal_claim");
        assertThat(audited(user.userId())).containsExactly("identifications.identify");
    }

    @Test
    void aRestrictedUserCannotBeIdentifiedByConsent() {
        Users.SignedIn user = Users.signedIn(cockpit);
        String trackingId = user.api().get("/v1/me").json().path("trackingId").asText();
        user.api().put("/v1/me/privacy", "{\"errorReporting\":true,\"statistics\":false,"
                + "\"analyticsIdentification\":true}", "*");
        user.api().put("/v1/me/restriction", null, null);

        ApiResponse refused = cockpit.operator().post(IDENTIFY, identify(trackingId, "consent", null));

        assertThat(refused.status()).isEqualTo(403);
        assertThat(user.api().get(MINE).json().path("items")).isEmpty();
    }

    @Test
    void anUnknownTrackingIdIsNotFoundAndOnlyOperatorsMayAsk() {
        Users.SignedIn user = Users.signedIn(cockpit);

        ApiResponse unknown = cockpit.operator().post(IDENTIFY, identify("zzzzz-qqqqq", "legal_claim", "Case 1."));
        ApiResponse malformed = cockpit.operator().post(IDENTIFY, identify("Not A Tracking ID", "consent", null));
        ApiResponse asUser = user.api().post(IDENTIFY, identify("zzzzz-qqqqq", "consent", null));
        ApiResponse asPartner = cockpit.partner().post(IDENTIFY, identify("zzzzz-qqqqq", "consent", null));

        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.json().path("code").asText()).isEqualTo("identification.tracking_id_unknown");
        assertThat(malformed.status()).isEqualTo(422);
        assertThat(asUser.status()).isEqualTo(401);
        assertThat(asPartner.status()).isEqualTo(401);
    }

    @Test
    void theTunnelTakesAnEnvelopeAndRefusesOneAboveItsLimit() {
        Users.SignedIn user = Users.signedIn(cockpit);
        String envelope = "{\"event_id\":\"9ec79c33ec9942ab8353589fcb2e04dc\"}\n{\"type\":\"event\"}\n"
                + "{\"event_id\":\"9ec79c33ec9942ab8353589fcb2e04dc\",\"level\":\"error\"}\n";
        byte[] huge = (envelope + "x".repeat(210 * 1024)).getBytes(StandardCharsets.UTF_8);

        ApiResponse taken = user.api().sendBytes("POST", TUNNEL, envelope.getBytes(StandardCharsets.UTF_8),
                Map.of("Content-Type", "application/x-sentry-envelope"));
        ApiResponse asText = user.api().sendBytes("POST", TUNNEL, envelope.getBytes(StandardCharsets.UTF_8),
                Map.of("Content-Type", "text/plain;charset=UTF-8"));
        ApiResponse tooLarge = user.api().sendBytes("POST", TUNNEL, huge,
                Map.of("Content-Type", "application/x-sentry-envelope"));
        ApiResponse anonymous = cockpit.anonymous().sendBytes("POST", TUNNEL,
                envelope.getBytes(StandardCharsets.UTF_8), Map.of("Content-Type", "application/x-sentry-envelope"));
        ApiResponse json = user.api().sendBytes("POST", TUNNEL, envelope.getBytes(StandardCharsets.UTF_8),
                Map.of("Content-Type", "application/json"));

        assertThat(taken.status()).isEqualTo(202);
        assertThat(asText.status()).isEqualTo(202);
        assertThat(tooLarge.status()).isEqualTo(413);
        assertThat(tooLarge.json().path("code").asText()).isEqualTo("telemetry.envelope_too_large");
        assertThat(anonymous.status()).isEqualTo(401);
        assertThat(json.status()).isEqualTo(415);
    }

    @Test
    void theRecordOfProcessingNamesPostHogAndSentryWithPurposeAndLegalBasis() {
        ApiResponse record = cockpit.anonymous().withHeader("Accept-Language", "en")
                .get("/v1/privacy/processing-activities");

        JsonNode analytics = category(record.json(), "product_analytics_events");
        JsonNode errors = category(record.json(), "error_reports");
        JsonNode identifications = category(record.json(), "identifications");
        assertThat(analytics.path("recipients").get(0).asText()).startsWith("PostHog");
        assertThat(analytics.path("storage").get(0).path("store").asText()).isEqualTo("product_analytics");
        assertThat(analytics.path("legalBasis").path("code").asText()).isEqualTo("legitimate_interest");
        assertThat(analytics.path("purpose").asText()).contains("which features are used");
        assertThat(errors.path("recipients").get(0).asText()).startsWith("Sentry");
        assertThat(errors.path("storage").get(0).path("store").asText()).isEqualTo("error_reports");
        assertThat(errors.path("legalBasis").path("code").asText()).isEqualTo("legitimate_interest");
        assertThat(errors.path("retention").path("period").asText()).isEqualTo("P90D");
        assertThat(identifications.path("storage").get(0).path("tables").get(0).asText()).isEqualTo("identification");
    }

    private static JsonNode category(JsonNode record, String id) {
        for (JsonNode category : record.path("categories")) {
            if (category.path("id").asText().equals(id)) {
                return category;
            }
        }
        throw new AssertionError("no category " + id + " in the record of processing");
    }

    private static String identify(String trackingId, String reason, String note) {
        return "{\"trackingId\":\"" + trackingId + "\",\"reason\":\"" + reason + "\""
                + (note == null ? "" : ",\"note\":\"" + note + "\"") + "}";
    }

    /** The audit log's actions about this user, newest first. */
    private List<String> audited(String userId) {
        try (RelationalStore store = cockpit.openStore()) {
            return store.repository(JdbiAuditLog::new).latest(500).stream()
                    .filter(event -> event.target().equals(userId))
                    .filter(event -> event.actor().equals("olivia"))
                    .map(AuditEvent::action).toList();
        }
    }
}
