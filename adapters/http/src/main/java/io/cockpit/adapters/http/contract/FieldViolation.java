package io.cockpit.adapters.http.contract;

import java.util.Objects;

/**
 * One broken rule of a request: where ({@code in} and a JSON pointer), which rule ({@code code}) and a message for
 * people; for template syntax, the character {@code position} (null otherwise). Becomes one entry of a problem's
 * {@code errors}.
 */
public record FieldViolation(String in, String pointer, String code, String message, Integer position) {

    public FieldViolation {
        Objects.requireNonNull(in, "in");
        Objects.requireNonNull(pointer, "pointer");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(message, "message");
    }

    public FieldViolation(String in, String pointer, String code, String message) {
        this(in, pointer, code, message, null);
    }

    public static FieldViolation inBody(String pointer, String code, String message) {
        return new FieldViolation("body", pointer, code, message, null);
    }
}
