package io.cockpit.domain.label;

import io.cockpit.domain.shared.InvalidValueException;
import io.cockpit.domain.shared.Text;

import java.util.Locale;
import java.util.Objects;

/** A tag's or category's name: 1 to 50 characters, unique per user and kind regardless of case. */
public record LabelName(String value) {

    public static final int MAX_LENGTH = 50;

    public LabelName {
        Objects.requireNonNull(value, "value");
        value = Text.normalized(value);
        if (value.isEmpty() || Text.length(value) > MAX_LENGTH) {
            throw new InvalidValueException("label.name_length", "must be 1-" + MAX_LENGTH + " characters");
        }
        if (Text.hasControlCharacters(value)) {
            throw new InvalidValueException("label.name_control_characters", "must not contain control characters");
        }
    }

    public String canonical() {
        return value.toLowerCase(Locale.ROOT);
    }
}
