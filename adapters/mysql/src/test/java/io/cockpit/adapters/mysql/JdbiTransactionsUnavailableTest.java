package io.cockpit.adapters.mysql;

import io.cockpit.application.port.out.shared.StoreUnavailable;
import io.cockpit.application.testing.NeedsRealServers;
import io.cockpit.application.testing.NetworkPath;
import io.cockpit.application.testing.RealServices;
import io.cockpit.application.testing.RealServices.TestDatabase;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.function.LongFunction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A database that does not answer in time is a {@link StoreUnavailable} (answered 503, to retry), not a failure of
 * the server: every connection of the pool taken for longer than a statement waits for one, on H2 and on MariaDB,
 * and a connection killed in the middle of a transaction.
 */
class JdbiTransactionsUnavailableTest {

    private static final Duration WAIT = Duration.ofMillis(300);

    @Test
    void h2WithEveryConnectionTakenIsUnavailableUntilOneIsFree() throws Exception {
        try (StoreUnderTest under = StoreUnderTest.h2(2, WAIT)) {
            unavailableWhileEveryConnectionIsTaken(under.store().transactions(), 2);
        }
    }

    @Test
    @NeedsRealServers
    void mariaDbWithEveryConnectionTakenIsUnavailableUntilOneIsFree() throws Exception {
        try (StoreUnderTest under = StoreUnderTest.mariaDb(2, WAIT)) {
            unavailableWhileEveryConnectionIsTaken(under.store().transactions(), 2);
        }
    }

    @Test
    @NeedsRealServers
    void aConnectionKilledInTheMiddleOfATransactionIsUnavailable() {
        try (StoreUnderTest under = StoreUnderTest.mariaDb()) {
            JdbiTransactions db = under.store().transactions();

            assertThatThrownBy(() -> db.inTransaction(() -> db.withHandle(h -> {
                h.createUpdate("INSERT INTO activation_token (token_hash, user_id, issued_at, expires_at) "
                                + "VALUES (?, ?, ?, ?)").bind(0, "killed-transaction").bind(1, "ffffffff-ffff-7fff-8fff-ffffffffffff")
                        .bind(2, Instant.EPOCH).bind(3, Instant.EPOCH.plusSeconds(60)).execute();
                long own = h.createQuery("SELECT CONNECTION_ID()").mapTo(Long.class).one();
                // another connection of the pool, from another thread: this one is the transaction's
                CompletableFuture.runAsync(() -> db.withHandle(other -> other.execute("KILL CONNECTION " + own))).join();
                return h.createQuery("SELECT COUNT(*) FROM activation_token").mapTo(Integer.class).one();
            }))).isInstanceOf(StoreUnavailable.class).hasMessageContaining("the database");
        }
    }

    @Test
    @NeedsRealServers
    void aDatabaseThatStopsAnsweringMidStatementIsUnavailableAfterTheAnswerWait() throws Exception {
        TestDatabase database = RealServices.newMysqlDatabase();
        URI server = URI.create(database.serverUrl().substring("jdbc:".length()));
        try (NetworkPath path = new NetworkPath(server.getHost(), server.getPort());
             RelationalStore store = RelationalStore.open(new DatabaseSettings(database.jdbcUrl().replace(
                     server.getHost() + ":" + server.getPort(), path.address()), database.user(), database.password(),
                     2), MigrationKeys.NONE, WAIT, Duration.ofSeconds(1))) {
            JdbiTransactions db = store.transactions();
            int before = db.withHandle(h -> h.createQuery("SELECT 1").mapTo(Integer.class).one());
            assertThat(before).isEqualTo(1);

            path.hold();
            CompletableFuture<Integer> unanswered = CompletableFuture.supplyAsync(() -> db.inTransaction(
                    () -> db.withHandle(h -> h.createQuery("SELECT 1").mapTo(Integer.class).one())));
            assertThat(unanswered).as("given up after the answer wait, not after the system's TCP timeout")
                    .failsWithin(Duration.ofSeconds(20)).withThrowableOfType(ExecutionException.class)
                    .withCauseInstanceOf(StoreUnavailable.class);

            path.release();
            int after = db.withHandle(h -> h.createQuery("SELECT 1").mapTo(Integer.class).one());
            assertThat(after).as("answering again on a new connection").isEqualTo(1);
        } finally {
            database.drop();
        }
    }

    @Test
    @NeedsRealServers
    void aStatementStoppedByMariaDbIsUnavailable() {
        try (StoreUnderTest under = StoreUnderTest.mariaDb()) {
            stoppedStatementIsUnavailable(under.store().transactions(), "SELECT SLEEP(30)",
                    "SELECT CONNECTION_ID()", own -> "KILL QUERY " + own);
        }
    }

    @Test
    void aStatementCancelledInH2IsUnavailable() {
        try (StoreUnderTest under = StoreUnderTest.h2()) {
            stoppedStatementIsUnavailable(under.store().transactions(),
                    "SELECT COUNT(*) FROM SYSTEM_RANGE(1, 100000000000) WHERE MOD(X, 7) = 3", "SELECT SESSION_ID()",
                    own -> "CALL CANCEL_SESSION(" + own + ")");
        }
    }

    @Test
    void otherFailuresStayWhatTheyAre() {
        RuntimeException duplicate = new RuntimeException(new SQLException("Duplicate entry", "23000", 1062));
        RuntimeException bug = new IllegalStateException("a bug");

        assertThat(JdbiTransactions.unavailableOr(duplicate)).isSameAs(duplicate);
        assertThat(JdbiTransactions.unavailableOr(bug)).isSameAs(bug);
        assertThat(JdbiTransactions.unavailableOr(new RuntimeException(new SQLException("Communications link failure",
                "08S01")))).isInstanceOf(StoreUnavailable.class);
        StoreUnavailable already = new StoreUnavailable("the database", new SQLTransientConnectionException("timed out"));
        assertThat(JdbiTransactions.unavailableOr(already)).as("not wrapped twice").isSameAs(already);
    }

    /** {@code slow} runs until another connection stops it with {@code stop} (given the id {@code session} reads). */
    private static void stoppedStatementIsUnavailable(JdbiTransactions db, String slow, String session,
                                                      LongFunction<String> stop) {
        assertThatThrownBy(() -> db.inTransaction(() -> db.withHandle(h -> {
            long own = h.createQuery(session).mapTo(Long.class).one();
            CompletableFuture<Void> stopper = CompletableFuture.runAsync(() -> {
                pauseMillis(300);
                db.withHandle(other -> other.execute(stop.apply(own)));
            });
            try {
                return h.createQuery(slow).mapTo(Long.class).one();
            } finally {
                stopper.join();
            }
        }))).isInstanceOf(StoreUnavailable.class).hasMessageContaining("the database");
        int answer = db.withHandle(h -> h.createQuery("SELECT 1").mapTo(Integer.class).one());
        assertThat(answer).as("the store answers again").isEqualTo(1);
    }

    private static void pauseMillis(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static void unavailableWhileEveryConnectionIsTaken(JdbiTransactions db, int connections) throws Exception {
        CountDownLatch taken = new CountDownLatch(connections);
        CountDownLatch free = new CountDownLatch(1);
        List<CompletableFuture<Integer>> holders = new ArrayList<>();
        try {
            for (int i = 0; i < connections; i++) {
                holders.add(CompletableFuture.supplyAsync(() -> db.inTransaction(() -> db.withHandle(h -> {
                    int one = h.createQuery("SELECT 1").mapTo(Integer.class).one();
                    taken.countDown();
                    await(free);
                    return one;
                })), runnable -> Thread.ofVirtual().start(runnable)));
            }
            assertThat(taken.await(10, TimeUnit.SECONDS)).as("every connection taken").isTrue();

            assertThatThrownBy(() -> db.withHandle(h -> h.createQuery("SELECT 1").mapTo(Integer.class).one()))
                    .isInstanceOf(StoreUnavailable.class).hasRootCauseInstanceOf(SQLTransientConnectionException.class);
            assertThatThrownBy(() -> db.inTransaction(() -> 1)).isInstanceOf(StoreUnavailable.class);
        } finally {
            free.countDown();
        }
        for (CompletableFuture<Integer> holder : holders) {
            assertThat(holder.get(10, TimeUnit.SECONDS)).isEqualTo(1);
        }
        int answer = db.withHandle(h -> h.createQuery("SELECT 1").mapTo(Integer.class).one());
        assertThat(answer).as("a free connection again").isEqualTo(1);
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
