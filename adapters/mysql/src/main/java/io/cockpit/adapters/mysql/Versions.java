package io.cockpit.adapters.mysql;

import io.cockpit.application.port.out.UniquenessViolation;

import java.util.Map;
import java.util.function.IntSupplier;

/** Optimistic versions: the first save of a per-user row is an insert that must not meet an existing row. */
final class Versions {

    private Versions() {
    }

    /** The rows the insert wrote, or 0 if a row for the key was there already (someone saved first). */
    static int insertUnlessPresent(IntSupplier insert) {
        try {
            return UniqueKeys.translate(Map.of(), insert::getAsInt);
        } catch (UniquenessViolation saved) {
            return 0;
        }
    }
}
