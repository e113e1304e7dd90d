package io.cockpit.domain.access;

import java.util.Objects;

/** A password in clear, in memory only on its way to the hasher. Never printed. */
public record Password(String value) {

    public Password {
        Objects.requireNonNull(value, "value");
    }

    @Override
    public String toString() {
        return "Password[redacted]";
    }
}
