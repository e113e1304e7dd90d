package io.cockpit.domain.website;

import io.cockpit.domain.shared.LineText;

/** Why an application is kept beyond its retention period (a pending dispute): 1 to 500 characters, one line. */
public record HoldReason(String value) {

    public static final int MAX_LENGTH = 500;

    public HoldReason {
        value = LineText.line(value, "reason", MAX_LENGTH);
    }

    @Override
    public String toString() {
        return value;
    }
}
