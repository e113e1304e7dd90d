package io.cockpit.adapters.memory;

import io.cockpit.application.port.out.telemetry.ProductAnalytics;
import io.cockpit.application.port.out.telemetry.TelemetryCounters;
import io.cockpit.domain.telemetry.TelemetryOutcome;
import io.cockpit.domain.telemetry.TelemetrySignal;
import io.cockpit.domain.telemetry.TrackedEvent;

/** The embedded default: product analytics is off; every event is only counted (metrics), nothing leaves. */
public final class DisabledProductAnalytics implements ProductAnalytics {

    private final TelemetryCounters counters;

    public DisabledProductAnalytics(TelemetryCounters counters) {
        this.counters = counters;
    }

    @Override
    public void capture(TrackedEvent event) {
        counters.count(TelemetrySignal.PRODUCT_EVENT, TelemetryOutcome.DISABLED);
    }

    @Override
    public void close() {
    }
}
