package io.cockpit.domain.account;

import io.cockpit.domain.shared.InvalidValueException;
import io.cockpit.domain.shared.Text;

import java.util.Objects;

/** A user's name as the partner transmits it: 1 to 200 characters, trimmed, no control characters. */
public record PersonName(String value) {

    public static final int MAX_LENGTH = 200;

    public PersonName {
        Objects.requireNonNull(value, "value");
        value = Text.normalized(value);
        if (value.isEmpty() || Text.length(value) > MAX_LENGTH) {
            throw new InvalidValueException("name.length", "must be 1-" + MAX_LENGTH + " characters");
        }
        if (Text.hasControlCharacters(value)) {
            throw new InvalidValueException("name.control_characters", "must not contain control characters");
        }
    }

    @Override
    public String toString() {
        return value;
    }
}
