package io.cockpit.domain.account;

import io.cockpit.domain.shared.InvalidValueException;

import java.util.Objects;
import java.util.regex.Pattern;

/** The sales partner that provisioned an account: the name its API keys were created under. */
public record PartnerId(String value) {

    private static final Pattern FORMAT = Pattern.compile("^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$");

    public PartnerId {
        Objects.requireNonNull(value, "value");
        if (!FORMAT.matcher(value).matches()) {
            throw new InvalidValueException("partner.invalid", "must be 1-64 letters, digits, '.', '_' or '-'");
        }
    }

    @Override
    public String toString() {
        return value;
    }
}
