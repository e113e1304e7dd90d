package io.cockpit.adapters.mysql;

import io.cockpit.application.testing.NeedsRealServers;
import io.cockpit.application.testing.Race;
import org.junit.jupiter.api.Test;

import java.sql.SQLException;
import java.sql.SQLTransactionRollbackException;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Two new accounts' tokens written at the same moment on MariaDB: each transaction's DELETE of the (absent) old
 * token takes a gap lock at the end of the user index, then each INSERT waits for the other's: InnoDB rolls one back
 * as a deadlock, and the transaction is run again instead of answering 500.
 */
class JdbiTransactionsDeadlockTest {

    @Test
    @NeedsRealServers
    void aDeadlockedTransactionIsRunAgainAndBothWritesLand() throws Exception {
        try (StoreUnderTest under = StoreUnderTest.mariaDb()) {
            runsBothDespiteTheDeadlock(under.store().transactions());
        }
    }

    private static void runsBothDespiteTheDeadlock(JdbiTransactions db) throws Exception {
        CyclicBarrier bothHoldTheirGapLock = new CyclicBarrier(2);
        AtomicInteger attempts = new AtomicInteger();
        AtomicInteger users = new AtomicInteger();

        List<Race.Outcome<Integer>> outcomes = Race.run(2, () -> {
            String user = "ffffffff-ffff-7fff-8fff-fffffffffff" + users.incrementAndGet();
            return db.inTransaction(() -> db.withHandle(h -> {
                int attempt = attempts.incrementAndGet();
                h.createUpdate("DELETE FROM activation_token WHERE user_id = ?").bind(0, user).execute();
                if (attempt <= 2) {
                    await(bothHoldTheirGapLock);
                }
                return h.createUpdate("INSERT INTO activation_token (token_hash, user_id, issued_at, expires_at) "
                                + "VALUES (?, ?, ?, ?)").bind(0, user.replace("-", "") + "0000")
                        .bind(1, user).bind(2, Instant.EPOCH).bind(3, Instant.EPOCH.plusSeconds(60)).execute();
            }));
        });

        assertThat(outcomes).allSatisfy(outcome -> assertThat(outcome.succeeded()).as(String.valueOf(outcome.failure()))
                .isTrue());
        assertThat(attempts.get()).as("one of the two deadlocked and was run again").isGreaterThan(2);
        int stored = db.withHandle(h -> h.createQuery("SELECT COUNT(*) FROM activation_token").mapTo(Integer.class)
                .one());
        assertThat(stored).isEqualTo(2);
    }

    @Test
    void aTransactionThatDeadlocksEveryTimeIsUnavailableAfterItsAttemptsNotAServerError() {
        try (StoreUnderTest under = StoreUnderTest.h2()) {
            JdbiTransactions db = under.store().transactions();
            AtomicInteger attempts = new AtomicInteger();

            assertThatThrownBy(() -> db.inTransaction(() -> {
                attempts.incrementAndGet();
                throw new RuntimeException(new SQLTransactionRollbackException("Deadlock found", "40001", 1213));
            })).isInstanceOf(io.cockpit.application.port.out.shared.StoreUnavailable.class)
                    .hasMessage("the database deadlocked the transaction at every one of 8 attempts");
            assertThat(attempts).hasValue(JdbiTransactions.DEADLOCK_ATTEMPTS);
        }
    }

    @Test
    void onlyADeadlockIsRetriedNotAnyOtherFailure() {
        RuntimeException deadlock = new RuntimeException(new SQLTransactionRollbackException("Deadlock found", "40001",
                1213));
        RuntimeException duplicate = new RuntimeException(new SQLException("Duplicate entry", "23000", 1062));

        assertThat(JdbiTransactions.isDeadlock(deadlock)).isTrue();
        assertThat(JdbiTransactions.isDeadlock(duplicate)).isFalse();
        assertThat(JdbiTransactions.isDeadlock(new IllegalStateException())).isFalse();
    }

    private static void await(CyclicBarrier barrier) {
        try {
            barrier.await(10, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
