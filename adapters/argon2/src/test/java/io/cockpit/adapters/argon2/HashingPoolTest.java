package io.cockpit.adapters.argon2;

import io.cockpit.domain.access.AuthErrors;
import io.cockpit.domain.shared.DomainException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class HashingPoolTest {

    private static final long MIB = 1024 * 1024;
    private static final Argon2Settings DEFAULT = Argon2Settings.DEFAULT;

    private final ExecutorService callers = Executors.newVirtualThreadPerTaskExecutor();

    @AfterEach
    void stop() {
        callers.shutdownNow();
    }

    @Test
    void theSizeFollowsTheHeapAndTheArgon2MemoryAndLeavesAProcessorToTheRequests() {
        assertThat(HashingPool.sizeFor(DEFAULT, 256 * MIB, 4)).as("64 MiB for hashes of 32 MiB").isEqualTo(2);
        assertThat(HashingPool.sizeFor(DEFAULT, 1024 * MIB, 16)).as("256 MiB for hashes of 32 MiB").isEqualTo(8);
        assertThat(HashingPool.sizeFor(DEFAULT, 8192 * MIB, 4)).as("one processor fewer than there are").isEqualTo(3);
        assertThat(HashingPool.sizeFor(DEFAULT, 8192 * MIB, 2)).as("two processors: one hash at a time").isEqualTo(1);
        assertThat(HashingPool.sizeFor(DEFAULT, 8192 * MIB, 1)).as("at least one").isEqualTo(1);
        assertThat(HashingPool.sizeFor(DEFAULT, 64 * MIB, 4)).as("at least one").isEqualTo(1);
        assertThat(HashingPool.sizeFor(new Argon2Settings(65_536, 2, 1), 1024 * MIB, 16)).isEqualTo(4);
    }

    @Test
    void aFullPoolRefusesAfterTheShortWaitWithRetryAfter() {
        HashingPool pool = new HashingPool(2, Duration.ofMillis(100));
        try (HeldSlots held = holdAll(pool)) {
            long started = System.nanoTime();
            DomainException busy = catchThrowableOfType(DomainException.class, () -> pool.run(() -> "never run"));
            long waitedMillis = (System.nanoTime() - started) / 1_000_000;

            assertThat(busy.code()).isEqualTo("server.busy");
            assertThat(busy.details()).containsEntry(AuthErrors.RETRY_AFTER_SECONDS, 1L);
            assertThat(waitedMillis).isBetween(90L, 2_000L);
            assertThat(pool.refused()).isEqualTo(1);
        }
        assertThat(pool.run(() -> "ran")).isEqualTo("ran");
        pool.close();
    }

    @Test
    void aWaitingCallerGetsTheSlotThatFreesWithinTheWait() throws Exception {
        HashingPool pool = new HashingPool(1, Duration.ofSeconds(10));
        Future<String> waiting;
        try (HeldSlots held = holdAll(pool)) {
            waiting = callers.submit(() -> pool.run(() -> "after the wait"));
            Thread.sleep(50);
            assertThat(waiting.isDone()).isFalse();
        }

        assertThat(waiting.get(10, TimeUnit.SECONDS)).isEqualTo("after the wait");
        assertThat(pool.refused()).isZero();
        pool.close();
    }

    @Test
    void neverRunsMoreHashesAtOnceThanItHasSlots() throws Exception {
        HashingPool pool = new HashingPool(3, Duration.ofSeconds(30));
        AtomicInteger running = new AtomicInteger();
        AtomicInteger most = new AtomicInteger();
        List<Future<Integer>> results = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            int n = i;
            results.add(callers.submit(() -> pool.run(() -> {
                most.accumulateAndGet(running.incrementAndGet(), Math::max);
                Thread.sleep(5);
                running.decrementAndGet();
                return n;
            })));
        }
        for (int i = 0; i < 40; i++) {
            assertThat(results.get(i).get(30, TimeUnit.SECONDS)).isEqualTo(i);
        }

        assertThat(most.get()).isBetween(1, 3);
        assertThat(pool.completed()).isEqualTo(40);
        pool.close();
    }

    @Test
    void aCallerWhoWouldWaitLongerThanTheRecentHashTimeAllowsIsRefusedAtOnce() throws Exception {
        HashingPool pool = new HashingPool(1, Duration.ofSeconds(20));
        assertThat(pool.mostWaiting()).as("no hash yet: the wait alone bounds").isEqualTo(Integer.MAX_VALUE);
        pool.recordHashTime(Duration.ofSeconds(10).toNanos());
        assertThat(pool.mostWaiting()).as("one slot hashes two in the 20 s wait").isEqualTo(2);

        try (HeldSlots held = holdAll(pool)) {
            List<Future<String>> waiting = List.of(callers.submit(() -> pool.run(() -> "first")),
                    callers.submit(() -> pool.run(() -> "second")));
            while (pool.waiting() < 2) {
                Thread.onSpinWait();
            }
            long started = System.nanoTime();
            DomainException busy = catchThrowableOfType(DomainException.class, () -> pool.run(() -> "never run"));

            assertThat(busy.code()).isEqualTo("server.busy");
            assertThat((System.nanoTime() - started) / 1_000_000).as("refused without the 20 s wait").isLessThan(10_000);
            assertThat(pool.refused()).isEqualTo(1);
            held.close();
            assertThat(waiting.get(0).get(10, TimeUnit.SECONDS)).isEqualTo("first");
            assertThat(waiting.get(1).get(10, TimeUnit.SECONDS)).isEqualTo("second");
        }
        pool.close();
    }

    @Test
    void refusesAtOnceOnlyWhenEverySlotIsTakenAndAsManyWaitAsMay() throws Exception {
        HashingPool pool = new HashingPool(1, Duration.ofSeconds(20));
        pool.recordHashTime(Duration.ofSeconds(20).toNanos());
        pool.refuseIfFull();
        try (HeldSlots held = holdAll(pool)) {
            pool.refuseIfFull(); // the slot is taken, but one may wait for it
            Future<String> waiting = callers.submit(() -> pool.run(() -> "waited"));
            while (pool.waiting() < 1) {
                Thread.onSpinWait();
            }

            DomainException busy = catchThrowableOfType(DomainException.class, pool::refuseIfFull);

            assertThat(busy.code()).isEqualTo("server.busy");
            assertThat(busy.details()).containsEntry(AuthErrors.RETRY_AFTER_SECONDS, 1L);
            assertThat(pool.refused()).isEqualTo(1);
            held.close();
            assertThat(waiting.get(10, TimeUnit.SECONDS)).isEqualTo("waited");
        }
        pool.refuseIfFull();
        pool.close();
    }

    @Test
    void theRecentHashTimeFollowsTheHashesAndNeverLetsLessThanOneWait() {
        HashingPool pool = new HashingPool(2, Duration.ofMillis(500));
        pool.recordHashTime(Duration.ofMillis(100).toNanos());
        assertThat(pool.mostWaiting()).isEqualTo(10);
        for (int i = 0; i < 100; i++) {
            pool.recordHashTime(Duration.ofMillis(250).toNanos());
        }
        assertThat(pool.mostWaiting()).as("2 slots, 250 ms a hash, 500 ms wait").isEqualTo(4);
        pool.recordHashTime(Duration.ofSeconds(100).toNanos());
        assertThat(pool.mostWaiting()).as("at least one").isEqualTo(1);
        pool.close();
    }

    @Test
    void aFailingHashGivesItsSlotBack() {
        HashingPool pool = new HashingPool(1, Duration.ofMillis(100));

        catchThrowableOfType(IllegalStateException.class, () -> pool.run(() -> {
            throw new IllegalStateException("broken");
        }));

        assertThat(pool.run(() -> "next")).isEqualTo("next");
        pool.close();
    }

    /** Takes every slot of {@code pool} with a job that runs until closed. */
    static HeldSlots holdAll(HashingPool pool) {
        CountDownLatch release = new CountDownLatch(1);
        CountDownLatch taken = new CountDownLatch(pool.size());
        ExecutorService holders = Executors.newVirtualThreadPerTaskExecutor();
        for (int i = 0; i < pool.size(); i++) {
            holders.submit(() -> pool.run(() -> {
                taken.countDown();
                return release.await(30, TimeUnit.SECONDS);
            }));
        }
        try {
            assertThat(taken.await(10, TimeUnit.SECONDS)).as("every slot taken").isTrue();
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        }
        return new HeldSlots(release, holders);
    }

    /** Frees the held slots and waits until they are free again. */
    record HeldSlots(CountDownLatch release, ExecutorService holders) implements AutoCloseable {
        @Override
        public void close() {
            release.countDown();
            holders.shutdown();
            try {
                assertThat(holders.awaitTermination(10, TimeUnit.SECONDS)).isTrue();
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
        }
    }
}
