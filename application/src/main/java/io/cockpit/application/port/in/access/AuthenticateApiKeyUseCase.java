package io.cockpit.application.port.in.access;

import io.cockpit.domain.access.ApiKey;
import io.cockpit.domain.access.ApiKeyRole;

import java.util.Optional;

/** Recognises a partner's or operator's API key. */
public interface AuthenticateApiKeyUseCase {

    /**
     * The stored key for the presented secret, if it exists, has the expected role, and is neither revoked nor
     * expired. Asks the store every time: a revoked key is refused at once, on every node.
     */
    Optional<ApiKey> authenticate(ApiKeyRole expectedRole, String presentedSecret);
}
