package io.cockpit.application.testing.fakes;

import java.time.Duration;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The relational store in memory, for service tests. Its transactions behave like InnoDB's where services rely on
 * it: a transaction reads committed rows and its own writes; every write locks the row's primary key and the unique
 * values it touches until the transaction ends, so a concurrent writer of the same value waits and then finds it
 * taken ({@link io.cockpit.application.port.out.shared.UniquenessViolation}) or, after a rollback, free. A rollback
 * undoes every write of the transaction; outside one, each write commits at once. A wait that would close a cycle
 * fails at once (a deadlock), a long one after {@link #LOCK_WAIT_TIMEOUT}, as the real store's would.
 */
public final class FakeDatabase {

    static final Duration LOCK_WAIT_TIMEOUT = Duration.ofSeconds(10);

    /** A lock on one value of one index of a table. */
    record RowLock(FakeTable<?> table, String index, Object value) {
    }

    private final ReentrantLock lock = new ReentrantLock();
    private final Condition released = lock.newCondition();
    private final Map<RowLock, UnitOfWork> owners = new HashMap<>();
    private final Map<UnitOfWork, UnitOfWork> waitingFor = new HashMap<>();
    private final ThreadLocal<UnitOfWork> current = new ThreadLocal<>();
    private final FakeTransactions transactions = new FakeTransactions(this);

    public FakeTransactions transactions() {
        return transactions;
    }

    /** A new, empty table; {@code primaryKey} and each unique key are enforced as the schema's indexes are. */
    public <R> FakeTable<R> table(String name, Function<R, ?> primaryKey, List<UniqueKey<R>> uniqueKeys) {
        return new FakeTable<>(this, name, primaryKey, uniqueKeys);
    }

    /** Reads under the store's lock; {@code work} is the calling thread's transaction, or null. */
    <T> T read(Function<UnitOfWork, T> reading) {
        lock.lock();
        try {
            return reading.apply(current.get());
        } finally {
            lock.unlock();
        }
    }

    /** Writes in the calling thread's transaction, or in one of its own that commits at once. */
    <T> T write(Function<UnitOfWork, T> writing) {
        lock.lock();
        try {
            UnitOfWork work = current.get();
            if (work != null) {
                return writing.apply(work);
            }
            UnitOfWork single = new UnitOfWork();
            T result;
            try {
                result = writing.apply(single);
            } catch (RuntimeException | Error failure) {
                end(single, false);
                throw failure;
            }
            end(single, true);
            return result;
        } finally {
            lock.unlock();
        }
    }

    /** Takes the locks for {@code work}, waiting while another transaction holds any of them. */
    void lock(UnitOfWork work, Collection<RowLock> wanted) {
        long deadline = System.nanoTime() + LOCK_WAIT_TIMEOUT.toNanos();
        for (UnitOfWork holder = holder(work, wanted); holder != null; holder = holder(work, wanted)) {
            if (waitsFor(holder, work)) {
                throw new IllegalStateException("Deadlock found when trying to get lock; try restarting transaction");
            }
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                throw new IllegalStateException("Lock wait timeout exceeded; try restarting transaction");
            }
            waitingFor.put(work, holder);
            try {
                released.await(left, TimeUnit.NANOSECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while waiting for a lock", e);
            } finally {
                waitingFor.remove(work);
            }
        }
        for (RowLock rowLock : wanted) {
            owners.put(rowLock, work);
            work.locks.add(rowLock);
        }
    }

    private UnitOfWork holder(UnitOfWork work, Collection<RowLock> wanted) {
        for (RowLock rowLock : wanted) {
            UnitOfWork owner = owners.get(rowLock);
            if (owner != null && owner != work) {
                return owner;
            }
        }
        return null;
    }

    private boolean waitsFor(UnitOfWork from, UnitOfWork target) {
        for (UnitOfWork at = from; at != null; at = waitingFor.get(at)) {
            if (at == target) {
                return true;
            }
        }
        return false;
    }

    UnitOfWork current() {
        return current.get();
    }

    /** Starts a transaction on the calling thread. */
    UnitOfWork begin() {
        UnitOfWork work = new UnitOfWork();
        current.set(work);
        return work;
    }

    /** Commits (or rolls back) the calling thread's transaction and releases its locks. */
    void finish(UnitOfWork work, boolean commit) {
        lock.lock();
        try {
            end(work, commit);
        } finally {
            current.remove();
            lock.unlock();
        }
    }

    private void end(UnitOfWork work, boolean commit) {
        for (FakeTable<?> table : work.written) {
            table.end(work, commit);
        }
        for (RowLock rowLock : work.locks) {
            owners.remove(rowLock, work);
        }
        work.locks.clear();
        released.signalAll();
    }

    /** Runs {@code supplier} in a transaction of this store (the callers' or a new one). */
    <T> T atomically(Supplier<T> supplier) {
        return transactions.inTransaction(supplier);
    }
}
