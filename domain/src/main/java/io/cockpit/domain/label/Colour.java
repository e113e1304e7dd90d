package io.cockpit.domain.label;

import io.cockpit.domain.shared.InvalidValueException;

import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/** A colour as {@code #RRGGBB}, kept in upper case. */
public record Colour(String hex) {

    private static final Pattern FORMAT = Pattern.compile("^#[0-9A-Fa-f]{6}$");

    public Colour {
        Objects.requireNonNull(hex, "hex");
        if (!FORMAT.matcher(hex).matches()) {
            throw new InvalidValueException("colour.invalid", "must be #RRGGBB");
        }
        hex = hex.toUpperCase(Locale.ROOT);
    }
}
