package io.cockpit.application.port.in.linkedin;

import io.cockpit.domain.account.UserId;
import io.cockpit.domain.linkedin.OwnProfile;
import io.cockpit.domain.linkedin.ProfileUpsert;
import io.cockpit.domain.linkedin.SyncState;

/**
 * The Cockpit client pushes what it read on LinkedIn: the user's own profile, contacts, conversations with their
 * messages, and deletion markers. Upserts are safe in any order (an older version never overwrites a newer one) and
 * per item (one bad item never loses the batch); one user's batches are stored one after the other.
 */
public interface LinkedInSyncUseCase {

    /**
     * @throws io.cockpit.domain.shared.DomainException {@code linkedin.profile_mismatch} for another account's
     *                                                  profile, {@code linkedin.time_in_future}
     */
    ProfileSynced syncProfile(UserId user, ProfileUpsert profile);

    /** @throws io.cockpit.domain.shared.DomainException {@code linkedin.profile_not_found} */
    OwnProfile profile(UserId user);

    ContactBatchOutcome syncContacts(UserId user, ContactBatch batch);

    /** @throws io.cockpit.domain.shared.DomainException {@code linkedin.profile_missing} before the profile is synced */
    ConversationBatchOutcome syncConversations(UserId user, ConversationBatch batch);

    SyncState syncState(UserId user);
}
