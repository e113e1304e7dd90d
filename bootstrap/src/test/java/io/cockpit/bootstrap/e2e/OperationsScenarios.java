package io.cockpit.bootstrap.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

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

    @Test
    void metricsCountRequestsByRouteTemplateNeverByPath() {
        String externalId = Unique.id("metricsref");
        cockpit.partner().post("/v1/partner/accounts", provisionBody(externalId, Unique.email(), "M", "active"));
        cockpit.partner().get("/v1/partner/accounts/" + externalId);

        ApiResponse metrics = cockpit.anonymous().get("/metrics");

        assertThat(metrics.status()).isEqualTo(200);
        assertThat(metrics.body()).contains("cockpit_http_requests_total")
                .contains("route=\"/v1/partner/accounts/{externalId}\"")
                .doesNotContain(externalId);
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
                ApiResponse answer = stranger.send(method.toUpperCase(Locale.ROOT),
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
}
