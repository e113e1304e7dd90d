package io.cockpit.bootstrap.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

import static io.cockpit.bootstrap.e2e.Unique.provisionBody;
import static org.assertj.core.api.Assertions.assertThat;

/** Health, metrics and the served contract. */
abstract class OperationsScenarios extends Scenarios {

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    private static final Set<String> HTTP_METHODS = Set.of("get", "put", "post", "delete", "patch", "head", "options");

    @Test
    void theProcessIsLiveAndEveryConfiguredStoreIsReady() {
        ApiResponse live = cockpit.anonymous().get("/health/live");
        ApiResponse ready = cockpit.anonymous().get("/health/ready");

        assertThat(live.status()).isEqualTo(200);
        assertThat(ready.status()).isEqualTo(200);
        List<String> checks = new ArrayList<>();
        ready.json().path("checks").forEach(check -> {
            assertThat(check.path("status").asText()).isEqualTo("UP");
            checks.add(check.path("name").asText());
        });
        assertThat(checks).containsExactlyElementsOf(
                mode() == CockpitFixture.Mode.PRODUCTION ? List.of("database", "redis", "influxdb") : List.of("database"));
    }

    /**
     * The liveness probe's port (for a Kubernetes liveness probe) answers GET /health/live as the API port does, on
     * threads of its own; nothing else is served there.
     */
    @Test
    void theProbePortAnswersLivenessAsTheApiPortDoes() {
        ApiResponse onTheApiPort = cockpit.anonymous().get("/health/live");
        ApiResponse onTheProbePort = cockpit.probe().get("/health/live");
        ApiResponse head = cockpit.probe().head("/health/live");

        assertThat(onTheProbePort.status()).isEqualTo(200);
        assertThat(onTheProbePort.json()).isEqualTo(onTheApiPort.json());
        assertThat(onTheProbePort.header("X-Content-Type-Options")).contains("nosniff");
        assertThat(head.status()).isEqualTo(200);
    }

    @Test
    void metricsCountRequestsByRouteTemplateNeverByPath() {
        String externalId = Unique.id("metricsref");
        cockpit.partner().post("/v1/partner/accounts", provisionBody(externalId, Unique.email(), "M", "active"));
        cockpit.partner().get("/v1/partner/accounts/" + externalId);

        ApiResponse metrics = cockpit.management().get("/metrics");

        assertThat(metrics.status()).isEqualTo(200);
        assertThat(metrics.body()).contains("cockpit_http_requests_total")
                .contains("route=\"/v1/partner/accounts/{externalId}\"")
                .contains("jvm_")
                .doesNotContain(externalId);
    }

    /**
     * Found by fuzzing: /metrics was public on the API port and also answered JSON and OpenMetrics, which the
     * contract does not declare. Now it is on the management port only, always the Prometheus text.
     */
    @Test
    void metricsAreOnTheManagementPortOnlyAndAlwaysPrometheusText() {
        ApiResponse onTheApiPort = cockpit.anonymous().get("/metrics");
        List<ApiResponse> answers = new ArrayList<>();
        for (String accept : List.of("application/json", "application/openmetrics-text; version=1.0.0",
                "application/xml", "*/*")) {
            answers.add(cockpit.management().withHeader("Accept", accept).get("/metrics"));
        }
        ApiResponse head = cockpit.management().head("/metrics");
        ApiResponse notThere = cockpit.management().get("/health/live");

        assertThat(onTheApiPort.status()).isEqualTo(404);
        assertThat(onTheApiPort.code()).isEqualTo("route.not_found");
        assertThat(answers).allSatisfy(answer -> {
            assertThat(answer.status()).isEqualTo(200);
            assertThat(answer.header("Content-Type")).contains("text/plain; version=0.0.4; charset=utf-8");
            assertThat(answer.header("X-Content-Type-Options")).contains("nosniff");
        });
        assertThat(head.status()).isEqualTo(200);
        assertThat(head.header("Content-Length").map(Integer::parseInt).orElseThrow()).isPositive();
        assertThat(notThere.status()).isEqualTo(404);
    }

    @Test
    void theContractIsServedAsPublished() throws IOException {
        ApiResponse served = cockpit.anonymous().get("/openapi");

        assertThat(served.status()).isEqualTo(200);
        assertThat(served.header("Content-Type")).hasValueSatisfying(v -> assertThat(v).startsWith("application/yaml"));
        assertThat(served.body()).isEqualTo(Files.readString(Path.of("../api-spec/openapi.yaml")));
    }

    /**
     * The server routes and validates by the very document it serves: each served operation is routed, a path the
     * document lacks is not, and the fields the served schema requires are the ones the server insists on.
     */
    @Test
    void theServedContractIsTheOneTheServerValidatesWith() throws IOException {
        JsonNode served = YAML.readTree(cockpit.anonymous().get("/openapi").body());
        assertThat(served).isEqualTo(YAML.readTree(Path.of("../api-spec/openapi.yaml").toFile()));
        ApiClient stranger = cockpit.anonymous().from(Unique.address());

        List<String> routed = new ArrayList<>();
        served.path("paths").fields().forEachRemaining(path -> path.getValue().fieldNames().forEachRemaining(method -> {
            if (HTTP_METHODS.contains(method)) {
                String operation = method.toUpperCase(Locale.ROOT) + " " + path.getKey();
                ApiClient caller = path.getValue().path("x-cockpit-listener").asText("api").equals("management")
                        ? cockpit.management() : stranger;
                ApiResponse answer = caller.send(method.toUpperCase(Locale.ROOT),
                        path.getKey().replaceAll("\\{[^}]+}", "x"), null, Map.of());
                assertThat(routeProblem(answer)).as(operation + " answered " + answer).isEmpty();
                routed.add(operation);
            }
        }));
        assertThat(routed).contains("POST /v1/partner/accounts", "GET /openapi");
        assertThat(routeProblem(stranger.get("/v1/partner/accounts-not-in-the-contract")))
                .contains("route.not_found");

        JsonNode provisioning = served.at("/paths/~1v1~1partner~1accounts/post/requestBody/content/application~1json");
        String schema = provisioning.at("/schema/$ref").asText().replace("#/components/schemas/", "");
        JsonNode required = served.at("/components/schemas/" + schema + "/required");
        JsonNode example = provisioning.at("/examples/provision/value");
        assertThat(required).isNotEmpty();
        for (JsonNode field : required) {
            ObjectNode incomplete = example.deepCopy();
            incomplete.remove(field.asText());

            ApiResponse refused = cockpit.partner().post("/v1/partner/accounts", incomplete.toString());

            assertThat(refused.status()).as(refused.toString()).isEqualTo(422);
            assertThat(refused.errorPointers()).contains("body:/" + field.asText());
        }
    }

    /** The code of a "no such route" or "no such method" answer; empty for any other answer. */
    private static Optional<String> routeProblem(ApiResponse answer) {
        if (!answer.header("Content-Type").orElse("").startsWith("application/problem+json")) {
            return Optional.empty();
        }
        return Optional.of(answer.code()).filter(code -> code.startsWith("route."));
    }

    @Test
    void everyResponseCarriesARequestIdThatProblemsQuote() {
        ApiResponse problem = cockpit.anonymous().get("/v1/partner/accounts/crm-1");

        String requestId = problem.header("X-Request-Id").orElseThrow();
        assertThat(problem.json().path("instance").asText()).isEqualTo("urn:cockpit:request:" + requestId);
    }

    /**
     * Found by fuzzing: HEAD was 405 everywhere. RFC 9110: every GET answers HEAD with the same status and headers,
     * {@code Content-Length} included, and no body; here for every GET the served contract has, as the audience it
     * is for (the partner's and the operator's paths with their keys, /v1/me and /v1/auth with a session).
     */
    @Test
    void everyGetAlsoAnswersHeadWithTheSameHeadersAndNoBody() throws IOException {
        JsonNode served = YAML.readTree(cockpit.anonymous().get("/openapi").body());
        Users.SignedIn user = Users.signedIn(cockpit);
        List<String> checked = new ArrayList<>();
        served.path("paths").fields().forEachRemaining(path -> {
            if (!path.getValue().has("get")) {
                return;
            }
            String concrete = path.getKey().replace("{externalId}", user.externalId()).replaceAll("\\{[^}]+}",
                    "0193a0c4-1f2e-7d3c-8b4a-5e6f7a8b9c0d");
            ApiClient client = path.getKey().equals("/metrics") ? cockpit.management()
                    : path.getKey().startsWith("/v1/partner") ? cockpit.partner()
                    : path.getKey().startsWith("/v1/operator") ? cockpit.operator()
                    : path.getKey().startsWith("/v1/") ? user.api() : cockpit.anonymous();

            ApiResponse get = client.get(concrete);
            ApiResponse head = client.head(concrete);

            assertThat(head.status()).as("HEAD " + concrete).isEqualTo(get.status());
            assertThat(head.body()).isEmpty();
            // the metrics count the GET itself, so their length changes from one answer to the next; a GET that
            // streams its content (the export) has no length before it is written, which RFC 9110 (9.3.2) lets a
            // HEAD leave out or give
            boolean changesByItself = path.getKey().equals("/metrics");
            boolean streamed = get.header("Transfer-Encoding").filter(value -> value.contains("chunked")).isPresent();
            assertThat(comparable(head.headers(), changesByItself || streamed)).as("HEAD " + concrete)
                    .isEqualTo(comparable(get.headers(), changesByItself || streamed));
            if (!changesByItself && !streamed) {
                assertThat(head.header("Content-Length")).as("HEAD " + concrete)
                        .contains(Integer.toString(get.body().getBytes(StandardCharsets.UTF_8).length));
            }
            checked.add(concrete + " " + get.status());
        });
        assertThat(checked).contains("/v1/me 200", "/openapi 200", "/health/live 200",
                "/v1/partner/accounts/" + user.externalId() + " 200");
        ApiResponse noGet = cockpit.anonymous().head("/v1/auth/activation");
        assertThat(noGet.status()).isEqualTo(405);
        assertThat(noGet.header("Allow")).contains("POST");
    }

    /** The headers that must be equal between a GET and its HEAD: all but the date and the request id. */
    private static Map<String, List<String>> comparable(Map<String, List<String>> headers, boolean ignoreLength) {
        Map<String, List<String>> kept = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        headers.forEach((name, values) -> {
            if (!name.equalsIgnoreCase("date") && !name.equalsIgnoreCase("x-request-id")
                    && !(ignoreLength && (name.equalsIgnoreCase("content-length")
                    || name.equalsIgnoreCase("transfer-encoding")))) {
                kept.put(name, values);
            }
        });
        return kept;
    }

    /** Also on problems, 404s and 405s; and HSTS only when a trusted proxy says the client came over TLS. */
    @Test
    void everyAnswerForbidsSniffingAndHttpsAnswersAskForHttpsOnly() {
        List<ApiResponse> answers = List.of(
                cockpit.anonymous().get("/health/live"),
                cockpit.anonymous().get("/v1/me"),
                cockpit.anonymous().get("/nothing-here"),
                cockpit.anonymous().delete("/health/live"),
                cockpit.partner().get("/v1/partner/accounts/crm-none"),
                cockpit.partner().post("/v1/partner/accounts", "{"));
        ApiResponse viaTls = cockpit.anonymous().withHeader("X-Forwarded-Proto", "https").get("/health/live");

        assertThat(answers).allSatisfy(answer -> {
            assertThat(answer.header("X-Content-Type-Options")).as(answer.toString()).contains("nosniff");
            assertThat(answer.header("Strict-Transport-Security")).as("plain HTTP").isEmpty();
        });
        assertThat(viaTls.header("Strict-Transport-Security")).contains("max-age=31536000");
        assertThat(viaTls.header("X-Content-Type-Options")).contains("nosniff");
    }
}
