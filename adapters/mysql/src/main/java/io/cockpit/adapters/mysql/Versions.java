package io.cockpit.adapters.mysql;

import io.cockpit.application.port.out.shared.StaleWriteException;
import io.cockpit.application.port.out.shared.UniquenessViolation;
import org.jdbi.v3.core.statement.Update;

import java.util.Map;

/** Optimistic versions of per-user rows: version 0 means "never saved", so the first save is an insert. */
public final class Versions {

    private Versions() {
    }

    /**
     * Runs the insert (expected version 0) or the {@code UPDATE ... WHERE version = :expected}, and fails unless it
     * wrote the row: someone saved first.
     *
     * @throws StaleWriteException if the row changed (or was first saved) meanwhile
     */
    public static void write(Update insertOrUpdate, long expectedVersion, String what) {
        int written = expectedVersion == 0 ? insertUnlessPresent(insertOrUpdate) : insertOrUpdate.execute();
        if (written != 1) {
            throw new StaleWriteException(what);
        }
    }

    private static int insertUnlessPresent(Update insert) {
        try {
            return UniqueKeys.translate(Map.of(), insert::execute);
        } catch (UniquenessViolation saved) {
            return 0;
        }
    }
}
