package io.cockpit.application.testing.fakes;

import io.cockpit.application.port.out.shared.Transactions;

import java.util.function.Supplier;

/**
 * Transactions of a {@link FakeDatabase}, bound to the calling thread like the real ones: an inner transaction joins
 * the outer; on any exception every write is undone; after-commit actions run once the outermost one committed and
 * never after a rollback.
 */
public final class FakeTransactions implements Transactions {

    private final FakeDatabase database;

    FakeTransactions(FakeDatabase database) {
        this.database = database;
    }

    @Override
    public <T> T inTransaction(Supplier<T> work) {
        if (database.current() != null) {
            return work.get();
        }
        UnitOfWork unit = database.begin();
        T result;
        try {
            result = work.get();
        } catch (RuntimeException | Error failure) {
            database.finish(unit, false);
            throw failure;
        }
        database.finish(unit, true);
        unit.afterCommit.forEach(Runnable::run);
        return result;
    }

    @Override
    public void afterCommit(Runnable action) {
        UnitOfWork unit = database.current();
        if (unit == null) {
            action.run();
        } else {
            unit.afterCommit.add(action);
        }
    }

    @Override
    public void nowAndAfterCommit(Runnable action) {
        action.run();
        UnitOfWork unit = database.current();
        if (unit != null) {
            unit.afterCommit.add(action);
        }
    }
}
