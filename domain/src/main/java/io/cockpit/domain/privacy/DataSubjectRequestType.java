package io.cockpit.domain.privacy;

import io.cockpit.domain.shared.InvalidValueException;

import java.util.Arrays;
import java.util.Locale;

/** Which right a data-subject request exercises (Art. 15 to 21 GDPR). */
public enum DataSubjectRequestType {
    /** Access and portability (Art. 15, 20). */
    ACCESS,
    ERASURE,
    RESTRICTION,
    RECTIFICATION,
    OBJECTION;

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static DataSubjectRequestType fromWireName(String wire) {
        return Arrays.stream(values()).filter(type -> type.wireName().equals(wire)).findFirst()
                .orElseThrow(() -> new InvalidValueException("data_subject_request_type.invalid",
                        "must be one of access, erasure, restriction, rectification, objection"));
    }
}
