package io.cockpit.application.service.linkedin;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SideBySideTest {

    private final ExecutorService alongside = Executors.newVirtualThreadPerTaskExecutor();

    @AfterEach
    void stop() {
        alongside.shutdownNow();
    }

    @Test
    void withoutPermitsEveryTaskRunsOnTheCallersThread() {
        List<Thread> ranOn = new SideBySide(alongside, 0).all(List.of(thread(), thread(), thread()));

        assertThat(ranOn).containsOnly(Thread.currentThread()).hasSize(3);
    }

    @Test
    void beyondItsPermitsATaskRunsOnTheCallersThreadAndThePermitComesBack() {
        SideBySide sideBySide = new SideBySide(alongside, 1);
        CountDownLatch ownRan = new CountDownLatch(1);
        // the first holds the one permit until the caller's own task ran: the second cannot have it
        Supplier<Thread> first = () -> {
            await(ownRan);
            return Thread.currentThread();
        };
        Supplier<Thread> own = () -> {
            ownRan.countDown();
            return Thread.currentThread();
        };

        List<Thread> ranOn = sideBySide.all(List.of(first, thread(), own));

        assertThat(ranOn.get(0)).isNotSameAs(Thread.currentThread());
        assertThat(ranOn.subList(1, 3)).containsOnly(Thread.currentThread());
        assertThat(sideBySide.freePermits()).isEqualTo(1);
    }

    @Test
    void givesTheResultsInTheTasksOrder() {
        List<String> results = new SideBySide(alongside, 2).all(List.of(() -> "contacts", () -> "conversations",
                () -> "messages"));

        assertThat(results).containsExactly("contacts", "conversations", "messages");
    }

    @Test
    void runsATaskTheExecutorRefusesOnTheCallersThread() {
        SideBySide sideBySide = new SideBySide(task -> {
            throw new RejectedExecutionException("shut down");
        }, 2);

        List<Thread> ranOn = sideBySide.all(List.of(thread(), thread()));

        assertThat(ranOn).containsOnly(Thread.currentThread());
        assertThat(sideBySide.freePermits()).isEqualTo(2);
    }

    @Test
    void throwsAnErrorOfATaskAlongsideAsItWas() {
        StackOverflowError deep = new StackOverflowError("deep");

        assertThatThrownBy(() -> new SideBySide(alongside, 2).all(List.<Supplier<String>>of(() -> {
            throw deep;
        }, () -> "own"))).isSameAs(deep);
    }

    @Test
    void throwsTheCallersOwnFailureFirstAndTheTaskAlongsideStillGivesItsPermitBack() throws Exception {
        SideBySide sideBySide = new SideBySide(alongside, 1);
        CountDownLatch ownFailed = new CountDownLatch(1);
        IllegalStateException own = new IllegalStateException("own");

        assertThatThrownBy(() -> sideBySide.all(List.<Supplier<String>>of(() -> {
            await(ownFailed);
            throw new IllegalArgumentException("alongside");
        }, () -> {
            ownFailed.countDown();
            throw own;
        }))).isSameAs(own);
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while (sideBySide.freePermits() == 0 && System.nanoTime() < until) {
            Thread.sleep(10);
        }
        assertThat(sideBySide.freePermits()).isEqualTo(1);
    }

    @Test
    void refusesANegativeNumberOfPermits() {
        assertThatThrownBy(() -> new SideBySide(alongside, -1)).isInstanceOf(IllegalArgumentException.class);
    }

    private static Supplier<Thread> thread() {
        return Thread::currentThread;
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(5, TimeUnit.SECONDS);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        }
    }
}
