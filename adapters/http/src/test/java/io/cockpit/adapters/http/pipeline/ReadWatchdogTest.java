package io.cockpit.adapters.http.pipeline;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ReadWatchdogTest {

    @Test
    void aReadInTimeGivesItsBytesAndLeavesNoInterruptBehind() throws Exception {
        assertThat(ReadWatchdog.within(Duration.ofMillis(50), () -> 7)).hasValue(7);

        Thread.sleep(100);
        assertThat(Thread.currentThread().isInterrupted()).isFalse();
    }

    @Test
    void aReadThatWaitsTooLongIsCutOffAndTheInterruptIsSpent() throws IOException {
        long start = System.nanoTime();

        assertThat(ReadWatchdog.within(Duration.ofMillis(100), ReadWatchdogTest::blockedRead)).isEmpty();

        assertThat(Duration.ofNanos(System.nanoTime() - start)).isBetween(Duration.ofMillis(90), Duration.ofSeconds(5));
        assertThat(Thread.currentThread().isInterrupted()).isFalse();
    }

    /** Reads that end as their time runs out: whichever wins, no interrupt is left for what the thread does next. */
    @Test
    void noInterruptOutlivesTheReadWhenTheWatchdogAndTheReadEndTogether() throws Exception {
        for (int round = 0; round < 300; round++) {
            long busyUntil = System.nanoTime() + 1_000_000;
            ReadWatchdog.within(Duration.ofMillis(1), () -> {
                while (System.nanoTime() < busyUntil) {
                    Thread.onSpinWait();
                }
                return 1;
            });
            Thread.sleep(0, 200_000); // an interrupt still on its way would land here

            assertThat(Thread.interrupted()).as("round " + round).isFalse();
        }
    }

    @Test
    void aFailureInTimeIsTheCallersToSee() {
        assertThatThrownBy(() -> ReadWatchdog.within(Duration.ofSeconds(5), () -> {
            throw new IOException("the client went away");
        })).isInstanceOf(IOException.class).hasMessage("the client went away");
        assertThatThrownBy(() -> ReadWatchdog.within(Duration.ofSeconds(5), () -> {
            throw new IllegalStateException("read twice");
        })).isInstanceOf(IllegalStateException.class);
    }

    /** A read that waits for bytes that never come, as a socket's read ends when its thread is interrupted. */
    private static Integer blockedRead() throws IOException {
        try {
            new CountDownLatch(1).await();
            return 0;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt(); // as a socket read leaves it, for the watchdog to spend
            throw new InterruptedIOException("closed by interrupt");
        }
    }
}
