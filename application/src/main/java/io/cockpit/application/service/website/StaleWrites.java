package io.cockpit.application.service.website;

import io.cockpit.application.port.out.shared.StaleWriteException;
import io.cockpit.application.port.out.shared.Transactions;

import java.util.function.Supplier;

/** Runs a read-change-write transaction again when a concurrent change of the same application won. */
final class StaleWrites {

    private static final int ATTEMPTS = 3;

    private StaleWrites() {
    }

    static <T> T retried(Transactions transactions, Supplier<T> work) {
        for (int attempt = 1; ; attempt++) {
            try {
                return transactions.inTransaction(work);
            } catch (StaleWriteException lost) {
                if (attempt == ATTEMPTS) {
                    throw lost;
                }
            }
        }
    }
}
