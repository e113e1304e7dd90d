package io.cockpit.domain.linkedin.search;

import java.util.Objects;
import java.util.Optional;

/**
 * The conversation list's flags a search can take, on conversations and on messages (by their conversation).
 * Given any, a search returns no contacts.
 */
public record ConversationFilters(Optional<Boolean> unread, Optional<Boolean> awaitingReply,
                                  Optional<Boolean> hasAttachments) {

    public static final ConversationFilters NONE = new ConversationFilters(Optional.empty(), Optional.empty(),
            Optional.empty());

    public ConversationFilters {
        Objects.requireNonNull(unread, "unread");
        Objects.requireNonNull(awaitingReply, "awaitingReply");
        Objects.requireNonNull(hasAttachments, "hasAttachments");
    }

    public boolean any() {
        return unread.isPresent() || awaitingReply.isPresent() || hasAttachments.isPresent();
    }
}
