package io.cockpit.domain.linkedin;

import io.cockpit.domain.account.UserId;
import io.cockpit.domain.shared.ItemId;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A contact of the user: the profile as LinkedIn showed it (version {@code modifiedAt}, the client's), the activity
 * derived from the messages, and what the user keeps on it (a note, "do not contact"; tags and categories are
 * {@link LabelIds} beside it). {@code userVersion} counts the user's own changes.
 */
public record Contact(ItemId id, UserId userId, Urn urn, ProfileCard card, Optional<Instant> connectedAt,
                      Instant modifiedAt, ContactActivity activity, Optional<ContactNote> note, boolean doNotContact,
                      long userVersion, Instant createdAt, Instant updatedAt) {

    public Contact {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(userId, "userId");
        Objects.requireNonNull(urn, "urn");
        Objects.requireNonNull(card, "card");
        Objects.requireNonNull(connectedAt, "connectedAt");
        Objects.requireNonNull(modifiedAt, "modifiedAt");
        Objects.requireNonNull(activity, "activity");
        Objects.requireNonNull(note, "note");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(updatedAt, "updatedAt");
    }

    /** A contact first seen in a sync. */
    public static Contact synced(ItemId id, UserId userId, ContactUpsert item, ContactActivity activity, Instant now) {
        return new Contact(id, userId, item.urn(), item.card(), item.connectedAt(), item.modifiedAt(), activity,
                Optional.empty(), false, 1, now, now);
    }

    /** Whether a newer version of the profile would change what is kept. */
    public boolean sameProfileAs(ContactUpsert item) {
        return card.equals(item.card()) && connectedAt.equals(item.connectedAt());
    }

    /** The newer version of the profile from a sync; the user's own fields stay. */
    public Contact resynced(ContactUpsert item, Instant now) {
        return new Contact(id, userId, urn, item.card(), item.connectedAt(), item.modifiedAt(), activity, note,
                doNotContact, userVersion, createdAt, now);
    }

    public Contact withActivity(ContactActivity newActivity) {
        return new Contact(id, userId, urn, card, connectedAt, modifiedAt, newActivity, note, doNotContact,
                userVersion, createdAt, updatedAt);
    }

    /** The user's own change (note, "do not contact"); the version counts on when stored. */
    public Contact revisedByUser(Optional<ContactNote> newNote, boolean newDoNotContact, Instant now) {
        return new Contact(id, userId, urn, card, connectedAt, modifiedAt, activity, newNote, newDoNotContact,
                userVersion, createdAt, now);
    }
}
