package io.cockpit.application.port.out.access;

import io.cockpit.application.port.out.shared.UniquenessViolation;
import io.cockpit.domain.access.ApiKey;
import io.cockpit.domain.access.ApiKeyName;
import io.cockpit.domain.access.ApiKeyRole;
import io.cockpit.domain.access.TokenHash;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** API keys of partners and operator staff, by the hash of the secret. Revoked keys stay, marked. */
public interface ApiKeyRepository {

    Optional<ApiKey> findByHash(TokenHash hash);

    /** @throws UniquenessViolation if a key with this secret exists */
    void add(ApiKey key);

    /**
     * Adds the first key of its role, made at a first start; of several nodes starting at once on an empty database
     * exactly one succeeds.
     *
     * @throws UniquenessViolation if a first key of this role exists, or a key with this secret
     */
    void addFirst(ApiKey key);

    /** Whether a key of {@code role} was ever made (revoked ones count). */
    boolean existsFor(ApiKeyRole role);

    /** Every key, revoked ones too, by role, name and creation time. */
    List<ApiKey> all();

    /**
     * Marks the unrevoked keys of {@code role} and {@code name} revoked at {@code at}; only the one with {@code id}
     * if given. How many were revoked.
     */
    int revoke(ApiKeyRole role, ApiKeyName name, Optional<String> id, Instant at);

    /** Records that the key was used at {@code at}. */
    void recordUse(String id, Instant at);
}
