package io.cockpit.application.port.out.privacy;

import io.cockpit.application.paging.Page;
import io.cockpit.application.paging.PageRequest;
import io.cockpit.domain.account.UserId;
import io.cockpit.domain.privacy.ProcessingRestriction;
import io.cockpit.domain.privacy.RestrictionChange;

import java.time.Instant;

/**
 * Whether a user's processing is restricted (one row per restricted user), and the append-only history of its
 * changes. There is no way here to change or remove a history entry.
 */
public interface RestrictionRepository {

    ProcessingRestriction find(UserId userId);

    /** Restricts processing from {@code since}; {@code false} if it was restricted already (then nothing changes). */
    boolean restrict(UserId userId, Instant since);

    /** Lifts the restriction; {@code false} if there was none. */
    boolean lift(UserId userId);

    void append(RestrictionChange change);

    /** The user's changes, newest first. */
    Page<RestrictionChange> changes(UserId userId, PageRequest page);
}
