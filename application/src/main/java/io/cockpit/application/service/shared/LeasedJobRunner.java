package io.cockpit.application.service.shared;

import io.cockpit.application.port.out.shared.JobLeases;
import io.cockpit.application.port.out.shared.StoreUnavailable;

import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Runs {@link LeasedJob}s on this node while it holds their leases: every interval it takes or renews a job's lease
 * and, if it holds it, runs the job. A failing job is logged and tried again at the next turn; it never stops the
 * runner. While a store does not answer, the job's turns are one warning and, when it runs again, one line
 * ({@link StoreOutage}), and are not reported. On {@link #close()} the runner lets a running job finish and gives its leases up, so another node takes
 * over at its next turn instead of after the lease ran out.
 */
public final class LeasedJobRunner implements AutoCloseable {


    /** Told about every failed run (error reporting); must return at once. */
    @FunctionalInterface
    public interface FailureListener {
        FailureListener NONE = (job, failure) -> { };

        void failed(String job, Throwable failure);
    }

    /** What one turn of a job did. */
    public enum Turn { NOT_HOLDING_THE_LEASE, RAN, FAILED }

    private final Logger log;
    private final JobLeases leases;
    private final String holder;
    private final Clock clock;
    private final ScheduledExecutorService executor;
    private final Set<String> held = ConcurrentHashMap.newKeySet();
    private final Map<String, StoreOutage> outages = new ConcurrentHashMap<>();
    private volatile FailureListener failures = FailureListener.NONE;

    /**
     * @param holder   this node's name in the leases, unique among the nodes
     * @param executor runs the jobs; the runner shuts it down on {@link #close()}
     */
    public LeasedJobRunner(JobLeases leases, String holder, Clock clock, ScheduledExecutorService executor) {
        this(leases, holder, clock, executor, System.getLogger(LeasedJobRunner.class.getName()));
    }

    LeasedJobRunner(JobLeases leases, String holder, Clock clock, ScheduledExecutorService executor, Logger log) {
        this.log = Objects.requireNonNull(log);
        this.leases = Objects.requireNonNull(leases);
        this.holder = Objects.requireNonNull(holder);
        this.clock = Objects.requireNonNull(clock);
        this.executor = Objects.requireNonNull(executor);
    }

    /** From now on every failed run is also reported to {@code listener} (the failure is logged either way). */
    public void reportFailuresTo(FailureListener listener) {
        this.failures = Objects.requireNonNull(listener);
    }

    /** Gives {@code job} a turn every interval, the first one interval from now. */
    public void schedule(LeasedJob job) {
        long millis = job.interval().toMillis();
        executor.scheduleWithFixedDelay(() -> runOnce(job), millis, millis, TimeUnit.MILLISECONDS);
    }

    /** One turn: takes or renews the lease, and runs the job if this node holds it. Never throws. */
    public Turn runOnce(LeasedJob job) {
        Instant start = clock.instant();
        StoreOutage outage = outages.computeIfAbsent(job.name(), name -> new StoreOutage(log, "job " + name, clock));
        boolean holding;
        try {
            holding = leases.acquire(job.name(), holder, start, job.lease());
        } catch (StoreUnavailable away) {
            outage.failed(away);
            return Turn.FAILED;
        } catch (RuntimeException e) {
            log.log(Level.WARNING, "job " + job.name() + ": the lease could not be taken or renewed", e);
            holding = false;
        }
        if (!holding) {
            outage.succeeded();
            if (held.remove(job.name())) {
                log.log(Level.INFO, "job " + job.name() + ": another node runs it now");
            }
            return Turn.NOT_HOLDING_THE_LEASE;
        }
        if (held.add(job.name())) {
            log.log(Level.INFO, "job " + job.name() + ": this node (" + holder + ") holds the lease and runs it");
        }
        try {
            job.work().run();
            outage.succeeded();
            return Turn.RAN;
        } catch (StoreUnavailable away) {
            outage.failed(away);
            return Turn.FAILED;
        } catch (RuntimeException e) {
            log.log(Level.ERROR, "job " + job.name() + " failed; it runs again at the next turn", e);
            try {
                failures.failed(job.name(), e);
            } catch (RuntimeException listenerFailed) {
                log.log(Level.WARNING, "job " + job.name() + ": its failure could not be reported ("
                        + listenerFailed.getClass().getSimpleName() + ")");
            }
            return Turn.FAILED;
        } finally {
            Duration took = Duration.between(start, clock.instant());
            if (took.compareTo(job.lease()) >= 0) {
                log.log(Level.WARNING, "job " + job.name() + " ran " + took + ", longer than its lease "
                        + job.lease() + ": another node may have started it meanwhile; give it a longer lease");
            }
        }
    }

    /** Whether this node held the lease of {@code job} at its last turn. */
    public boolean holds(String job) {
        return held.contains(job);
    }

    /** Stops the turns, waits up to 10 s for a running job, then gives up the leases this node holds. */
    @Override
    public void close() {
        executor.shutdown();
        try {
            executor.awaitTermination(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        for (String job : held) {
            try {
                leases.release(job, holder);
            } catch (RuntimeException e) {
                log.log(Level.WARNING, "job " + job + ": the lease could not be given up; it runs out by itself", e);
            }
        }
        held.clear();
    }
}
