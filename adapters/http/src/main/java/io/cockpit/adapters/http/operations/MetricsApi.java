package io.cockpit.adapters.http.operations;

import io.cockpit.api.MetricsService;
import io.helidon.http.HeaderNames;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;

import java.nio.charset.StandardCharsets;
import java.util.function.Supplier;

/**
 * GET /metrics on the management port: the Prometheus text format 0.0.4 and nothing else, whatever {@code Accept}
 * asks for, so the answer is always one the contract declares (Helidon's own endpoint also answered JSON and
 * OpenMetrics, and 406 without a body).
 */
public final class MetricsApi extends MetricsService {

    static final String PROMETHEUS_TEXT = "text/plain; version=0.0.4; charset=utf-8";

    private final Supplier<String> metrics;

    /** @param metrics every meter, in the Prometheus text format */
    public MetricsApi(Supplier<String> metrics) {
        this.metrics = metrics;
    }

    @Override
    protected void handleGetMetrics(ServerRequest request, ServerResponse response) {
        response.header(HeaderNames.CONTENT_TYPE, PROMETHEUS_TEXT);
        response.header(HeaderNames.CACHE_CONTROL, "no-store");
        response.send(metrics.get().getBytes(StandardCharsets.UTF_8));
    }
}
