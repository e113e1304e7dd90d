package io.cockpit.domain.register;

import java.util.Locale;

/** Where an erasure request stands: it reports {@code completed} only once every store has erased the person. */
public enum ErasureStatus {
    IN_PROGRESS, COMPLETED;

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static ErasureStatus fromWireName(String wire) {
        return valueOf(wire.toUpperCase(Locale.ROOT));
    }
}
