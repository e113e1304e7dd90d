package io.cockpit.bootstrap.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import io.cockpit.adapters.posthog.PostHogStandIn;
import io.cockpit.adapters.sentry.SentryStandIn;
import io.cockpit.domain.telemetry.ProductEventName;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A server of its own with PostHog and Sentry configured, both pointed at WireMock stand-ins, and the test-only fault
 * route: every request that reached the stand-ins is read back. The canary (a user with a distinctive name and
 * e-mail address, from a distinctive address) walks every endpoint and triggers a 500; nothing of theirs but the
 * Tracking-ID arrives. A user who switched error reporting off sends Sentry nothing, one who objected to product
 * analytics sends PostHog nothing, a restricted one sends neither anything.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class TelemetryStandInScenarios {

    private static final String NAME = "Quinta Quokkastein-Zebrowski";
    private static final String EMAIL = "quinta.quokkastein@canary-mail.example.org";
    private static final String ADDRESS = "198.51.100.77";
    private static final Pattern METRIC = Pattern.compile("^cockpit_telemetry_total\\{([^}]*)} ([0-9.E+-]+)$",
            Pattern.MULTILINE);
    private static final Pattern LABEL = Pattern.compile("(outcome|signal)=\"([a-z_]+)\"");

    private PostHogStandIn posthog;
    private SentryStandIn sentry;
    private CockpitFixture cockpit;
    private Canary witness;

    protected abstract CockpitFixture.Mode mode();

    @BeforeAll
    void start() {
        posthog = new PostHogStandIn();
        sentry = new SentryStandIn();
        cockpit = CockpitFixture.startOwn(mode(), Map.of(
                "cockpit.posthog.api.key", "phc_e2e_project_key",
                "cockpit.posthog.host", posthog.host(),
                "cockpit.sentry.dsn", sentry.dsn(),
                "cockpit.sentry.environment", "e2e"), List.of(FaultCapability::new));
        witness = canary("Wanda Witness", Unique.email());
    }

    @AfterAll
    void stop() {
        cockpit.close();
        posthog.close();
        sentry.close();
    }

    @BeforeEach
    void forget() {
        posthog.reset();
        sentry.reset();
    }

    /** A user made by the partner with this name and address, signed in from {@link #ADDRESS}. */
    private Canary canary(String name, String email) {
        String externalId = Unique.id("canary");
        ApiResponse created = cockpit.partner().post("/v1/partner/accounts",
                Unique.provisionBody(externalId, email, name, "active"));
        assertThat(created.status()).isEqualTo(201);
        String activation = created.json().path("activationToken").asText();
        ApiClient client = cockpit.anonymous().withHeader("X-Forwarded-For", ADDRESS);
        ApiResponse activated = client.post("/v1/auth/activation",
                "{\"token\":\"" + activation + "\",\"password\":\"" + Users.PASSWORD + "\"}");
        assertThat(activated.status()).isEqualTo(201);
        ApiResponse signedIn = Users.signIn(client, email, Users.PASSWORD);
        assertThat(signedIn.status()).isEqualTo(201);
        String token = signedIn.json().path("token").asText();
        ApiClient api = client.withBearer(token);
        String trackingId = api.get("/v1/me").json().path("trackingId").asText();
        // the sign-in's product event is sent before a test changes the user's switches
        await(() -> posthog.events().stream().anyMatch(event -> event.distinctId().equals(trackingId)));
        return new Canary(created.json().path("userId").asText(), email, trackingId, api,
                List.of(token, activated.json().path("token").asText(), activation, externalId));
    }

    private record Canary(String userId, String email, String trackingId, ApiClient api, List<String> secrets) {
    }

    /**
     * The witness, who allows everything, sends a product event, a server error report and an app error report, and
     * they arrive: the telemetry queues are first in, first out, so whatever was sent before them has arrived too, and
     * "nothing arrived" after this means nothing was sent, not "not yet".
     */
    private void witnessArrives(boolean analytics, boolean errors) {
        int events = posthog.events().size();
        int reports = sentry.events().size();
        if (analytics) {
            assertThat(witness.api().post("/v1/me/templates",
                    "{\"name\":\"" + Unique.id("w") + "\",\"body\":\"Hi\"}").status()).isEqualTo(201);
        }
        if (errors) {
            assertThat(witness.api().withHeader(FaultCapability.HEADER, "witness").get("/v1/me").status())
                    .isEqualTo(500);
            assertThat(witness.api().sendBytes("POST", "/v1/telemetry/errors",
                    envelope(witness).getBytes(StandardCharsets.UTF_8),
                    Map.of("Content-Type", "application/x-sentry-envelope")).status()).isEqualTo(202);
        }
        await(() -> (!analytics || posthog.events().size() > events)
                && (!errors || sentry.events().size() >= reports + 2));
    }

    private void onlyTheWitnessArrivedAtPostHog() {
        assertThat(posthog.events())
                .allSatisfy(event -> assertThat(event.distinctId()).isEqualTo(witness.trackingId()));
    }

    private void onlyTheWitnessArrivedAtSentry() {
        assertThat(sentry.events()).allSatisfy(event ->
                assertThat(event.path("user").path("id").asText()).isEqualTo(witness.trackingId()));
    }

    @Test
    void theCanaryWalksEveryEndpointAndOnlyTheTrackingIdArrives() {
        Map<String, Double> before = metrics();
        Canary canary = canary(NAME, EMAIL);
        ApiClient api = canary.api();
        assertThat(api.put("/v1/me/privacy", "{\"errorReporting\":true,\"statistics\":true,"
                + "\"analyticsIdentification\":true}", "*").status()).isEqualTo(200);
        api.get("/v1/me/privacy");
        api.get("/v1/me/consents");
        api.get("/v1/me/restriction");
        api.get("/v1/me/restriction/changes");
        api.patch("/v1/me", "{\"name\":\"" + NAME + "\"}");
        api.get("/v1/me/settings");
        api.put("/v1/me/settings", "{\"language\":\"en\",\"timeZone\":\"Europe/Berlin\",\"dailyGoals\":{}}", "*");
        ApiResponse template = api.post("/v1/me/templates", "{\"name\":\"For " + NAME + "\",\"body\":\"Hello "
                + "{{firstName}}, write to " + EMAIL + ". {{myFirstName}}\"}");
        assertThat(template.status()).isEqualTo(201);
        String templateId = template.json().path("id").asText();
        api.get("/v1/me/templates");
        api.get("/v1/me/templates/" + templateId);
        assertThat(api.post("/v1/me/templates/" + templateId + "/preview",
                "{\"values\":{\"firstName\":\"" + NAME + "\",\"myFirstName\":\"" + EMAIL + "\"}}").status())
                .isEqualTo(200);
        api.post("/v1/me/tags", "{\"name\":\"" + NAME + "\"}");
        api.post("/v1/me/categories", "{\"name\":\"Quokka\",\"colour\":\"#1e88e5\",\"priority\":3}");
        api.get("/v1/me/tags");
        api.get("/v1/me/categories");
        api.get("/v1/auth/sessions");
        api.get("/v1/me/identifications");
        assertThat(api.post("/v1/me/analytics/events", "{\"events\":["
                + "{\"event\":\"screen_viewed\",\"occurredAt\":\"" + Instant.now() + "\",\"properties\":{\"screen\":\"inbox\"}},"
                + "{\"event\":\"search_run\",\"occurredAt\":\"" + Instant.now() + "\",\"properties\":{\"scope\":\"contacts\",\"filters\":1}},"
                + "{\"event\":\"screen_viewed\",\"occurredAt\":\"" + Instant.now() + "\",\"properties\":{\"screen\":\"" + EMAIL + "\"}},"
                + "{\"event\":\"" + canary.userId().substring(0, 8) + "\",\"occurredAt\":\"" + Instant.now()
                + "\",\"properties\":{\"name\":\"" + NAME + "\"}}]}").json().path("accepted").asInt()).isEqualTo(2);
        assertThat(api.sendBytes("POST", "/v1/telemetry/errors", envelope(canary).getBytes(StandardCharsets.UTF_8),
                Map.of("Content-Type", "application/x-sentry-envelope")).status()).isEqualTo(202);
        assertThat(cockpit.operator().post("/v1/operator/identifications",
                "{\"trackingId\":\"" + canary.trackingId() + "\",\"reason\":\"consent\"}").status()).isEqualTo(201);
        String externalId = canary.secrets().getLast();
        assertThat(cockpit.partner().get("/v1/partner/accounts/" + externalId).status()).isEqualTo(200);
        assertThat(cockpit.partner().patch("/v1/partner/accounts/" + externalId, "{\"name\":\"" + NAME + "\"}")
                .status()).isEqualTo(200);
        ApiClient anonymous = cockpit.anonymous().withHeader("X-Forwarded-For", ADDRESS);
        assertThat(anonymous.post("/v1/auth/password-reset", "{\"email\":\"" + EMAIL + "\"}").status())
                .isEqualTo(202);
        assertThat(anonymous.post("/v1/auth/password-reset/confirm", "{\"token\":\"rst_"
                + "0".repeat(43) + "\",\"password\":\"" + NAME + " " + EMAIL + "\"}").status()).isBetween(400, 499);
        assertThat(api.put("/v1/me/password", "{\"currentPassword\":\"" + NAME + "\",\"newPassword\":\""
                + EMAIL + "\"}", null).status()).isBetween(400, 499);
        assertThat(cockpit.operator().get("/v1/operator/accounts?email=" + EMAIL).status()).isEqualTo(200);
        assertThat(cockpit.operator().post("/v1/operator/data-subject-requests", "{\"userId\":\"" + canary.userId()
                + "\",\"type\":\"access\",\"receivedAt\":\"" + Instant.now().minusSeconds(60) + "\",\"note\":\""
                + NAME + " <" + EMAIL + "> asked by letter\"}").status()).isEqualTo(201);
        assertThat(cockpit.anonymous().get("/v1/privacy/processing-activities").status()).isEqualTo(200);
        ApiResponse fault = api.withHeader(FaultCapability.HEADER, "no mail for " + NAME + " <" + EMAIL + "> from "
                + ADDRESS + " user " + canary.userId() + " session " + canary.secrets().getFirst()).get("/v1/me");
        assertThat(fault.status()).isEqualTo(500);
        // a request without a user: its report has no user, and the e-mail address in its query string stays here
        assertThat(cockpit.operator().withHeader(FaultCapability.HEADER, "lookup failed")
                .get("/v1/operator/accounts?email=" + EMAIL).status()).isEqualTo(500);
        assertThat(api.delete("/v1/auth/sessions/current").status()).isEqualTo(204);

        // signed_in, template_created, template_previewed and the two app events; the two 500s and the tunnel's event
        await(() -> posthog.events().size() >= 5 && sentry.events().size() >= 3);

        List<String> everything = new ArrayList<>(posthog.everythingReceived());
        everything.addAll(sentry.everythingReceived());
        String all = String.join("\n", everything);
        List<String> canaryData = new ArrayList<>(List.of("Quinta", "Quokkastein", "Zebrowski", EMAIL,
                "canary-mail", ADDRESS, canary.userId()));
        canaryData.addAll(canary.secrets());
        for (String personal : canaryData) {
            assertThat(all).as("reached PostHog or Sentry: " + personal).doesNotContainIgnoringCase(personal);
        }
        assertThat(posthog.rawEvents()).allSatisfy(event -> {
            assertThat(event.path("distinct_id").asText()).isEqualTo(canary.trackingId());
            assertThat(fields(event)).isSubsetOf("uuid", "timestamp", "distinct_id", "event", "$lib", "properties");
            assertThat(fields(event.path("properties")).stream().filter(key -> !key.startsWith("$")).toList())
                    .isSubsetOf(ProductEventName.fromWireName(event.path("event").asText()).orElseThrow()
                            .properties().keySet());
            assertThat(fields(event.path("properties")).stream().filter(key -> key.startsWith("$")).toList())
                    .containsExactlyInAnyOrder("$geoip_disable", "$process_person_profile");
        });
        assertThat(posthog.events()).extracting(e -> e.event()).contains("signed_in", "template_created",
                "template_previewed", "screen_viewed", "search_run");
        assertThat(sentry.events()).allSatisfy(event -> assertThat(event.path("user").isMissingNode()
                || event.path("user").toString().equals("{\"id\":\"" + canary.trackingId() + "\"}"))
                .as("the user of %s is the Tracking-ID or nobody", event).isTrue());
        assertThat(sentry.events()).filteredOn(event -> event.path("user").isMissingNode()).singleElement()
                .satisfies(event -> assertThat(event.path("tags").path("route").asText())
                        .isEqualTo("/v1/operator/accounts"));
        assertThat(sentry.events()).anySatisfy(event ->
                assertThat(event.path("tags").path("route").asText()).isEqualTo("/v1/me"));
        assertThat(delta(before, "product_event", "dropped_not_allowed")).isEqualTo(2);
    }

    @Test
    void aUserWhoSwitchedErrorReportingOffSendsSentryNothing() {
        Canary user = canary("Olga Optout", Unique.email());
        assertThat(user.api().put("/v1/me/privacy", "{\"errorReporting\":false,\"statistics\":false,"
                + "\"analyticsIdentification\":false}", "*").status()).isEqualTo(200);
        Map<String, Double> before = metrics();

        assertThat(user.api().withHeader(FaultCapability.HEADER, "boom").get("/v1/me").status()).isEqualTo(500);
        assertThat(user.api().sendBytes("POST", "/v1/telemetry/errors", envelope(user).getBytes(StandardCharsets.UTF_8),
                Map.of("Content-Type", "application/x-sentry-envelope")).status()).isEqualTo(202);

        await(() -> delta(before, "error_report", "dropped_no_permission") >= 1
                && delta(before, "client_error_report", "dropped_no_permission") >= 1);
        witnessArrives(false, true);
        onlyTheWitnessArrivedAtSentry();
        assertThat(String.join("\n", sentry.everythingReceived())).doesNotContain(user.trackingId());
    }

    @Test
    void aStoreThatDoesNotAnswerIs503ToRetryAndNoErrorReport() {
        Canary user = canary("Stella Storeaway", Unique.email());
        // allowed, so a 503 that were reported would arrive at Sentry
        assertThat(user.api().put("/v1/me/privacy", "{\"errorReporting\":true,\"statistics\":false,"
                + "\"analyticsIdentification\":false}", "*").status()).isEqualTo(200);
        Map<String, Double> before = metrics();

        ApiResponse away = user.api().withHeader(FaultCapability.HEADER, FaultCapability.STORE_AWAY).get("/v1/me");

        assertThat(away.status()).isEqualTo(503);
        assertThat(away.json().path("code").asText()).isEqualTo("server.unavailable");
        assertThat(away.header("Retry-After")).contains("10");
        assertThat(away.header("Content-Type")).contains("application/problem+json");
        assertThat(away.body()).doesNotContain("Connection is not available").doesNotContain("SQL");
        witnessArrives(false, true);
        onlyTheWitnessArrivedAtSentry();
        assertThat(delta(before, "error_report", "dropped_no_permission")).isZero();
        assertThat(String.join("\n", sentry.everythingReceived())).doesNotContain(user.trackingId());
    }

    @Test
    void aUserWhoObjectedToProductAnalyticsSendsPostHogNothing() {
        Canary user = canary("Otto Objector", Unique.email());
        assertThat(user.api().put("/v1/me/privacy", "{\"errorReporting\":true,\"statistics\":false,"
                + "\"analyticsIdentification\":false,\"productAnalytics\":false}", "*").status()).isEqualTo(200);
        posthog.reset();
        Map<String, Double> before = metrics();

        assertThat(Users.signIn(cockpit.anonymous().withHeader("X-Forwarded-For", ADDRESS), user.email(),
                Users.PASSWORD).status()).isEqualTo(201);
        assertThat(user.api().post("/v1/me/templates", "{\"name\":\"T\",\"body\":\"Hi\"}").status()).isEqualTo(201);
        user.api().post("/v1/me/analytics/events", "{\"events\":[{\"event\":\"screen_viewed\",\"occurredAt\":\""
                + Instant.now() + "\"}]}");

        await(() -> delta(before, "product_event", "dropped_no_permission") >= 3);
        witnessArrives(true, false);
        onlyTheWitnessArrivedAtPostHog();
        assertThat(String.join("\n", posthog.everythingReceived())).doesNotContain(user.trackingId());
    }

    @Test
    void aRestrictedUserSendsNeitherAnything() {
        Canary user = canary("Rita Restricted", Unique.email());
        assertThat(user.api().put("/v1/me/restriction", null, null).status()).isEqualTo(200);
        posthog.reset();
        sentry.reset();
        Map<String, Double> before = metrics();

        assertThat(user.api().post("/v1/me/templates", "{\"name\":\"T\",\"body\":\"Hi\"}").status()).isEqualTo(201);
        assertThat(user.api().withHeader(FaultCapability.HEADER, "boom").get("/v1/me").status()).isEqualTo(500);
        user.api().sendBytes("POST", "/v1/telemetry/errors", envelope(user).getBytes(StandardCharsets.UTF_8),
                Map.of("Content-Type", "application/x-sentry-envelope"));

        await(() -> delta(before, "product_event", "dropped_no_permission") >= 1
                && delta(before, "error_report", "dropped_no_permission") >= 1
                && delta(before, "client_error_report", "dropped_no_permission") >= 1);
        witnessArrives(true, true);
        onlyTheWitnessArrivedAtPostHog();
        onlyTheWitnessArrivedAtSentry();
        assertThat(String.join("\n", posthog.everythingReceived())).doesNotContain(user.trackingId());
        assertThat(String.join("\n", sentry.everythingReceived())).doesNotContain(user.trackingId());
    }

    /** An app's envelope full of the user's data (JavaScript SDK style: no lengths, breadcrumbs as values). */
    private static String envelope(Canary canary) {
        return "{\"event_id\":\"0f1e2d3c4b5a69788796a5b4c3d2e1f0\",\"dsn\":\"https://k@o1.ingest.sentry.io/1\"}\n"
                + "{\"type\":\"event\"}\n"
                + "{\"event_id\":\"0f1e2d3c4b5a69788796a5b4c3d2e1f0\",\"platform\":\"javascript\",\"level\":\"error\","
                + "\"exception\":{\"values\":[{\"type\":\"TypeError\",\"value\":\"" + NAME + " <" + EMAIL + "> at "
                + ADDRESS + "\"}]},\"user\":{\"id\":\"" + canary.userId() + "\",\"email\":\"" + EMAIL
                + "\",\"ip_address\":\"" + ADDRESS + "\"},\"request\":{\"url\":\"https://app.example/inbox?q="
                + EMAIL + "\",\"headers\":{\"Authorization\":\"Bearer " + canary.secrets().getFirst() + "\"}},"
                + "\"breadcrumbs\":{\"values\":[{\"message\":\"opened /home/quinta/x for " + NAME + "\"}]}}\n"
                + "{\"type\":\"session\"}\n{\"did\":\"" + canary.userId() + "\"}\n";
    }

    private static List<String> fields(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }

    private Map<String, Double> metrics() {
        String text = cockpit.management().get("/metrics").body();
        Map<String, Double> values = new java.util.HashMap<>();
        Matcher matcher = METRIC.matcher(text);
        while (matcher.find()) {
            Map<String, String> labels = new java.util.HashMap<>();
            Matcher label = LABEL.matcher(matcher.group(1));
            while (label.find()) {
                labels.put(label.group(1), label.group(2));
            }
            values.merge(labels.get("signal") + "/" + labels.get("outcome"), Double.parseDouble(matcher.group(2)),
                    Double::sum);
        }
        return values;
    }

    private double delta(Map<String, Double> before, String signal, String outcome) {
        String key = signal + "/" + outcome;
        return metrics().getOrDefault(key, 0.0) - before.getOrDefault(key, 0.0);
    }

    private static void await(BooleanSupplier condition) {
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("not reached within 20 s");
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }

}
