package io.cockpit.domain.access;

import java.util.Objects;

/** A stored password hash in PHC string format (e.g. {@code $argon2id$v=19$m=...}); opaque to the domain. */
public record PasswordHash(String encoded) {

    public PasswordHash {
        Objects.requireNonNull(encoded, "encoded");
        if (!encoded.startsWith("$")) {
            throw new IllegalArgumentException("not a PHC-format hash");
        }
    }

    @Override
    public String toString() {
        return "PasswordHash[" + encoded.substring(0, encoded.indexOf('$', 1) + 1) + "...]";
    }
}
