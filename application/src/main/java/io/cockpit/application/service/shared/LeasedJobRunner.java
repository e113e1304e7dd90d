package io.cockpit.application.service.shared;

import io.cockpit.application.port.out.shared.JobLeases;

import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Runs {@link LeasedJob}s on this node while it holds their leases: every interval it takes or renews a job's lease
 * and, if it holds it, runs the job. A failing job is logged and tried again at the next turn; it never stops the
 * runner. On {@link #close()} the runner lets a running job finish and gives its leases up, so another node takes
 * over at its next turn instead of after the lease ran out.
 */
public final class LeasedJobRunner implements AutoCloseable {

    private static final Logger LOG = System.getLogger(LeasedJobRunner.class.getName());

    /** What one turn of a job did. */
    public enum Turn { NOT_HOLDING_THE_LEASE, RAN, FAILED }

    private final JobLeases leases;
    private final String holder;
    private final Clock clock;
    private final ScheduledExecutorService executor;
    private final Set<String> held = ConcurrentHashMap.newKeySet();

    /**
     * @param holder   this node's name in the leases, unique among the nodes
     * @param executor runs the jobs; the runner shuts it down on {@link #close()}
     */
    public LeasedJobRunner(JobLeases leases, String holder, Clock clock, ScheduledExecutorService executor) {
        this.leases = Objects.requireNonNull(leases);
        this.holder = Objects.requireNonNull(holder);
        this.clock = Objects.requireNonNull(clock);
        this.executor = Objects.requireNonNull(executor);
    }

    /** Gives {@code job} a turn every interval, the first one interval from now. */
    public void schedule(LeasedJob job) {
        long millis = job.interval().toMillis();
        executor.scheduleWithFixedDelay(() -> runOnce(job), millis, millis, TimeUnit.MILLISECONDS);
    }

    /** One turn: takes or renews the lease, and runs the job if this node holds it. Never throws. */
    public Turn runOnce(LeasedJob job) {
        Instant start = clock.instant();
        boolean holding;
        try {
            holding = leases.acquire(job.name(), holder, start, job.lease());
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "job " + job.name() + ": the lease could not be taken or renewed", e);
            holding = false;
        }
        if (!holding) {
            if (held.remove(job.name())) {
                LOG.log(Level.INFO, "job " + job.name() + ": another node runs it now");
            }
            return Turn.NOT_HOLDING_THE_LEASE;
        }
        if (held.add(job.name())) {
            LOG.log(Level.INFO, "job " + job.name() + ": this node (" + holder + ") holds the lease and runs it");
        }
        try {
            job.work().run();
            return Turn.RAN;
        } catch (RuntimeException e) {
            LOG.log(Level.ERROR, "job " + job.name() + " failed; it runs again at the next turn", e);
            return Turn.FAILED;
        } finally {
            Duration took = Duration.between(start, clock.instant());
            if (took.compareTo(job.lease()) >= 0) {
                LOG.log(Level.WARNING, "job " + job.name() + " ran " + took + ", longer than its lease "
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
                LOG.log(Level.WARNING, "job " + job + ": the lease could not be given up; it runs out by itself", e);
            }
        }
        held.clear();
    }
}
