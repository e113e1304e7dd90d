package io.cockpit.application.service.linkedin;

import io.cockpit.application.port.in.linkedin.ContactBatch;
import io.cockpit.application.port.in.linkedin.ContactBatchOutcome;
import io.cockpit.application.port.in.linkedin.ConversationBatch;
import io.cockpit.application.port.in.linkedin.ConversationBatchOutcome;
import io.cockpit.application.port.in.linkedin.LinkedInSyncUseCase;
import io.cockpit.application.port.in.linkedin.ProfileSynced;
import io.cockpit.application.port.out.linkedin.ProfileRepository;
import io.cockpit.application.port.out.linkedin.SyncStateRepository;
import io.cockpit.domain.account.UserId;
import io.cockpit.domain.linkedin.ItemOutcome;
import io.cockpit.domain.linkedin.LinkedInErrors;
import io.cockpit.domain.linkedin.OwnProfile;
import io.cockpit.domain.linkedin.ProfileUpsert;
import io.cockpit.domain.linkedin.SyncKind;
import io.cockpit.domain.linkedin.SyncRules;
import io.cockpit.domain.linkedin.SyncState;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

/** The sync from the Cockpit client: each batch in one transaction under the user's write lock. */
public final class LinkedInSyncService implements LinkedInSyncUseCase {

    private final LinkedInStores stores;
    private final WriteLock lock;
    private final ContactSync contactSync;
    private final ConversationSync conversationSync;
    private final Clock clock;

    public LinkedInSyncService(LinkedInStores stores, Clock clock) {
        this.stores = stores;
        this.lock = new WriteLock(stores.syncStates(), stores.transactions());
        UrnHasher hasher = new UrnHasher(stores.secret());
        ActivityRefresh activity = new ActivityRefresh(stores.conversations(), stores.contacts());
        this.contactSync = new ContactSync(stores.contacts(), stores.suppressions(), activity, hasher);
        this.conversationSync = new ConversationSync(stores.conversations(), stores.messages(), stores.suppressions(),
                activity, new Recount(stores.conversations(), stores.messages()), hasher);
        this.clock = clock;
    }

    @Override
    public ProfileSynced syncProfile(UserId user, ProfileUpsert item) {
        Instant now = clock.instant();
        if (SyncRules.tooFarAhead(item.modifiedAt(), now)) {
            throw LinkedInErrors.timeInFuture("modifiedAt");
        }
        ProfileRepository profiles = stores.profiles();
        return lock.run(user, state -> {
            Optional<OwnProfile> stored = profiles.find(user);
            if (stored.isPresent() && !stored.get().urn().equals(item.urn())) {
                throw LinkedInErrors.profileMismatch();
            }
            ProfileSynced synced;
            if (stored.isEmpty()) {
                synced = new ProfileSynced(ItemOutcome.Result.CREATED,
                        new OwnProfile(user, item.urn(), item.card(), item.modifiedAt(), now, now));
            } else if (!item.modifiedAt().isAfter(stored.get().modifiedAt())) {
                return new ProfileSynced(ItemOutcome.Result.UNCHANGED, stored.get());
            } else {
                OwnProfile current = stored.get();
                synced = new ProfileSynced(current.card().equals(item.card()) ? ItemOutcome.Result.UNCHANGED
                        : ItemOutcome.Result.UPDATED,
                        new OwnProfile(user, item.urn(), item.card(), item.modifiedAt(), current.createdAt(), now));
            }
            profiles.save(synced.profile());
            stores.syncStates().save(state.advanced(SyncKind.PROFILE, now, Optional.of(item.modifiedAt())));
            return synced;
        });
    }

    @Override
    public OwnProfile profile(UserId user) {
        return stores.profiles().find(user).orElseThrow(LinkedInErrors::profileNotFound);
    }

    @Override
    public ContactBatchOutcome syncContacts(UserId user, ContactBatch batch) {
        SyncRules.requireBatchSize(batch.size());
        return lock.run(user, state -> {
            ContactSync.Result result = contactSync.sync(user, batch, state, clock.instant());
            stores.syncStates().save(result.state());
            return result.outcome();
        });
    }

    @Override
    public ConversationBatchOutcome syncConversations(UserId user, ConversationBatch batch) {
        SyncRules.requireBatchSize(batch.size());
        return lock.run(user, state -> {
            OwnProfile me = stores.profiles().find(user).orElseThrow(LinkedInErrors::profileMissing);
            ConversationSync.Result result = conversationSync.sync(user, batch, me, state, clock.instant());
            stores.syncStates().save(result.state());
            return result.outcome();
        });
    }

    @Override
    public SyncState syncState(UserId user) {
        return stores.syncStates().find(user).orElseGet(() -> SyncState.never(user));
    }
}
