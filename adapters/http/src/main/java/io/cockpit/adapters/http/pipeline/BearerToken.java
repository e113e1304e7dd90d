package io.cockpit.adapters.http.pipeline;

import io.helidon.http.HeaderNames;
import io.helidon.webserver.http.ServerRequest;

import java.util.Optional;

/** The token of an {@code Authorization: Bearer <token>} header (RFC 6750). */
final class BearerToken {

    private static final String BEARER = "bearer ";

    private BearerToken() {
    }

    static Optional<String> of(ServerRequest request) {
        return request.headers().first(HeaderNames.AUTHORIZATION)
                .filter(value -> value.regionMatches(true, 0, BEARER, 0, BEARER.length()))
                .map(value -> value.substring(BEARER.length()).strip())
                .filter(token -> !token.isEmpty());
    }
}
