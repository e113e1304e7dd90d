package io.cockpit.application.service.linkedin;

import io.cockpit.application.port.out.linkedin.SyncStateRepository;
import io.cockpit.application.port.out.shared.StaleWriteException;
import io.cockpit.application.port.out.shared.Transactions;
import io.cockpit.domain.account.UserId;
import io.cockpit.domain.linkedin.LinkedInErrors;
import io.cockpit.domain.linkedin.SyncState;

import java.util.function.Function;

/**
 * Runs one write of a user's LinkedIn data in a transaction that first locks the user's sync state: one user's
 * batches and deletions are stored one after the other, so parallel batches touching the same items can neither
 * lose nor duplicate anything. A lock wait that times out (or a deadlock with another user's range) is retried.
 */
final class WriteLock {

    static final int ATTEMPTS = 3;

    private final SyncStateRepository syncStates;
    private final Transactions transactions;

    WriteLock(SyncStateRepository syncStates, Transactions transactions) {
        this.syncStates = syncStates;
        this.transactions = transactions;
    }

    <T> T run(UserId user, Function<SyncState, T> work) {
        syncStates.ensure(user);
        for (int attempt = 1; ; attempt++) {
            try {
                // no row: the user's data was erased after ensure (the erasure revoked the session too), so the
                // write is refused as busy, never stored; a retry meets the revoked session
                return transactions.inTransaction(() -> work.apply(syncStates.lock(user)
                        .orElseThrow(LinkedInErrors::busy)));
            } catch (StaleWriteException conflict) {
                if (attempt == ATTEMPTS) {
                    throw LinkedInErrors.busy();
                }
            }
        }
    }
}
