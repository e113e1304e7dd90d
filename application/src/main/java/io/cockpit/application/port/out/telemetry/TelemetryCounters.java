package io.cockpit.application.port.out.telemetry;

import io.cockpit.domain.telemetry.TelemetryOutcome;
import io.cockpit.domain.telemetry.TelemetrySignal;

/** Counts what became of every event and report (the metrics {@code cockpit_telemetry_total}). */
@FunctionalInterface
public interface TelemetryCounters {

    TelemetryCounters NONE = (signal, outcome) -> { };

    void count(TelemetrySignal signal, TelemetryOutcome outcome);
}
