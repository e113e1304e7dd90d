package io.cockpit.domain.account;

import io.cockpit.domain.shared.InvalidValueException;

import java.util.Objects;
import java.util.regex.Pattern;

/** The partner's own reference for its customer; unique per partner, part of the partner's URLs. */
public record ExternalId(String value) {

    private static final Pattern FORMAT = Pattern.compile("^[A-Za-z0-9][A-Za-z0-9._:-]{0,99}$");

    public ExternalId {
        Objects.requireNonNull(value, "value");
        if (!FORMAT.matcher(value).matches()) {
            throw new InvalidValueException("external_id.invalid",
                    "must be 1-100 letters, digits, '.', '_', ':' or '-', starting with a letter or digit");
        }
    }

    @Override
    public String toString() {
        return value;
    }
}
