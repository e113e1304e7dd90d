package io.cockpit.domain.linkedin.search;

import io.cockpit.domain.shared.ItemId;

import java.util.Objects;
import java.util.Optional;

/**
 * The conversation list's filters a search can take, on conversations and on messages (by their conversation):
 * the flags, and {@code participant}, a contact's id (the conversations that contact takes part in; none if the user
 * has no such contact). Given any, a search returns no contacts.
 */
public record ConversationFilters(Optional<Boolean> unread, Optional<Boolean> awaitingReply,
                                  Optional<Boolean> hasAttachments, Optional<ItemId> participant) {

    public static final ConversationFilters NONE = new ConversationFilters(Optional.empty(), Optional.empty(),
            Optional.empty());

    public ConversationFilters {
        Objects.requireNonNull(unread, "unread");
        Objects.requireNonNull(awaitingReply, "awaitingReply");
        Objects.requireNonNull(hasAttachments, "hasAttachments");
        Objects.requireNonNull(participant, "participant");
    }

    /** Without a participant. */
    public ConversationFilters(Optional<Boolean> unread, Optional<Boolean> awaitingReply,
                               Optional<Boolean> hasAttachments) {
        this(unread, awaitingReply, hasAttachments, Optional.empty());
    }

    public boolean any() {
        return unread.isPresent() || awaitingReply.isPresent() || hasAttachments.isPresent()
                || participant.isPresent();
    }
}
