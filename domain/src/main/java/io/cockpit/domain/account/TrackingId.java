package io.cockpit.domain.account;

import io.cockpit.domain.shared.InvalidValueException;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The Tracking-ID: two random English words joined by '-' (e.g. {@code amber-falcon}), the only identity product
 * analytics ever sees. Pseudonymous: only the relational store ties it to a person. Never reused, even after the
 * account is deleted, so old analytics events never attach to a new person.
 */
public record TrackingId(String value) {

    private static final Pattern FORMAT = Pattern.compile("^[a-z]{3,9}-[a-z]{3,9}$");

    public TrackingId {
        Objects.requireNonNull(value, "value");
        if (!FORMAT.matcher(value).matches()) {
            throw new InvalidValueException("tracking_id.invalid", "is not a Tracking-ID");
        }
    }

    @Override
    public String toString() {
        return value;
    }
}
