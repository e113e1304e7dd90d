package io.cockpit.domain.template;

import io.cockpit.domain.shared.InvalidValueException;
import io.cockpit.domain.shared.Text;

import java.util.Locale;
import java.util.Objects;

/** A template's name: 1 to 100 characters, unique per user regardless of case. */
public record TemplateName(String value) {

    public static final int MAX_LENGTH = 100;

    public TemplateName {
        Objects.requireNonNull(value, "value");
        value = Text.normalized(value);
        if (value.isEmpty() || Text.length(value) > MAX_LENGTH) {
            throw new InvalidValueException("template.name_length", "must be 1-" + MAX_LENGTH + " characters");
        }
        if (Text.hasControlCharacters(value)) {
            throw new InvalidValueException("template.name_control_characters", "must not contain control characters");
        }
    }

    public String canonical() {
        return value.toLowerCase(Locale.ROOT);
    }
}
