package io.cockpit.bootstrap;

import io.cockpit.application.port.out.telemetry.TelemetryCounters;
import io.cockpit.domain.telemetry.TelemetryOutcome;
import io.cockpit.domain.telemetry.TelemetrySignal;
import io.helidon.metrics.api.Counter;
import io.helidon.metrics.api.MeterRegistry;
import io.helidon.metrics.api.Metrics;

import java.util.EnumMap;
import java.util.Map;

/** {@code cockpit_telemetry_total{signal, outcome}}: what became of every product event and error report. */
final class TelemetryMeters implements TelemetryCounters {

    private final Map<TelemetrySignal, Map<TelemetryOutcome, Counter>> counters = new EnumMap<>(TelemetrySignal.class);

    TelemetryMeters() {
        MeterRegistry registry = Metrics.globalRegistry();
        for (TelemetrySignal signal : TelemetrySignal.values()) {
            Map<TelemetryOutcome, Counter> bySignal = new EnumMap<>(TelemetryOutcome.class);
            for (TelemetryOutcome outcome : TelemetryOutcome.values()) {
                bySignal.put(outcome, registry.getOrCreate(Counter.builder("cockpit.telemetry")
                        .tags(Metrics.tags("signal", signal.wireName(), "outcome", outcome.wireName()))));
            }
            counters.put(signal, bySignal);
        }
    }

    @Override
    public void count(TelemetrySignal signal, TelemetryOutcome outcome) {
        counters.get(signal).get(outcome).increment();
    }
}
