package io.cockpit.adapters.mysql;

import io.cockpit.application.port.out.shared.StaleWriteException;
import io.cockpit.application.port.out.shared.Transactions;

import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;

/**
 * Transactions that run one at a time, in the order they asked: for bulk writes into the embedded H2, where writers
 * side by side cost more CPU per row than one after the other, and the reads on the data they wrote were slower too
 * (docs/benchmarks.md, "One LinkedIn writer at a time"). A transaction nested in one of these runs in it; one begun
 * inside another open transaction is refused (it would wait for its turn holding row locks that the turn's holder
 * may wait for). One that waited longer than {@code wait} is refused as a lost write ({@link StaleWriteException}),
 * as a row lock H2 waited for in vain is, which the LinkedIn write lock retries; an interrupted wait is not.
 */
public final class OneWriterAtATime implements Transactions {

    private final JdbiTransactions transactions;
    private final Duration wait;
    private final ReentrantLock turn = new ReentrantLock(true);

    public OneWriterAtATime(JdbiTransactions transactions, Duration wait) {
        this.transactions = Objects.requireNonNull(transactions, "transactions");
        this.wait = Objects.requireNonNull(wait, "wait");
        if (wait.isNegative()) {
            throw new IllegalArgumentException("a wait is not negative");
        }
    }

    @Override
    public <T> T inTransaction(Supplier<T> work) {
        if (transactions.isOpen() && !turn.isHeldByCurrentThread()) {
            throw new IllegalStateException("a bulk write is not begun inside another transaction");
        }
        try {
            if (!turn.tryLock(wait.toMillis(), TimeUnit.MILLISECONDS)) {
                throw new StaleWriteException("the embedded database's writer");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for the embedded database's writer", e);
        }
        try {
            return transactions.inTransaction(work);
        } finally {
            turn.unlock();
        }
    }

    @Override
    public void afterCommit(Runnable action) {
        transactions.afterCommit(action);
    }

    @Override
    public void nowAndAfterCommit(Runnable action) {
        transactions.nowAndAfterCommit(action);
    }
}
