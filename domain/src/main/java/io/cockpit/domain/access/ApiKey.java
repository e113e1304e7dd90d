package io.cockpit.domain.access;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A stored API key: only the hash of the secret is kept. It opens the API from creation until it expires or is
 * revoked; {@code lastUsedAt} is kept to the minute ({@link #LAST_USED_PRECISION}), so using a key rarely writes.
 */
public record ApiKey(String id, ApiKeyRole role, ApiKeyName name, TokenHash hash, Instant createdAt,
                     Optional<Instant> lastUsedAt, Optional<Instant> expiresAt, Optional<Instant> revokedAt) {

    public static final Duration LAST_USED_PRECISION = Duration.ofMinutes(1);

    public ApiKey {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(hash, "hash");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(lastUsedAt, "lastUsedAt");
        Objects.requireNonNull(expiresAt, "expiresAt");
        Objects.requireNonNull(revokedAt, "revokedAt");
        if (expiresAt.isPresent() && !expiresAt.get().isAfter(createdAt)) {
            throw new IllegalArgumentException("a key expires after it was created");
        }
    }

    /** A new key, never used, that does not expire. */
    public ApiKey(String id, ApiKeyRole role, ApiKeyName name, TokenHash hash, Instant createdAt) {
        this(id, role, name, hash, createdAt, Optional.empty(), Optional.empty(), Optional.empty());
    }

    /** Whether the key opens the API at {@code now}: not revoked, not expired. */
    public boolean usableAt(Instant now) {
        return revokedAt.isEmpty() && expiresAt.map(now::isBefore).orElse(true);
    }

    /** Whether a use at {@code now} should be recorded: the last recorded one is older than the precision kept. */
    public boolean lastUseOutdatedAt(Instant now) {
        return lastUsedAt.map(last -> !now.isBefore(last.plus(LAST_USED_PRECISION))).orElse(true);
    }
}
