package io.cockpit.application.testing.fakes;

import io.cockpit.application.port.out.shared.StaleWriteException;
import io.cockpit.application.port.out.shared.UniquenessViolation;

import java.util.function.ToLongFunction;

/** Optimistic versions of per-user rows as the SQL adapters write them: version 0 means "never saved". */
final class Versions {

    private Versions() {
    }

    /**
     * Inserts {@code row} (expected version 0) or replaces the stored row if it has {@code expectedVersion}.
     *
     * @throws StaleWriteException if the row changed (or was first saved) meanwhile
     */
    static <R> void write(FakeTable<R> table, R row, Object key, long expectedVersion, ToLongFunction<R> version,
                          String what) {
        if (expectedVersion == 0) {
            try {
                table.insert(row);
            } catch (UniquenessViolation saved) {
                throw new StaleWriteException(what);
            }
        } else if (table.update(key, stored -> version.applyAsLong(stored) == expectedVersion, stored -> row).isEmpty()) {
            throw new StaleWriteException(what);
        }
    }
}
