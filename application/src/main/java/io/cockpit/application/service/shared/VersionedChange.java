package io.cockpit.application.service.shared;

import io.cockpit.application.port.out.shared.StaleWriteException;
import io.cockpit.domain.shared.VersionCheck;

import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Supplier;

/**
 * A change of something versioned, as {@code If-Match} asked for it. When another write came between its read and its
 * own (the store's {@link StaleWriteException}), a change based on a version is refused ({@code precondition.failed}:
 * read again); one that accepts any version ({@code If-Match: *}, "replace whatever is there") reads again and runs
 * again, as many times as it takes within {@link #ATTEMPTS}. {@code change} must be a whole transaction.
 */
public final class VersionedChange {

    /** How often a change accepting any version is tried; only a storm of writes to one item uses them up. */
    static final int ATTEMPTS = 100;

    private VersionedChange() {
    }

    public static <T> T run(VersionCheck expected, Supplier<T> change) {
        for (int attempt = 1; ; attempt++) {
            try {
                return change.get();
            } catch (StaleWriteException concurrent) {
                if (!expected.any() || attempt == ATTEMPTS) {
                    throw VersionCheck.changedMeanwhile();
                }
                pause(attempt);
            }
        }
    }

    private static void pause(int attempt) {
        try {
            Thread.sleep(ThreadLocalRandom.current().nextLong(1, 2L + Math.min(attempt, 10) * 2L));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw VersionCheck.changedMeanwhile();
        }
    }
}
