package io.cockpit.adapters.http.pipeline;

import io.helidon.webserver.http.ServerRequest;

import java.util.Optional;

/** Establishes the caller for one security scheme of the contract (partnerAuth, operatorAuth, sessionAuth). */
public interface Authenticator {

    /** The security scheme's name in openapi.yaml. */
    String scheme();

    /** The caller for these credentials; empty if they are unknown or revoked. */
    Optional<Caller> authenticate(String bearerToken, ServerRequest request);
}
