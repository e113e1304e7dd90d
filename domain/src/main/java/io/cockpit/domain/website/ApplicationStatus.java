package io.cockpit.domain.website;

import io.cockpit.domain.shared.InvalidValueException;

import java.util.Arrays;
import java.util.Locale;
import java.util.Set;

/**
 * Where an application stands. {@code rejected}, {@code withdrawn} and {@code hired} end the process; its retention
 * period counts from then, and an ended process cannot be reopened.
 */
public enum ApplicationStatus {
    RECEIVED, INTERVIEWING, REJECTED, WITHDRAWN, HIRED;

    private static final Set<ApplicationStatus> ENDING = Set.of(REJECTED, WITHDRAWN, HIRED);

    /** The process is over: the retention period runs. */
    public boolean ended() {
        return ENDING.contains(this);
    }

    public boolean canMoveTo(ApplicationStatus target) {
        return !ended() && target != RECEIVED && target != this;
    }

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static ApplicationStatus fromWireName(String wireName) {
        return Arrays.stream(values()).filter(s -> s.wireName().equals(wireName)).findFirst()
                .orElseThrow(() -> new InvalidValueException("status.unknown", "is not an application status"));
    }
}
