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
