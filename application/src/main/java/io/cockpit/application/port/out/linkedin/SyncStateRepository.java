package io.cockpit.application.port.out.linkedin;

import io.cockpit.application.port.out.register.PersonalDataStore;
import io.cockpit.application.port.out.shared.StaleWriteException;
import io.cockpit.domain.account.UserId;
import io.cockpit.domain.linkedin.SyncState;

import java.util.Optional;

/**
 * Where each user's sync stands, one row per user; the row is also the user's write lock for LinkedIn data: every
 * sync batch and every deletion locks it first, so one user's writes never interleave (and never deadlock each
 * other), while other users' go on in parallel.
 */
public interface SyncStateRepository extends PersonalDataStore {

    /** Creates the user's row unless it exists (call it outside the transaction that then locks it). */
    void ensure(UserId user);

    /**
     * Locks the user's row until the current transaction ends, waiting for another holder; the state as stored.
     * Empty when there is no row: {@link #ensure} was not called, or the user's data was erased since.
     *
     * @throws StaleWriteException if the wait ended in a lock timeout or deadlock (the caller may retry)
     */
    Optional<SyncState> lock(UserId user);

    Optional<SyncState> find(UserId user);

    void save(SyncState state);
}
