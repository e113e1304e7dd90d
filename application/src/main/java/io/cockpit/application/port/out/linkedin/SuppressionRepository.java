package io.cockpit.application.port.out.linkedin;

import io.cockpit.application.paging.Page;
import io.cockpit.application.paging.PageRequest;
import io.cockpit.application.port.out.register.PersonalDataStore;
import io.cockpit.domain.account.UserId;
import io.cockpit.domain.linkedin.ItemKind;
import io.cockpit.domain.linkedin.Suppression;
import io.cockpit.domain.shared.ItemId;

import java.time.Instant;
import java.util.Collection;
import java.util.Map;
import java.util.Set;

/**
 * What keeps deleted LinkedIn data deleted, by keyed hashes of URNs only: the suppression list (contacts the user
 * deleted; a sync that brings them again is refused) and tombstones (items deleted at a version; an older version
 * arriving later is ignored).
 */
public interface SuppressionRepository extends PersonalDataStore {

    /** Adds the suppression unless the user has one for this hash already. */
    void suppress(Suppression suppression);

    /** Which of these hashes the user suppressed. */
    Set<String> suppressedAmong(UserId user, Collection<String> urnHashes);

    /** The user's suppressions, newest first. */
    Page<Suppression> list(UserId user, PageRequest page);

    /** Lifts a suppression; whether there was one. */
    boolean lift(UserId user, ItemId id);

    /** The tombstones of these hashes of one kind: the version each item was deleted at. */
    Map<String, Instant> tombstones(UserId user, ItemKind kind, Collection<String> urnHashes);

    /** Records deletions; a hash with a tombstone keeps the later of the two versions. */
    void bury(UserId user, ItemKind kind, Map<String, Instant> versionsByHash);
}
