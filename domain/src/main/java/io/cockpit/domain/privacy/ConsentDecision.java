package io.cockpit.domain.privacy;

import java.util.Locale;

/** Whether a purpose was switched on or off. */
public enum ConsentDecision {
    GRANTED, WITHDRAWN;

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
