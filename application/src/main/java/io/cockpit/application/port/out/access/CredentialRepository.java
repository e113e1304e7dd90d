package io.cockpit.application.port.out.access;

import io.cockpit.domain.access.PasswordHash;
import io.cockpit.domain.account.UserId;

import java.time.Instant;
import java.util.Optional;

/**
 * Password hashes; an account without one has not been activated. Writes are conditional, so that two requests
 * racing to set a password cannot both succeed: the first password only while there is none, a new one only in
 * place of the hash the caller checked (salted hashes differ each time, so the hash is the row's version).
 */
public interface CredentialRepository {

    Optional<PasswordHash> find(UserId userId);

    /** Sets the account's first password; {@code false} (and nothing changes) if it has one already. */
    boolean create(UserId userId, PasswordHash hash, Instant changedAt);

    /**
     * Replaces {@code expected} by {@code replacement}; {@code false} (and nothing changes) if the stored hash is no
     * longer {@code expected} or there is none.
     */
    boolean replace(UserId userId, PasswordHash expected, PasswordHash replacement, Instant changedAt);
}
