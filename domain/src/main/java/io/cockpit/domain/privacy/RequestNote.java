package io.cockpit.domain.privacy;

import io.cockpit.domain.shared.InvalidValueException;
import io.cockpit.domain.shared.Text;

import java.util.Objects;

/**
 * The operator's words on a data-subject request: what was asked, or how it was resolved. 1 to 2,000 characters,
 * trimmed; line breaks and tabs allowed, other control characters not.
 */
public record RequestNote(String value) {

    public static final int MAX_LENGTH = 2000;

    public RequestNote {
        Objects.requireNonNull(value, "value");
        value = Text.normalized(value);
        if (value.isEmpty() || Text.length(value) > MAX_LENGTH) {
            throw new InvalidValueException("note.length", "must be 1-" + MAX_LENGTH + " characters");
        }
        if (Text.hasControlCharactersBesidesLineBreaks(value)) {
            throw new InvalidValueException("note.control_characters",
                    "must not contain control characters other than line breaks and tabs");
        }
    }

    @Override
    public String toString() {
        return value;
    }
}
