package io.cockpit.application.port.out.shared;

import io.cockpit.application.testing.Race;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/** Runs against an empty store. */
public abstract class JobLeasesContract {

    private static final Instant T0 = Instant.parse("2026-11-29T10:00:00Z");
    private static final Duration TTL = Duration.ofSeconds(30);

    protected abstract JobLeases leases();

    @Test
    void aFreeLeaseIsTakenAndItsHolderRenewsIt() {
        assertThat(leases().acquire("expired-blocks", "node-a", T0, TTL)).isTrue();
        assertThat(leases().acquire("expired-blocks", "node-a", T0.plusSeconds(10), TTL)).isTrue();
        // renewed at T0+10s: in force until T0+40s, not T0+30s
        assertThat(leases().acquire("expired-blocks", "node-b", T0.plusSeconds(35), TTL)).isFalse();
    }

    @Test
    void anotherHolderWaitsUntilTheLeaseRunsOut() {
        leases().acquire("expired-blocks", "node-a", T0, TTL);

        assertThat(leases().acquire("expired-blocks", "node-b", T0.plus(TTL).minusMillis(1), TTL)).isFalse();
        assertThat(leases().acquire("expired-blocks", "node-b", T0.plus(TTL), TTL)).isTrue();
        assertThat(leases().acquire("expired-blocks", "node-a", T0.plus(TTL).plusSeconds(1), TTL)).isFalse();
    }

    @Test
    void aReleasedLeaseIsFreeAtOnceButOnlyItsHolderCanReleaseIt() {
        leases().acquire("expired-blocks", "node-a", T0, TTL);

        leases().release("expired-blocks", "node-b");
        assertThat(leases().acquire("expired-blocks", "node-b", T0.plusSeconds(1), TTL)).isFalse();

        leases().release("expired-blocks", "node-a");
        assertThat(leases().acquire("expired-blocks", "node-b", T0.plusSeconds(1), TTL)).isTrue();
        leases().release("never-taken", "node-a");
    }

    @Test
    void eachJobHasALeaseOfItsOwn() {
        assertThat(leases().acquire("expired-blocks", "node-a", T0, TTL)).isTrue();
        assertThat(leases().acquire("retention", "node-b", T0, TTL)).isTrue();
        assertThat(leases().acquire("retention", "node-a", T0, TTL)).isFalse();
    }

    @Test
    void ofNodesAskingAtOnceForAFreeLeaseExactlyOneGetsIt() throws InterruptedException {
        for (int round = 0; round < 10; round++) {
            String job = "race-" + round;
            assertThat(winners(job, T0)).as("round " + round).isEqualTo(1);
        }
    }

    @Test
    void ofNodesAskingAtOnceForALeaseThatRanOutExactlyOneGetsIt() throws InterruptedException {
        for (int round = 0; round < 10; round++) {
            String job = "race-" + round;
            leases().acquire(job, "node-gone", T0, TTL);
            assertThat(winners(job, T0.plus(TTL).plusSeconds(1))).as("round " + round).isEqualTo(1);
        }
    }

    private long winners(String job, Instant now) throws InterruptedException {
        AtomicInteger nodes = new AtomicInteger();
        List<Race.Outcome<Boolean>> outcomes = Race.run(8,
                () -> leases().acquire(job, "node-" + nodes.incrementAndGet(), now, TTL));
        assertThat(outcomes).allMatch(Race.Outcome::succeeded);
        return outcomes.stream().filter(Race.Outcome::value).count();
    }
}
