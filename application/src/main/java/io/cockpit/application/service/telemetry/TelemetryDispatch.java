package io.cockpit.application.service.telemetry;

import io.cockpit.application.port.out.telemetry.TelemetryCounters;
import io.cockpit.domain.telemetry.TelemetryOutcome;
import io.cockpit.domain.telemetry.TelemetrySignal;

import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;

/**
 * Runs telemetry work after the request has its answer: the permission check, the account lookup and the hand-over
 * to the adapter. The executor is bounded; work it refuses is dropped and counted, and a failure is logged, never
 * thrown back at the request.
 */
final class TelemetryDispatch {

    private static final Logger LOG = System.getLogger(TelemetryDispatch.class.getName());

    private final Executor executor;
    private final TelemetryCounters counters;

    TelemetryDispatch(Executor executor, TelemetryCounters counters) {
        this.executor = executor;
        this.counters = counters;
    }

    void later(TelemetrySignal signal, Runnable work) {
        try {
            executor.execute(() -> {
                try {
                    work.run();
                } catch (RuntimeException e) {
                    counters.count(signal, TelemetryOutcome.FAILED);
                    LOG.log(Level.WARNING, signal.wireName() + " not sent: " + e.getClass().getSimpleName());
                }
            });
        } catch (RejectedExecutionException full) {
            counters.count(signal, TelemetryOutcome.DROPPED_QUEUE_FULL);
        }
    }

    TelemetryCounters counters() {
        return counters;
    }
}
