package io.cockpit.domain.shared;

import java.util.Objects;

/**
 * A value object refused its input. The edge that built it knows which field it came from; {@link #rule()} names
 * the broken rule (e.g. {@code email.invalid}), a field-level code, not a problem code.
 */
public class InvalidValueException extends DomainException {

    private final String rule;

    public InvalidValueException(String rule, String message) {
        super(ErrorCode.VALUE_INVALID, message);
        this.rule = Objects.requireNonNull(rule);
    }

    public String rule() {
        return rule;
    }
}
