package io.cockpit.adapters.http.access;

import io.cockpit.adapters.http.pipeline.SessionAuthenticator;
import io.helidon.http.HeaderNames;
import io.helidon.webserver.http.ServerResponse;

import java.time.Duration;

/**
 * The session cookie: {@code __Host-} (so: Secure, Path=/, no Domain), HttpOnly (no script reads it),
 * SameSite=Strict (not sent on cross-site requests at all).
 */
final class SessionCookies {

    private SessionCookies() {
    }

    static void set(ServerResponse response, String token, Duration maxAge) {
        response.header(HeaderNames.SET_COOKIE, SessionAuthenticator.COOKIE + "=" + token + "; Path=/; Max-Age="
                + Math.max(0, maxAge.toSeconds()) + "; HttpOnly; Secure; SameSite=Strict");
    }

    static void clear(ServerResponse response) {
        response.header(HeaderNames.SET_COOKIE, SessionAuthenticator.COOKIE
                + "=; Path=/; Max-Age=0; HttpOnly; Secure; SameSite=Strict");
    }
}
