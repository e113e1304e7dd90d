package io.cockpit.application.service.linkedin;

import io.cockpit.application.port.out.linkedin.SyncStateRepository;
import io.cockpit.application.port.out.register.ExportedItem;
import io.cockpit.application.testing.LinkedInMother;
import io.cockpit.application.testing.fakes.FakeStores;
import io.cockpit.domain.account.UserId;
import io.cockpit.domain.linkedin.SyncState;
import io.cockpit.domain.shared.DomainException;
import io.cockpit.domain.shared.ErrorCode;
import org.junit.jupiter.api.Test;

import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class WriteLockTest {

    private final FakeStores stores = new FakeStores();
    private final UserId user = LinkedInMother.aUser();

    /** The user's sync state as an erasure leaves it when it runs between ensure and lock (found by an attack). */
    private final SyncStateRepository erasedRightAfterEnsure = new SyncStateRepository() {
        @Override
        public void ensure(UserId owner) {
            stores.syncStates.ensure(owner);
            stores.syncStates.erase(owner, 10);
        }

        @Override
        public Optional<SyncState> lock(UserId owner) {
            return stores.syncStates.lock(owner);
        }

        @Override
        public Optional<SyncState> find(UserId owner) {
            return stores.syncStates.find(owner);
        }

        @Override
        public void save(SyncState state) {
            stores.syncStates.save(state);
        }

        @Override
        public String category() {
            return stores.syncStates.category();
        }

        @Override
        public void export(UserId owner, Consumer<ExportedItem> sink) {
            stores.syncStates.export(owner, sink);
        }

        @Override
        public int erase(UserId owner, int limit) {
            return stores.syncStates.erase(owner, limit);
        }
    };

    @Test
    void aWriteOfAUserErasedMeanwhileIsRefusedAsBusyAndWritesNothing() {
        WriteLock lock = new WriteLock(erasedRightAfterEnsure, stores.transactions);
        AtomicBoolean ran = new AtomicBoolean();

        assertThatThrownBy(() -> lock.run(user, state -> {
            ran.set(true);
            return state;
        })).isInstanceOfSatisfying(DomainException.class,
                refused -> assertThat(refused.error()).isEqualTo(ErrorCode.LINKEDIN_SYNC_BUSY));
        assertThat(ran).as("the write did not run").isFalse();
        assertThat(stores.syncStates.find(user)).as("nothing brought the erased state back").isEmpty();
    }

    @Test
    void aWriteOfAUserWithAStateRunsOnItLocked() {
        WriteLock lock = new WriteLock(stores.syncStates, stores.transactions);

        assertThat(lock.run(user, SyncState::userId)).isEqualTo(user);
        assertThat(stores.syncStates.find(user)).isPresent();
    }
}
