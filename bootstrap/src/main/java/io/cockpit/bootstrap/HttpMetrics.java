package io.cockpit.bootstrap;

import io.cockpit.adapters.http.pipeline.RequestObserver;
import io.helidon.metrics.api.Counter;
import io.helidon.metrics.api.MeterRegistry;
import io.helidon.metrics.api.Metrics;
import io.helidon.metrics.api.Timer;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Request counts and durations per route template and status, for /metrics. */
final class HttpMetrics implements RequestObserver {

    private final MeterRegistry registry = Metrics.globalRegistry();
    /** The meters of each method, route and status, looked up in the registry once. */
    private final Map<String, Meters> meters = new ConcurrentHashMap<>();

    private record Meters(Counter requests, Timer duration) {
    }

    @Override
    public void requestCompleted(String method, String route, int status, long durationNanos) {
        Meters found = meters.computeIfAbsent(method + ' ' + route + ' ' + status, key -> {
            String[] tags = {"method", method, "route", route, "status", Integer.toString(status)};
            return new Meters(registry.getOrCreate(Counter.builder("cockpit.http.requests").tags(Metrics.tags(tags))),
                    registry.getOrCreate(Timer.builder("cockpit.http.request.duration").tags(Metrics.tags(tags))));
        });
        found.requests().increment();
        found.duration().record(Duration.ofNanos(durationNanos));
    }
}
