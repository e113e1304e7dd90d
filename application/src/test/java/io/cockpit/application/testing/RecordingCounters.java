package io.cockpit.application.testing;

import io.cockpit.application.port.out.telemetry.TelemetryCounters;
import io.cockpit.domain.telemetry.TelemetryOutcome;
import io.cockpit.domain.telemetry.TelemetrySignal;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/** Telemetry counters a test can read back. */
public final class RecordingCounters implements TelemetryCounters {

    private final Map<String, AtomicLong> counts = new ConcurrentHashMap<>();

    @Override
    public void count(TelemetrySignal signal, TelemetryOutcome outcome) {
        counts.computeIfAbsent(signal + "/" + outcome, key -> new AtomicLong()).incrementAndGet();
    }

    public long of(TelemetrySignal signal, TelemetryOutcome outcome) {
        AtomicLong count = counts.get(signal + "/" + outcome);
        return count == null ? 0 : count.get();
    }

    public long total(TelemetrySignal signal) {
        long total = 0;
        for (TelemetryOutcome outcome : TelemetryOutcome.values()) {
            total += of(signal, outcome);
        }
        return total;
    }

    /** Waits until {@code signal} was counted {@code expected} times (sending runs in the background). */
    public boolean awaitTotal(TelemetrySignal signal, long expected, Duration within) {
        long deadline = System.nanoTime() + within.toNanos();
        while (total(signal) < expected && System.nanoTime() < deadline) {
            try {
                Thread.sleep(10);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
        return total(signal) >= expected;
    }

    @Override
    public String toString() {
        return counts.toString();
    }
}
