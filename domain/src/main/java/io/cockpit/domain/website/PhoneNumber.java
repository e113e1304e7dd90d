package io.cockpit.domain.website;

import io.cockpit.domain.shared.InvalidValueException;
import io.cockpit.domain.shared.Text;

import java.util.Objects;
import java.util.regex.Pattern;

/** A telephone number as a visitor types it: digits with spaces, +, -, /, ( and ); 3 to 40 characters. */
public record PhoneNumber(String value) {

    private static final Pattern FORM = Pattern.compile("^\\+?[0-9 ()/.-]{3,40}$");

    public PhoneNumber {
        value = Text.normalized(Objects.requireNonNull(value, "value"));
        if (!FORM.matcher(value).matches() || value.chars().filter(Character::isDigit).count() < 3) {
            throw new InvalidValueException("phone.invalid", "must be a telephone number (digits, spaces, + - / ( ))");
        }
    }

    @Override
    public String toString() {
        return value;
    }
}
