package io.cockpit.application.service.shared;

import io.cockpit.application.port.out.shared.JobLeases;
import io.cockpit.application.port.out.shared.StoreUnavailable;
import io.cockpit.application.service.shared.LeasedJobRunner.Turn;
import io.cockpit.application.testing.CapturedLog;
import io.cockpit.application.testing.MutableClock;
import io.cockpit.application.testing.fakes.FakeJobLeases;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class LeasedJobRunnerTest {

    private final MutableClock clock = MutableClock.startingAt("2026-11-29T10:00:00Z");
    private final FakeJobLeases leases = new FakeJobLeases();
    private final List<LeasedJobRunner> runners = new ArrayList<>();
    private final List<String> ranOn = new ArrayList<>();

    private LeasedJobRunner node(String name) {
        LeasedJobRunner runner = new LeasedJobRunner(leases, name, clock, Executors.newSingleThreadScheduledExecutor());
        runners.add(runner);
        return runner;
    }

    private LeasedJob job(String node) {
        return new LeasedJob("expired-blocks", Duration.ofMinutes(1), Duration.ofMinutes(3), () -> ranOn.add(node));
    }

    @AfterEach
    void stop() {
        runners.forEach(LeasedJobRunner::close);
    }

    @Test
    void ofTwoNodesOnlyTheLeaseHolderRunsTheJob() {
        LeasedJobRunner a = node("node-a");
        LeasedJobRunner b = node("node-b");

        for (int turn = 0; turn < 5; turn++) {
            a.runOnce(job("node-a"));
            b.runOnce(job("node-b"));
            clock.advance(Duration.ofMinutes(1));
        }

        assertThat(ranOn).containsOnly("node-a").hasSize(5);
        assertThat(a.holds("expired-blocks")).isTrue();
        assertThat(b.holds("expired-blocks")).isFalse();
    }

    @Test
    void anotherNodeTakesOverWhenTheHolderStopsRenewing() {
        LeasedJobRunner a = node("node-a");
        LeasedJobRunner b = node("node-b");
        a.runOnce(job("node-a"));

        clock.advance(Duration.ofMinutes(3).minusMillis(1));
        assertThat(b.runOnce(job("node-b"))).isEqualTo(Turn.NOT_HOLDING_THE_LEASE);
        clock.advance(Duration.ofMillis(1));
        assertThat(b.runOnce(job("node-b"))).isEqualTo(Turn.RAN);
        assertThat(a.runOnce(job("node-a"))).isEqualTo(Turn.NOT_HOLDING_THE_LEASE);
        assertThat(a.holds("expired-blocks")).isFalse();
    }

    @Test
    void closingGivesTheLeaseUpAtOnce() {
        LeasedJobRunner a = node("node-a");
        LeasedJobRunner b = node("node-b");
        a.runOnce(job("node-a"));

        a.close();

        assertThat(b.runOnce(job("node-b"))).isEqualTo(Turn.RAN);
    }

    @Test
    void aFailingJobIsLoggedAndRunsAgainAtTheNextTurn() {
        LeasedJobRunner a = node("node-a");
        AtomicInteger attempts = new AtomicInteger();
        LeasedJob flaky = new LeasedJob("flaky", Duration.ofSeconds(10), Duration.ofSeconds(30), () -> {
            if (attempts.incrementAndGet() == 1) {
                throw new IllegalStateException("the database is away");
            }
        });

        assertThat(a.runOnce(flaky)).isEqualTo(Turn.FAILED);
        assertThat(a.runOnce(flaky)).isEqualTo(Turn.RAN);
        assertThat(attempts).hasValue(2);
    }

    @Test
    void aFailedRunIsReportedToTheListenerAndAFailingListenerChangesNothing() {
        LeasedJobRunner a = node("node-a");
        java.util.List<String> reported = new java.util.concurrent.CopyOnWriteArrayList<>();
        a.reportFailuresTo((job, failure) -> {
            reported.add(job + ": " + failure.getMessage());
            throw new IllegalStateException("the reporter is away");
        });
        LeasedJob failing = new LeasedJob("failing", Duration.ofSeconds(10), Duration.ofSeconds(30), () -> {
            throw new IllegalStateException("the database is away");
        });

        assertThat(a.runOnce(failing)).isEqualTo(Turn.FAILED);
        assertThat(a.runOnce(job("node-a"))).isEqualTo(Turn.RAN);
        assertThat(reported).containsExactly("failing: the database is away");
    }

    @Test
    void whileTheDatabaseIsAwayAJobLogsOneLineWithoutStackAndReportsNothing() {
        CapturedLog log = new CapturedLog();
        LeasedJobRunner a = new LeasedJobRunner(leases, "node-a", clock, Executors.newSingleThreadScheduledExecutor(),
                log);
        runners.add(a);
        List<String> reported = new java.util.concurrent.CopyOnWriteArrayList<>();
        a.reportFailuresTo((job, failure) -> reported.add(job));
        AtomicInteger turns = new AtomicInteger();
        LeasedJob job = new LeasedJob("retention", Duration.ofSeconds(10), Duration.ofSeconds(30), () -> {
            if (turns.incrementAndGet() <= 50) {
                throw new StoreUnavailable("the database", new IllegalStateException("timed out"));
            }
        });

        for (int turn = 0; turn < 50; turn++) {
            assertThat(a.runOnce(job)).isEqualTo(Turn.FAILED);
            clock.advance(Duration.ofSeconds(10));
        }
        assertThat(a.runOnce(job)).isEqualTo(Turn.RAN);

        assertThat(reported).isEmpty();
        assertThat(log.lines()).extracting(CapturedLog.Line::thrown).containsOnlyNulls();
        assertThat(log.messages()).hasSize(3).element(1).asString()
                .startsWith("job retention: the database did not answer in time");
        assertThat(log.messages().get(2)).startsWith("job retention runs again").endsWith(": 50");
    }

    @Test
    void whileTheLeasesAreAwayTheTurnFailsQuietlyToo() {
        CapturedLog log = new CapturedLog();
        LeasedJobRunner away = new LeasedJobRunner(new JobLeases() {
            @Override
            public boolean acquire(String job, String holder, java.time.Instant now, Duration ttl) {
                throw new StoreUnavailable("the database", new IllegalStateException("timed out"));
            }

            @Override
            public void release(String job, String holder) {
            }
        }, "node-a", clock, Executors.newSingleThreadScheduledExecutor(), log);
        runners.add(away);

        for (int turn = 0; turn < 10; turn++) {
            assertThat(away.runOnce(job("node-a"))).isEqualTo(Turn.FAILED);
        }
        assertThat(ranOn).isEmpty();
        assertThat(log.lines()).hasSize(1).extracting(CapturedLog.Line::thrown).containsOnlyNulls();
    }

    @Test
    void aLeaseThatCannotBeTakenSkipsTheTurn() {
        LeasedJobRunner broken = new LeasedJobRunner(new JobLeases() {
            @Override
            public boolean acquire(String job, String holder, java.time.Instant now, Duration ttl) {
                throw new IllegalStateException("the database is away");
            }

            @Override
            public void release(String job, String holder) {
            }
        }, "node-a", clock, Executors.newSingleThreadScheduledExecutor());
        runners.add(broken);

        assertThat(broken.runOnce(job("node-a"))).isEqualTo(Turn.NOT_HOLDING_THE_LEASE);
        assertThat(ranOn).isEmpty();
    }

    @Test
    void aScheduledJobRunsEveryInterval() throws InterruptedException {
        ScheduledExecutorService executor = Executors.newSingleThreadScheduledExecutor();
        LeasedJobRunner a = new LeasedJobRunner(leases, "node-a", java.time.Clock.systemUTC(), executor);
        runners.add(a);
        AtomicInteger runs = new AtomicInteger();

        a.schedule(new LeasedJob("ticker", Duration.ofMillis(20), Duration.ofSeconds(5), runs::incrementAndGet));
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (runs.get() < 3 && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
        a.close();
        int afterClose = runs.get();
        Thread.sleep(100);

        assertThat(afterClose).as("runs, again and again, while the lease is held").isGreaterThanOrEqualTo(3);
        assertThat(runs).as("no run after close").hasValue(afterClose);
        assertThat(executor.awaitTermination(1, TimeUnit.SECONDS)).isTrue();
    }

    @Test
    void aJobsLeaseMustOutlastItsInterval() {
        assertThatThrownBy(() -> new LeasedJob("x", Duration.ofMinutes(1), Duration.ofMinutes(1), () -> { }))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new LeasedJob("Not A Name", Duration.ofMinutes(1), Duration.ofMinutes(2), () -> { }))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
