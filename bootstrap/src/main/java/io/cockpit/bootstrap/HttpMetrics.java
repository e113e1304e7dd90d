package io.cockpit.bootstrap;

import io.cockpit.adapters.http.pipeline.RequestObserver;
import io.helidon.metrics.api.Counter;
import io.helidon.metrics.api.MeterRegistry;
import io.helidon.metrics.api.Metrics;
import io.helidon.metrics.api.Timer;

import java.time.Duration;

/** Request counts and durations per route template and status, for /metrics. */
final class HttpMetrics implements RequestObserver {

    private final MeterRegistry registry = Metrics.globalRegistry();

    @Override
    public void requestCompleted(String method, String route, int status, long durationNanos) {
        String[] tags = {"method", method, "route", route, "status", Integer.toString(status)};
        registry.getOrCreate(Counter.builder("cockpit.http.requests").tags(Metrics.tags(tags))).increment();
        registry.getOrCreate(Timer.builder("cockpit.http.request.duration").tags(Metrics.tags(tags)))
                .record(Duration.ofNanos(durationNanos));
    }
}
