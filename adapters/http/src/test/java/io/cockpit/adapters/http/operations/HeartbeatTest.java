package io.cockpit.adapters.http.operations;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

class HeartbeatTest {

    private static final Duration WAIT = Duration.ofSeconds(10);

    @Test
    void beatsThatCouldNotStartDoNotStopTheLaterOnes() throws Exception {
        AtomicInteger handed = new AtomicInteger();
        try (Heartbeat heartbeat = new Heartbeat(task -> {
            if (handed.incrementAndGet() <= 3) {
                throw new RejectedExecutionException("no thread for this beat");
            }
            task.run();
        }, Duration.ofMillis(20))) {
            long deadline = System.nanoTime() + WAIT.toNanos();
            while (handed.get() < 10 && System.nanoTime() < deadline) {
                Thread.sleep(10);
            }

            assertThat(handed.get()).as("beats handed on after three were refused").isGreaterThanOrEqualTo(10);
            assertThat(heartbeat.silence()).isLessThan(Duration.ofSeconds(1));
        }
    }
}
