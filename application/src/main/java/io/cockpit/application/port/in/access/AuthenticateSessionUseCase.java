package io.cockpit.application.port.in.access;

import io.cockpit.domain.access.Session;

import java.util.Optional;

/** Recognises a session token. */
public interface AuthenticateSessionUseCase {

    /** The live session for this token; empty for unknown, ended or expired ones. */
    Optional<Session> authenticate(String token);
}
