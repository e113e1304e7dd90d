package io.cockpit.application.port.out.access;

import io.cockpit.application.port.out.shared.UniquenessViolation;
import io.cockpit.domain.access.ApiKey;
import io.cockpit.domain.access.ApiKeyRole;
import io.cockpit.domain.access.TokenHash;

import java.util.Optional;

/** API keys of partners and operator staff, by the hash of the secret. */
public interface ApiKeyRepository {

    Optional<ApiKey> findByHash(TokenHash hash);

    /** @throws UniquenessViolation if a key with this secret exists */
    void add(ApiKey key);

    boolean existsFor(ApiKeyRole role);
}
