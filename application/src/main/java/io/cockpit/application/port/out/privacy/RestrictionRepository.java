package io.cockpit.application.port.out.privacy;

import io.cockpit.application.paging.Page;
import io.cockpit.application.paging.PageRequest;
import io.cockpit.application.port.out.register.ExportedItem;
import io.cockpit.application.port.out.register.PersonalDataStore;
import io.cockpit.domain.account.UserId;
import io.cockpit.domain.privacy.PrivacyPersonalData;
import io.cockpit.domain.privacy.ProcessingRestriction;
import io.cockpit.domain.privacy.RestrictionChange;

import java.time.Instant;

/**
 * Whether a user's processing is restricted (one row per restricted user), and the append-only history of its
 * changes. There is no way here to change or remove a history entry, except the erasure of all of a user's entries
 * with the account. Export: {@code entry, restricted, at, source}: first the current restriction if there is one
 * ({@code entry} {@code current}, {@code at} since when, no source), then every change ({@code entry} {@code change}),
 * oldest first.
 */
public interface RestrictionRepository extends PersonalDataStore {

    @Override
    default String category() {
        return PrivacyPersonalData.PROCESSING_RESTRICTION.id();
    }

    ProcessingRestriction find(UserId userId);

    /** The restriction in force, as the export shows it. */
    static ExportedItem exportedCurrent(Instant since) {
        return ExportedItem.builder().field("entry", "current").field("restricted", true).field("at", since)
                .field("source", null).build();
    }

    /** A change, as the export shows it. */
    static ExportedItem exported(RestrictionChange change) {
        return ExportedItem.builder().field("entry", "change").field("restricted", change.restricted())
                .field("at", change.at()).field("source", change.source()).build();
    }

    /** Restricts processing from {@code since}; {@code false} if it was restricted already (then nothing changes). */
    boolean restrict(UserId userId, Instant since);

    /** Lifts the restriction; {@code false} if there was none. */
    boolean lift(UserId userId);

    void append(RestrictionChange change);

    /** The user's changes, newest first. */
    Page<RestrictionChange> changes(UserId userId, PageRequest page);
}
