package io.cockpit.bootstrap.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import io.cockpit.adapters.http.contract.ApiContract;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static io.cockpit.bootstrap.e2e.Unique.provisionBody;
import static org.assertj.core.api.Assertions.assertThat;

/** Health, metrics and the served contract. */
abstract class OperationsScenarios extends Scenarios {

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
                mode() == CockpitFixture.Mode.PRODUCTION ? List.of("database", "redis") : List.of("database"));
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

    @Test
    void theServedContractIsTheOneTheServerValidatesWith() {
        JsonNode first = cockpit.anonymous().get("/health/live").json();

        assertThat(first.path("status").asText()).isEqualTo("UP");
        assertThat(ApiContract.load().operations()).extracting(o -> o.operationId())
                .contains("provisionAccount", "getPartnerAccount", "changePartnerAccount", "issueActivationToken",
                        "checkLiveness", "checkReadiness", "getMetrics", "getContract");
    }

    @Test
    void everyResponseCarriesARequestIdThatProblemsQuote() {
        ApiResponse problem = cockpit.anonymous().get("/v1/partner/accounts/crm-1");

        String requestId = problem.header("X-Request-Id").orElseThrow();
        assertThat(problem.json().path("instance").asText()).isEqualTo("urn:cockpit:request:" + requestId);
    }
}
