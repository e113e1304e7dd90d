package io.cockpit.domain.access;

import java.time.Instant;
import java.util.Objects;

/** A stored API key: only the hash of the secret is kept. */
public record ApiKey(String id, ApiKeyRole role, ApiKeyName name, TokenHash hash, Instant createdAt) {

    public ApiKey {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(hash, "hash");
        Objects.requireNonNull(createdAt, "createdAt");
    }
}
