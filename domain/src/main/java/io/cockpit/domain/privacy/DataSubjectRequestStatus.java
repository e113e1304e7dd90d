package io.cockpit.domain.privacy;

import io.cockpit.domain.shared.InvalidValueException;

import java.util.Arrays;
import java.util.Locale;

/** Where a data-subject request stands. {@code done} and {@code rejected} close it for good. */
public enum DataSubjectRequestStatus {
    OPEN, IN_PROGRESS, DONE,
    /** Refused, e.g. as manifestly unfounded or excessive (Art. 12(5) GDPR); the resolution says why. */
    REJECTED;

    public boolean closed() {
        return this == DONE || this == REJECTED;
    }

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static DataSubjectRequestStatus fromWireName(String wire) {
        return Arrays.stream(values()).filter(status -> status.wireName().equals(wire)).findFirst()
                .orElseThrow(() -> new InvalidValueException("data_subject_request_status.invalid",
                        "must be one of open, in_progress, done, rejected"));
    }
}
