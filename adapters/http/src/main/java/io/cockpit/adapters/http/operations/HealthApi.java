package io.cockpit.adapters.http.operations;

import io.cockpit.adapters.http.handler.JsonReply;
import io.cockpit.api.HealthService;
import io.cockpit.api.model.HealthReport;
import io.cockpit.api.model.HealthReportChecksInner;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;

import java.util.List;

/** Liveness (the process serves) and readiness (no configured store is down; a degraded one keeps it ready). */
public final class HealthApi extends HealthService {

    private final List<ReadinessCheck> checks;

    public HealthApi(List<ReadinessCheck> checks) {
        this.checks = List.copyOf(checks);
    }

    @Override
    protected void handleCheckLiveness(ServerRequest request, ServerResponse response) {
        JsonReply.of(200, new HealthReport(HealthReport.StatusEnum.UP, List.of())).send(response);
    }

    @Override
    protected void handleCheckReadiness(ServerRequest request, ServerResponse response) {
        List<HealthReportChecksInner> results = checks.stream().map(HealthApi::result).toList();
        boolean ready = results.stream().noneMatch(r -> r.getStatus() == HealthReportChecksInner.StatusEnum.DOWN);
        JsonReply.of(ready ? 200 : 503, new HealthReport(
                ready ? HealthReport.StatusEnum.UP : HealthReport.StatusEnum.DOWN, results)).send(response);
    }

    private static HealthReportChecksInner result(ReadinessCheck check) {
        ReadinessCheck.Health health = check.health().get();
        return new HealthReportChecksInner(check.name(),
                HealthReportChecksInner.StatusEnum.fromValue(health.status().name()), health.detail().orElse(null));
    }
}
