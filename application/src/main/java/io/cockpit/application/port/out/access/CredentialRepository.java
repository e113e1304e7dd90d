package io.cockpit.application.port.out.access;

import io.cockpit.domain.access.PasswordHash;
import io.cockpit.domain.account.UserId;

import java.time.Instant;
import java.util.Optional;

/** Password hashes; an account without one has not been activated. */
public interface CredentialRepository {

    Optional<PasswordHash> find(UserId userId);

    /** Sets (or replaces) the account's password hash. */
    void save(UserId userId, PasswordHash hash, Instant changedAt);
}
