package io.cockpit.application.service.linkedin;

import io.cockpit.domain.access.AuthErrors;
import io.cockpit.domain.account.UserId;
import io.cockpit.domain.shared.DomainException;
import io.cockpit.domain.shared.ErrorCode;
import io.cockpit.domain.shared.ErrorKind;
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
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** One user's searches take turns, two at a time; other users never wait for them. */
class SearchesPerUserTest {

    private static final UserId ANNA = new UserId("0195c4a2-7b3e-7c1d-9a2b-3c4d5e6f7a8b");
    private static final UserId BEN = new UserId("0195c4a2-7b3e-7c1d-9a2b-3c4d5e6f7a8c");

    private final ExecutorService requests = Executors.newVirtualThreadPerTaskExecutor();
    private final CountDownLatch end = new CountDownLatch(1);

    @AfterEach
    void stop() {
        end.countDown();
        requests.shutdownNow();
    }

    @Test
    void aUsersThirdSearchWaitsForATurnWhileAnotherUserSearchesAtOnce() throws Exception {
        SearchesPerUser perUser = new SearchesPerUser(2, 8, Duration.ofSeconds(30));
        CountDownLatch twoRunning = new CountDownLatch(2);
        CountDownLatch thirdRan = new CountDownLatch(1);
        for (int i = 0; i < 2; i++) {
            requests.submit(() -> perUser.run(ANNA, () -> {
                twoRunning.countDown();
                return awaitEnd();
            }));
        }
        assertThat(twoRunning.await(5, TimeUnit.SECONDS)).isTrue();
        Future<String> third = requests.submit(() -> perUser.run(ANNA, () -> {
            thirdRan.countDown();
            return "third";
        }));

        assertThat(perUser.run(BEN, () -> "ben")).as("another user does not wait").isEqualTo("ben");
        assertThat(thirdRan.await(200, TimeUnit.MILLISECONDS)).as("the third waits for a turn").isFalse();
        assertThatThrownBy(() -> third.get(10, TimeUnit.MILLISECONDS)).isInstanceOf(TimeoutException.class);

        end.countDown();
        assertThat(third.get(5, TimeUnit.SECONDS)).isEqualTo("third");
        awaitNoUsers(perUser);
    }

    @Test
    void aSearchThatWaitedTooLongIsRefusedWithWhenToRetry() throws Exception {
        SearchesPerUser perUser = new SearchesPerUser(1, 8, Duration.ofMillis(100));
        searchUntilTheEnd(perUser, ANNA);

        assertThatThrownBy(() -> perUser.run(ANNA, () -> "too many")).isInstanceOfSatisfying(DomainException.class,
                refused -> {
                    assertThat(refused.error()).isEqualTo(ErrorCode.LINKEDIN_SEARCH_BUSY);
                    assertThat(refused.kind()).isEqualTo(ErrorKind.RATE_LIMITED);
                    assertThat(refused.details()).containsEntry(AuthErrors.RETRY_AFTER_SECONDS, 1L);
                });
        end.countDown();
        awaitNoUsers(perUser);
    }

    @Test
    void beyondTheSearchesWaitingOneIsRefusedAtOnceAndTheWaitingOnesStillRun() throws Exception {
        SearchesPerUser perUser = new SearchesPerUser(1, 2, Duration.ofSeconds(30));
        searchUntilTheEnd(perUser, ANNA);
        List<Future<String>> waiting = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            waiting.add(requests.submit(() -> perUser.run(ANNA, () -> "waited")));
        }
        awaitSearches(perUser, ANNA, 3);

        long start = System.nanoTime();
        assertThatThrownBy(() -> perUser.run(ANNA, () -> "one too many")).isInstanceOfSatisfying(
                DomainException.class, refused -> assertThat(refused.error()).isEqualTo(ErrorCode.LINKEDIN_SEARCH_BUSY));
        assertThat(Duration.ofNanos(System.nanoTime() - start)).as("refused without waiting its 30 s")
                .isLessThan(Duration.ofSeconds(5));
        assertThat(perUser.searches(ANNA)).as("the refused one left no count behind").isEqualTo(3);

        end.countDown();
        for (Future<String> search : waiting) {
            assertThat(search.get(5, TimeUnit.SECONDS)).isEqualTo("waited");
        }
        awaitNoUsers(perUser);
    }

    @Test
    void aWaitInterruptedByTheServerStoppingIsRefusedAsBusy() throws Exception {
        SearchesPerUser perUser = new SearchesPerUser(1, 2, Duration.ofSeconds(30));
        searchUntilTheEnd(perUser, ANNA);
        AtomicReference<Throwable> failure = new AtomicReference<>();
        Thread waiting = Thread.ofVirtual().start(() -> {
            try {
                perUser.run(ANNA, () -> "never");
            } catch (RuntimeException e) {
                failure.set(e);
            }
        });
        awaitSearches(perUser, ANNA, 2);

        waiting.interrupt();
        waiting.join(5_000);

        assertThat(failure.get()).isInstanceOfSatisfying(DomainException.class,
                refused -> assertThat(refused.error()).isEqualTo(ErrorCode.LINKEDIN_SEARCH_BUSY));
        end.countDown();
        awaitNoUsers(perUser);
    }

    @Test
    void aSearchThatFailedGivesItsTurnBack() {
        SearchesPerUser perUser = new SearchesPerUser(1, 8, Duration.ZERO);

        assertThatThrownBy(() -> perUser.run(ANNA, () -> {
            throw new IllegalStateException("the store failed");
        })).hasMessage("the store failed");

        assertThat(perUser.run(ANNA, () -> "again")).isEqualTo("again");
        assertThat(perUser.users()).isZero();
    }

    /** Starts a search of {@code user} that runs until the test ends, and returns once it runs. */
    private void searchUntilTheEnd(SearchesPerUser perUser, UserId user) throws InterruptedException {
        CountDownLatch running = new CountDownLatch(1);
        requests.submit(() -> perUser.run(user, () -> {
            running.countDown();
            return awaitEnd();
        }));
        assertThat(running.await(5, TimeUnit.SECONDS)).as("the search runs").isTrue();
    }

    private static void awaitSearches(SearchesPerUser perUser, UserId user, int count) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while (perUser.searches(user) < count && System.nanoTime() < deadline) {
            Thread.sleep(5);
        }
        assertThat(perUser.searches(user)).as("searches running or waiting").isEqualTo(count);
    }

    private String awaitEnd() {
        try {
            end.await();
            return "done";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static void awaitNoUsers(SearchesPerUser perUser) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while (perUser.users() > 0 && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
        assertThat(perUser.users()).as("no entry left once every search ended").isZero();
    }
}
