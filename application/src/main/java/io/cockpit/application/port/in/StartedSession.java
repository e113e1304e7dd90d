package io.cockpit.application.port.in;

import io.cockpit.domain.access.SecretToken;
import io.cockpit.domain.access.Session;

import java.time.Instant;
import java.util.Objects;

/** A new session with its token in clear (handed out once) and when it ends if unused. */
public record StartedSession(Session session, SecretToken token, Instant expiresAt) {

    public StartedSession {
        Objects.requireNonNull(session, "session");
        Objects.requireNonNull(token, "token");
        Objects.requireNonNull(expiresAt, "expiresAt");
    }
}
