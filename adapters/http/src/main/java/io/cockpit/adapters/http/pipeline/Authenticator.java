package io.cockpit.adapters.http.pipeline;

import io.helidon.webserver.http.ServerRequest;

import java.util.Optional;

/** Establishes the caller for one security scheme of the contract (partnerAuth, sessionCookie...). */
public interface Authenticator {

    /** The security scheme's name in openapi.yaml. */
    String scheme();

    /** The credentials of this scheme the request carries, if any. */
    Optional<String> credentials(ServerRequest request);

    /** The caller for these credentials; empty if they are unknown, revoked or expired. */
    Optional<Caller> authenticate(String credentials, ServerRequest request);
}
