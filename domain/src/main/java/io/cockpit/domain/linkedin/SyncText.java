package io.cockpit.domain.linkedin;

import io.cockpit.domain.shared.InvalidValueException;
import io.cockpit.domain.shared.Text;

import java.util.Optional;

/** The rules for texts read from LinkedIn: NFC, trimmed, bounded; single-line fields lose control characters. */
final class SyncText {

    private SyncText() {
    }

    /** A one-line text of at most {@code max} characters; blank is empty. */
    static Optional<String> line(String raw, int max, String field) {
        if (raw == null) {
            return Optional.empty();
        }
        String value = Text.normalized(Text.replaced(raw, Text::isControl, c -> " "));
        if (Text.length(value) > max) {
            throw new InvalidValueException(field + ".too_long", "must be at most " + max + " characters");
        }
        return value.isEmpty() ? Optional.empty() : Optional.of(value);
    }

    /** A one-line text that may be empty (then ""). */
    static String lineOrEmpty(String raw, int max, String field) {
        return line(raw, max, field).orElse("");
    }
}
