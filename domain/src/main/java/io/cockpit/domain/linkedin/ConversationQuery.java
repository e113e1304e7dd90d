package io.cockpit.domain.linkedin;

import io.cockpit.domain.shared.ItemId;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * The filters of the conversation list, combined with AND. {@code awaitingReply}: the last message is the other
 * side's. {@code since} (inclusive) and {@code until} (exclusive) bound the last message's time.
 */
public record ConversationQuery(Optional<Boolean> unread, Optional<Boolean> awaitingReply, Optional<ItemId> tag,
                                Optional<ItemId> category, Optional<Urn> participant, Optional<Instant> since,
                                Optional<Instant> until, Optional<Boolean> hasAttachments) {

    public static final ConversationQuery ALL = new ConversationQuery(Optional.empty(), Optional.empty(),
            Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());

    public ConversationQuery {
        Objects.requireNonNull(unread, "unread");
        Objects.requireNonNull(awaitingReply, "awaitingReply");
        Objects.requireNonNull(tag, "tag");
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(participant, "participant");
        Objects.requireNonNull(since, "since");
        Objects.requireNonNull(until, "until");
        Objects.requireNonNull(hasAttachments, "hasAttachments");
    }

    public boolean matchesLabels(LabelIds labels) {
        return tag.map(labels.tags()::contains).orElse(true)
                && category.map(labels.categories()::contains).orElse(true);
    }

    /** The filters on the conversation's own fields, as the stores apply them. */
    public boolean matches(Conversation conversation) {
        ConversationStats stats = conversation.stats();
        return unread.map(u -> u == conversation.unread()).orElse(true)
                && awaitingReply.map(a -> a == stats.awaitingReply()).orElse(true)
                && participant.map(conversation::hasParticipant).orElse(true)
                && since.map(s -> stats.lastMessageAt().filter(at -> !at.isBefore(s)).isPresent()).orElse(true)
                && until.map(u -> stats.lastMessageAt().filter(at -> at.isBefore(u)).isPresent()).orElse(true)
                && hasAttachments.map(h -> h == (stats.attachmentCount() > 0)).orElse(true);
    }
}
