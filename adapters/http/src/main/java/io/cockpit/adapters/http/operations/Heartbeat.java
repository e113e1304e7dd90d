package io.cockpit.adapters.http.operations;

import java.time.Duration;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Whether the threads that serve requests still run: every {@code interval} a platform thread hands a beat to the
 * virtual-thread scheduler Helidon serves every request on, and the beat notes the time it ran. While the carriers
 * are busy with a burst, a beat runs late by the burst's length (well under a second); when they are stuck (every
 * carrier in an endless loop, a deadlock of the scheduler) it never runs, and {@link #silence()} grows. At most one
 * beat waits at a time, so a stuck scheduler does not pile them up.
 */
public final class Heartbeat implements AutoCloseable {

    private final Executor beats;
    private final ScheduledExecutorService ticker;
    private final AtomicBoolean waiting = new AtomicBoolean();
    private volatile long lastBeatNanos = System.nanoTime();

    /**
     * @param beats where each beat runs: in production a new virtual thread each ({@link #onVirtualThreads})
     */
    Heartbeat(Executor beats, Duration interval) {
        if (interval.isNegative() || interval.isZero()) {
            throw new IllegalArgumentException("the heartbeat's interval must be positive: " + interval);
        }
        this.beats = beats;
        this.ticker = Executors.newSingleThreadScheduledExecutor(
                Thread.ofPlatform().daemon().name("cockpit-heartbeat").factory());
        ticker.scheduleAtFixedRate(this::beat, 0, interval.toNanos(), TimeUnit.NANOSECONDS);
    }

    /** Beats on virtual threads of the JVM's scheduler, the one Helidon runs every listener's requests on. */
    public static Heartbeat onVirtualThreads(Duration interval) {
        return new Heartbeat(task -> Thread.ofVirtual().name("cockpit-heartbeat-beat").start(task), interval);
    }

    /** How long ago the last beat ran (from the start, before the first one). */
    public Duration silence() {
        return Duration.ofNanos(System.nanoTime() - lastBeatNanos);
    }

    private void beat() {
        if (waiting.compareAndSet(false, true)) {
            try {
                beats.execute(() -> {
                    lastBeatNanos = System.nanoTime();
                    waiting.set(false);
                });
            } catch (RuntimeException | OutOfMemoryError notStarted) {
                // a beat that could not start is one that did not run: try again at the next tick (a task that
                // threw would end the fixed-rate schedule, and the probe would say 503 until a restart)
                waiting.set(false);
            }
        }
    }

    @Override
    public void close() {
        ticker.shutdownNow();
    }
}
