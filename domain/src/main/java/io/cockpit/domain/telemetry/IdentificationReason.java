package io.cockpit.domain.telemetry;

import java.util.Arrays;
import java.util.Locale;

/**
 * Why the operator ties a Tracking-ID to a person: the user's consent ({@code analyticsIdentification}), or a
 * pressing legitimate interest (Art. 6(1)(f) GDPR) that must be explained in a note.
 */
public enum IdentificationReason {
    CONSENT(false),
    SUSPECTED_ABUSE(true),
    LEGAL_CLAIM(true);

    private final boolean pressingInterest;

    IdentificationReason(boolean pressingInterest) {
        this.pressingInterest = pressingInterest;
    }

    /** A pressing legitimate interest: allowed without consent, only with a note saying why. */
    public boolean pressingInterest() {
        return pressingInterest;
    }

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static IdentificationReason fromWireName(String wire) {
        return Arrays.stream(values()).filter(reason -> reason.wireName().equals(wire)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no identification reason " + wire));
    }
}
