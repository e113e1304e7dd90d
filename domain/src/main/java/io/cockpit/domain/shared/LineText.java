package io.cockpit.domain.shared;

import java.util.Objects;

/**
 * The rules free-text fields share (the website's forms, the operator's hold reasons): trimmed, NFC, a length in code
 * points, no control characters. A refusal names the field: {@code <field>.length}, {@code <field>.control_characters}.
 */
public final class LineText {

    private LineText() {
    }

    /** One line: no control characters at all. */
    public static String line(String raw, String field, int maxLength) {
        String value = checked(raw, field, maxLength);
        if (Text.hasControlCharacters(value)) {
            throw new InvalidValueException(field + ".control_characters", "must not contain control characters");
        }
        return value;
    }

    /** Several lines: line breaks and tabs allowed, other control characters not. */
    public static String lines(String raw, String field, int maxLength) {
        String value = checked(raw, field, maxLength);
        if (Text.hasControlCharactersBesidesLineBreaks(value)) {
            throw new InvalidValueException(field + ".control_characters",
                    "must not contain control characters other than line breaks and tabs");
        }
        return value;
    }

    private static String checked(String raw, String field, int maxLength) {
        String value = Text.normalized(Objects.requireNonNull(raw, "value"));
        if (value.isEmpty() || Text.length(value) > maxLength) {
            throw new InvalidValueException(field + ".length", "must be 1-" + maxLength + " characters");
        }
        return value;
    }
}
