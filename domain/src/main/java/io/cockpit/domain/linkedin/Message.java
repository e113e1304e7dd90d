package io.cockpit.domain.linkedin;

import io.cockpit.domain.account.UserId;
import io.cockpit.domain.shared.ItemId;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A message in one of the user's conversations. {@code outbound}: the user sent it. Sender and time never change;
 * a newer version may change the text, reactions and attachments (metadata only).
 */
public record Message(ItemId id, UserId userId, ItemId conversationId, Urn urn, Urn sender, boolean outbound,
                      Instant sentAt, Optional<Instant> editedAt, Instant version, String text,
                      List<Reaction> reactions, List<Attachment> attachments, Instant createdAt, Instant updatedAt) {

    public Message {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(userId, "userId");
        Objects.requireNonNull(conversationId, "conversationId");
        Objects.requireNonNull(urn, "urn");
        Objects.requireNonNull(sender, "sender");
        Objects.requireNonNull(sentAt, "sentAt");
        Objects.requireNonNull(editedAt, "editedAt");
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(text, "text");
        reactions = List.copyOf(reactions);
        attachments = List.copyOf(attachments);
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(updatedAt, "updatedAt");
    }

    /** A message first seen in a sync, in conversation {@code conversationId}; {@code me}: the user's own URN. */
    public static Message synced(ItemId id, UserId userId, ItemId conversationId, MessageUpsert item, Urn me,
                                 Instant now) {
        return new Message(id, userId, conversationId, item.urn(), item.sender(), item.sender().equals(me),
                item.sentAt(), item.editedAt(), item.version(), item.text(), item.reactions(), item.attachments(),
                now, now);
    }

    public boolean hasAttachments() {
        return !attachments.isEmpty();
    }

    /** Whether a newer version would change what is kept. */
    public boolean sameContentAs(MessageUpsert item) {
        return text.equals(item.text()) && editedAt.equals(item.editedAt()) && reactions.equals(item.reactions())
                && attachments.equals(item.attachments());
    }

    /** The newer version from a sync: text, edit time, reactions, attachments; sender and time stay. */
    public Message resynced(MessageUpsert item, Instant now) {
        return new Message(id, userId, conversationId, urn, sender, outbound, sentAt, item.editedAt(), item.version(),
                item.text(), item.reactions(), item.attachments(), createdAt, now);
    }
}
