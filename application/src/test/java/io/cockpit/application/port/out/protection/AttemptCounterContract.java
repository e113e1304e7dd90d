package io.cockpit.application.port.out.protection;

import io.cockpit.application.port.out.protection.AttemptCounter.Attempts;
import io.cockpit.application.port.out.protection.AttemptCounter.Reservation;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;

/** Uses the counter's own notion of "now" only through the instants passed in, so time is the test's. */
public abstract class AttemptCounterContract {

    private static final Duration HOUR = Duration.ofHours(1);
    private static final Instant T0 = Instant.parse("2026-11-29T10:00:00Z");
    private static final int NO_LIMIT = Integer.MAX_VALUE;

    protected abstract AttemptCounter counter();

    private static String aKey() {
        return UUID.randomUUID().toString().replace("-", "");
    }

    private Reservation record(String key, Instant at) {
        Reservation reservation = counter().reserve(key, at, HOUR, NO_LIMIT);
        assertThat(reservation.isAdmitted()).isTrue();
        return reservation;
    }

    @Test
    void countsAttemptsWithinTheWindow() {
        String key = aKey();

        assertThat(counter().count(key, T0, HOUR)).isEqualTo(Attempts.NONE);
        record(key, T0);
        record(key, T0.plusSeconds(10));
        Attempts third = record(key, T0.plusSeconds(20)).attempts();

        assertThat(third.count()).isEqualTo(3);
        assertThat(third.oldest()).contains(T0);
        assertThat(counter().count(key, T0.plusSeconds(30), HOUR).count()).isEqualTo(3);
    }

    @Test
    void theWindowSlides() {
        String key = aKey();
        record(key, T0);
        record(key, T0.plus(Duration.ofMinutes(30)));

        Attempts later = counter().count(key, T0.plus(HOUR), HOUR);

        assertThat(later.count()).isEqualTo(1);
        assertThat(later.oldest()).contains(T0.plus(Duration.ofMinutes(30)));
        assertThat(later.until(T0.plus(HOUR), HOUR)).isEqualTo(Duration.ofMinutes(30));
        assertThat(counter().count(key, T0.plus(Duration.ofMinutes(90)), HOUR)).isEqualTo(Attempts.NONE);
    }

    @Test
    void attemptsAtTheSameMomentAllCount() {
        String key = aKey();

        record(key, T0);
        record(key, T0);

        assertThat(counter().count(key, T0, HOUR).count()).isEqualTo(2);
    }

    @Test
    void keysAreIndependentAndCanBeCleared() {
        String key = aKey();
        String other = aKey();
        record(key, T0);
        record(other, T0);

        counter().clear(key);

        assertThat(counter().count(key, T0, HOUR).count()).isZero();
        assertThat(counter().count(other, T0, HOUR).count()).isEqualTo(1);
    }

    @Test
    void aReservationBeyondTheLimitIsRefusedAndRecordsNothing() {
        String key = aKey();
        for (int i = 0; i < 3; i++) {
            Reservation admitted = counter().reserve(key, T0.plusSeconds(i), HOUR, 3);
            assertThat(admitted.isAdmitted()).isTrue();
            assertThat(admitted.attempts().count()).isEqualTo(i + 1);
        }

        Reservation refused = counter().reserve(key, T0.plusSeconds(10), HOUR, 3);

        assertThat(refused.isAdmitted()).isFalse();
        assertThat(refused.id()).isEmpty();
        assertThat(refused.attempts()).isEqualTo(new Attempts(3, java.util.Optional.of(T0)));
        assertThat(counter().count(key, T0.plusSeconds(10), HOUR).count()).isEqualTo(3);
    }

    @Test
    void thePlaceOfTheOldestAttemptFreesWhenItLeavesTheWindow() {
        String key = aKey();
        counter().reserve(key, T0, HOUR, 1);

        assertThat(counter().reserve(key, T0.plus(Duration.ofMinutes(59)), HOUR, 1).isAdmitted()).isFalse();
        assertThat(counter().reserve(key, T0.plus(HOUR), HOUR, 1).isAdmitted()).isTrue();
    }

    @Test
    void aReleasedReservationGivesItsPlaceBackAndOnlyItsOwn() {
        String key = aKey();
        Reservation first = counter().reserve(key, T0, HOUR, 2);
        Reservation second = counter().reserve(key, T0, HOUR, 2);
        Reservation refused = counter().reserve(key, T0, HOUR, 2);

        counter().release(first);
        counter().release(first);
        counter().release(refused);

        assertThat(counter().count(key, T0, HOUR).count()).isEqualTo(1);
        assertThat(counter().reserve(key, T0, HOUR, 2).isAdmitted()).isTrue();
        assertThat(counter().reserve(key, T0, HOUR, 2).isAdmitted()).isFalse();
        counter().release(second);
        assertThat(counter().count(key, T0, HOUR).count()).isEqualTo(1);
    }

    @Test
    void parallelReservationsAgainstALimitAdmitExactlyTheLimit() throws Exception {
        int parallel = 64;
        int limit = 10;
        ExecutorService threads = Executors.newFixedThreadPool(parallel);
        try {
            for (int round = 0; round < 10; round++) {
                String key = aKey();
                CountDownLatch start = new CountDownLatch(1);
                List<Future<Reservation>> answers = new ArrayList<>();
                for (int i = 0; i < parallel; i++) {
                    answers.add(threads.submit(() -> {
                        start.await();
                        return counter().reserve(key, T0, HOUR, limit);
                    }));
                }
                start.countDown();
                int admitted = 0;
                for (Future<Reservation> answer : answers) {
                    admitted += answer.get().isAdmitted() ? 1 : 0;
                }

                assertThat(admitted).as("round %d", round).isEqualTo(limit);
                assertThat(counter().count(key, T0, HOUR).count()).isEqualTo(limit);
            }
        } finally {
            threads.shutdownNow();
        }
    }

    @Test
    void parallelReleasesAndReservationsNeverLetMoreThanTheLimitIn() throws Exception {
        int parallel = 32;
        int limit = 5;
        String key = aKey();
        ExecutorService threads = Executors.newFixedThreadPool(parallel);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Integer>> admittedPerThread = new ArrayList<>();
            for (int i = 0; i < parallel; i++) {
                admittedPerThread.add(threads.submit(() -> {
                    start.await();
                    int admitted = 0;
                    for (int attempt = 0; attempt < 20; attempt++) {
                        Reservation reservation = counter().reserve(key, T0, HOUR, limit);
                        if (reservation.isAdmitted()) {
                            admitted++;
                            assertThat(reservation.attempts().count()).isBetween(1, limit);
                            counter().release(reservation);
                        }
                    }
                    return admitted;
                }));
            }
            start.countDown();
            int admitted = 0;
            for (Future<Integer> answer : admittedPerThread) {
                admitted += answer.get();
            }

            assertThat(admitted).isGreaterThanOrEqualTo(limit);
            assertThat(counter().count(key, T0, HOUR).count()).isZero();
        } finally {
            threads.shutdownNow();
        }
    }
}
