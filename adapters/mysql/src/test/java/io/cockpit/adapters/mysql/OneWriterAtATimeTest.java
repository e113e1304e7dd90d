package io.cockpit.adapters.mysql;

import io.cockpit.application.port.out.shared.StaleWriteException;
import io.cockpit.application.port.out.shared.Transactions;
import io.cockpit.application.testing.NeedsRealServers;
import io.cockpit.application.testing.Race;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class OneWriterAtATimeTest {

    private static final int THREADS = 8;

    @Test
    void theEmbeddedStoresBulkWritesNeverRunSideBySideAndAllLand() throws Exception {
        try (StoreUnderTest under = StoreUnderTest.h2()) {
            assertThat(mostAtOnce(under.store().bulkWrites(), under.store().transactions())).isEqualTo(1);
            assertThat(rows(under.store().transactions())).isEqualTo(THREADS * 5);
        }
    }

    @Test
    void plainTransactionsDoRunSideBySide() throws Exception {
        try (StoreUnderTest under = StoreUnderTest.h2()) {
            // the same race as above, to show it would see writers side by side
            assertThat(mostAtOnce(under.store().transactions(), under.store().transactions())).isGreaterThan(1);
        }
    }

    @Test
    @NeedsRealServers
    void mysqlsBulkWritesAreItsPlainTransactions() {
        try (StoreUnderTest under = StoreUnderTest.mariaDb()) {
            assertThat(under.store().bulkWrites()).isSameAs(under.store().transactions());
        }
    }

    @Test
    void aWriterThatWaitedTooLongIsRefusedAsALostWriteAndTheNextGetsItsTurn() throws Exception {
        try (StoreUnderTest under = StoreUnderTest.h2()) {
            Transactions oneAtATime = new OneWriterAtATime(under.store().transactions(), Duration.ofMillis(100));
            CountDownLatch release = new CountDownLatch(1);
            Thread holder = holdingTheTurn(oneAtATime, release);
            AtomicBoolean ran = new AtomicBoolean();

            assertThatThrownBy(() -> oneAtATime.inTransaction(() -> ran.getAndSet(true)))
                    .isInstanceOf(StaleWriteException.class);
            assertThat(ran).isFalse();

            release.countDown();
            holder.join(10_000);
            assertThat(oneAtATime.inTransaction(() -> "after")).isEqualTo("after");
        }
    }

    @Test
    void aBulkWriteIsNotBegunInsideAnotherOpenTransaction() {
        try (StoreUnderTest under = StoreUnderTest.h2()) {
            JdbiTransactions db = under.store().transactions();
            Transactions oneAtATime = new OneWriterAtATime(db, Duration.ofMillis(100));
            AtomicBoolean ran = new AtomicBoolean();

            assertThatThrownBy(() -> db.inTransaction(() -> oneAtATime.inTransaction(() -> ran.getAndSet(true))))
                    .isInstanceOf(IllegalStateException.class);
            assertThat(ran).isFalse();
        }
    }

    @Test
    void anInterruptedWaitIsNotALostWriteToRetry() throws Exception {
        try (StoreUnderTest under = StoreUnderTest.h2()) {
            Transactions oneAtATime = new OneWriterAtATime(under.store().transactions(), Duration.ofSeconds(30));
            CountDownLatch release = new CountDownLatch(1);
            Thread holder = holdingTheTurn(oneAtATime, release);
            AtomicReference<Throwable> failure = new AtomicReference<>();
            AtomicBoolean stillInterrupted = new AtomicBoolean();
            Thread waiter = Thread.ofVirtual().start(() -> {
                try {
                    oneAtATime.inTransaction(() -> null);
                } catch (RuntimeException e) {
                    failure.set(e);
                    stillInterrupted.set(Thread.currentThread().isInterrupted());
                }
            });
            while (waiter.getState() != Thread.State.WAITING && waiter.getState() != Thread.State.TIMED_WAITING) {
                Thread.sleep(1);
            }
            waiter.interrupt();
            waiter.join(10_000);

            assertThat(failure.get()).isInstanceOf(IllegalStateException.class)
                    .isNotInstanceOf(StaleWriteException.class);
            assertThat(stillInterrupted).isTrue();
            release.countDown();
            holder.join(10_000);
        }
    }

    @Test
    void aTransactionNestedInOneRunsInItsTurnAndItsTransaction() throws Exception {
        try (StoreUnderTest under = StoreUnderTest.h2()) {
            JdbiTransactions db = under.store().transactions();
            Transactions oneAtATime = new OneWriterAtATime(db, Duration.ofMillis(100));

            assertThatThrownBy(() -> oneAtATime.inTransaction(() -> {
                insertRow(db, "outer");
                return oneAtATime.inTransaction(() -> {
                    insertRow(db, "inner");
                    throw new IllegalStateException("rolls both back");
                });
            })).isInstanceOf(IllegalStateException.class);
            assertThat(rows(db)).isZero();

            assertThat(oneAtATime.inTransaction(() -> oneAtATime.inTransaction(() -> insertRow(db, "kept"))))
                    .isEqualTo(1);
            assertThat(rows(db)).isEqualTo(1);
        }
    }

    /** A thread inside a transaction of {@code oneAtATime} until {@code release} (once it is inside). */
    private static Thread holdingTheTurn(Transactions oneAtATime, CountDownLatch release) throws InterruptedException {
        CountDownLatch holding = new CountDownLatch(1);
        Thread holder = Thread.ofVirtual().start(() -> oneAtATime.inTransaction(() -> {
            holding.countDown();
            Race.await(release);
            return null;
        }));
        assertThat(holding.await(10, TimeUnit.SECONDS)).isTrue();
        return holder;
    }

    /** The most transactions of {@code tested} inside at the same moment: five a thread, each writing a row. */
    private static int mostAtOnce(Transactions tested, JdbiTransactions db) throws InterruptedException {
        AtomicInteger inside = new AtomicInteger();
        AtomicInteger most = new AtomicInteger();
        AtomicInteger names = new AtomicInteger();
        List<Race.Outcome<Object>> outcomes = Race.run(THREADS, () -> {
            for (int i = 0; i < 5; i++) {
                tested.inTransaction(() -> {
                    most.accumulateAndGet(inside.incrementAndGet(), Math::max);
                    insertRow(db, "row " + names.incrementAndGet());
                    pause();
                    inside.decrementAndGet();
                    return null;
                });
            }
            return null;
        });
        assertThat(outcomes).allSatisfy(outcome -> assertThat(outcome.failure()).isNull());
        return most.get();
    }

    /** A row any transaction may write: a user's count of labels of a kind (one user per row). */
    private static int insertRow(JdbiTransactions db, String name) {
        return db.withHandle(h -> h.createUpdate("INSERT INTO label_count (user_id, kind, labels) VALUES (?, 'TAG', 0)")
                .bind(0, UUID.nameUUIDFromBytes(name.getBytes(StandardCharsets.UTF_8)).toString()).execute());
    }

    private static int rows(JdbiTransactions db) {
        return db.withHandle(h -> h.createQuery("SELECT COUNT(*) FROM label_count").mapTo(Integer.class).one());
    }

    private static void pause() {
        try {
            Thread.sleep(2);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
