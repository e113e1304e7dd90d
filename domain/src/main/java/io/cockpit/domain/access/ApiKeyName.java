package io.cockpit.domain.access;

import io.cockpit.domain.shared.InvalidValueException;

import java.util.Objects;
import java.util.regex.Pattern;

/** The name an API key is created under: the partner it belongs to, or the operator staff member using it. */
public record ApiKeyName(String value) {

    private static final Pattern FORMAT = Pattern.compile("^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$");

    public ApiKeyName {
        Objects.requireNonNull(value, "value");
        if (!FORMAT.matcher(value).matches()) {
            throw new InvalidValueException("api_key.name_invalid",
                    "must be 1-64 letters, digits, '.', '_' or '-', starting with a letter or digit");
        }
    }

    @Override
    public String toString() {
        return value;
    }
}
