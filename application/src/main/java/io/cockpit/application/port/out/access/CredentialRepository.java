package io.cockpit.application.port.out.access;

import io.cockpit.application.port.out.register.ExportedItem;
import io.cockpit.application.port.out.register.PersonalDataStore;
import io.cockpit.domain.access.AccessPersonalData;
import io.cockpit.domain.access.PasswordHash;
import io.cockpit.domain.account.UserId;

import java.time.Instant;
import java.util.Optional;

/**
 * Password hashes; an account without one has not been activated. Writes are conditional, so that two requests
 * racing to set a password cannot both succeed: the first password only while there is none, a new one only in
 * place of the hash the caller checked (salted hashes differ each time, so the hash is the row's version).
 * Export: one item {@code passwordSet, passwordChangedAt}, never the hash. Erasure deletes the row.
 */
public interface CredentialRepository extends PersonalDataStore {

    @Override
    default String category() {
        return AccessPersonalData.CREDENTIALS.id();
    }

    Optional<PasswordHash> find(UserId userId);

    /** What the export says of a password: that it is set, and when it last changed; never the hash. */
    static ExportedItem exported(Instant changedAt) {
        return ExportedItem.builder().field("passwordSet", true).field("passwordChangedAt", changedAt).build();
    }

    /** Sets the account's first password; {@code false} (and nothing changes) if it has one already. */
    boolean create(UserId userId, PasswordHash hash, Instant changedAt);

    /**
     * Replaces {@code expected} by {@code replacement}; {@code false} (and nothing changes) if the stored hash is no
     * longer {@code expected} or there is none.
     */
    boolean replace(UserId userId, PasswordHash expected, PasswordHash replacement, Instant changedAt);
}
