package io.cockpit.application.port.in.access;

import io.cockpit.domain.access.SecretToken;
import io.cockpit.domain.access.Session;

import java.time.Instant;
import java.util.Objects;

/**
 * A new session with its token in clear (handed out once), when it ends if unused ({@code expiresAt}) and when it
 * ends however much it is used ({@code endsAt}).
 */
public record StartedSession(Session session, SecretToken token, Instant expiresAt, Instant endsAt) {

    public StartedSession {
        Objects.requireNonNull(session, "session");
        Objects.requireNonNull(token, "token");
        Objects.requireNonNull(expiresAt, "expiresAt");
        Objects.requireNonNull(endsAt, "endsAt");
    }
}
