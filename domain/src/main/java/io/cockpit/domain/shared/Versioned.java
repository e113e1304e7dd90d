package io.cockpit.domain.shared;

import java.util.Objects;

/** A value as stored, with the revision it has there (0: not stored yet, the defaults). */
public record Versioned<T>(T value, long version) {

    public Versioned {
        Objects.requireNonNull(value, "value");
        if (version < 0) {
            throw new IllegalArgumentException("negative version");
        }
    }
}
