package io.cockpit.adapters.mysql;

import java.sql.SQLException;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * The driver's {@link SQLException} in a failure's chain of causes (Jdbi and the pool wrap it): how the store tells a
 * deadlock, a lock conflict, a duplicate key or a database that did not answer from everything else.
 */
public final class SqlCauses {

    private SqlCauses() {
    }

    /** The first {@link SQLException} among {@code failure} and its causes that {@code test} accepts. */
    public static Optional<SQLException> first(Throwable failure, Predicate<SQLException> test) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql && test.test(sql)) {
                return Optional.of(sql);
            }
        }
        return Optional.empty();
    }
}
