package io.cockpit.application.testing.fakes;

import io.cockpit.application.port.out.linkedin.LinkedInExport;
import io.cockpit.application.port.out.linkedin.SyncStateRepository;
import io.cockpit.application.port.out.register.ExportedItem;
import io.cockpit.application.port.out.shared.StaleWriteException;
import io.cockpit.application.port.out.shared.UniquenessViolation;
import io.cockpit.domain.account.UserId;
import io.cockpit.domain.linkedin.LinkedInPersonalData;
import io.cockpit.domain.linkedin.SyncKind;
import io.cockpit.domain.linkedin.SyncState;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/** The sync state rows; {@link #lock} holds the row's lock until the transaction ends, as SELECT ... FOR UPDATE. */
public final class FakeSyncStateRepository implements SyncStateRepository {

    private final FakeTable<SyncState> states;

    public FakeSyncStateRepository(FakeDatabase database) {
        this.states = database.table("linkedin_sync_state", SyncState::userId, List.of());
    }

    @Override
    public void ensure(UserId user) {
        if (states.find(user).isPresent()) {
            return;
        }
        try {
            states.insert(SyncState.never(user));
        } catch (UniquenessViolation createdMeanwhile) {
            // another request of the user created it first
        }
    }

    @Override
    public Optional<SyncState> lock(UserId user) {
        try {
            return states.update(user, state -> true, state -> state);
        } catch (IllegalStateException lockConflict) {
            throw new StaleWriteException("linkedin data");
        }
    }

    @Override
    public Optional<SyncState> find(UserId user) {
        return states.find(user);
    }

    @Override
    public void save(SyncState state) {
        states.update(state.userId(), stored -> true, stored -> stored(state));
    }

    private static SyncState stored(SyncState state) {
        Map<SyncKind, SyncState.KindState> kinds = new EnumMap<>(SyncKind.class);
        state.kinds().forEach((kind, at) -> kinds.put(kind, new SyncState.KindState(
                at.syncedAt().map(StoredTime::of), at.lastItemAt().map(StoredTime::of))));
        return new SyncState(state.userId(), kinds);
    }

    @Override
    public String category() {
        return LinkedInPersonalData.LINKEDIN_PROFILE.id();
    }

    @Override
    public void export(UserId user, Consumer<ExportedItem> sink) {
        find(user).map(LinkedInExport::syncState).ifPresent(sink);
    }

    @Override
    public int erase(UserId user, int limit) {
        return states.delete(user, state -> true).isPresent() ? 1 : 0;
    }
}
