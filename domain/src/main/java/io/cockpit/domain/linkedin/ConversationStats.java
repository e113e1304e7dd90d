package io.cockpit.domain.linkedin;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * What a conversation's lists and filters need of its messages, kept current on write: how many, how many with
 * attachments, the last message's time and whether it came in (the conversation awaits the user's reply), and the
 * user's first and last message and the others' last message.
 */
public record ConversationStats(int messageCount, int attachmentCount, Optional<Instant> lastMessageAt,
                                boolean lastMessageInbound, Optional<Instant> firstOutboundAt,
                                Optional<Instant> lastOutboundAt, Optional<Instant> lastInboundAt) {

    public static final ConversationStats EMPTY = new ConversationStats(0, 0, Optional.empty(), false,
            Optional.empty(), Optional.empty(), Optional.empty());

    public ConversationStats {
        if (messageCount < 0 || attachmentCount < 0 || attachmentCount > messageCount) {
            throw new IllegalArgumentException("counts out of range");
        }
        Objects.requireNonNull(lastMessageAt, "lastMessageAt");
        Objects.requireNonNull(firstOutboundAt, "firstOutboundAt");
        Objects.requireNonNull(lastOutboundAt, "lastOutboundAt");
        Objects.requireNonNull(lastInboundAt, "lastInboundAt");
    }

    /** The stats after a new message was stored (messages may arrive in any order). */
    public ConversationStats with(Message message) {
        Instant at = message.sentAt();
        boolean becomesLast = lastMessageAt.map(at::isAfter).orElse(true);
        boolean outbound = message.outbound();
        return new ConversationStats(messageCount + 1, attachmentCount + (message.hasAttachments() ? 1 : 0),
                becomesLast ? Optional.of(at) : lastMessageAt,
                becomesLast ? !outbound : lastMessageInbound,
                outbound ? earliest(firstOutboundAt, at) : firstOutboundAt,
                outbound ? latest(lastOutboundAt, at) : lastOutboundAt,
                outbound ? lastInboundAt : latest(lastInboundAt, at));
    }

    /** The stats after a stored message gained or lost its attachments (an edit). */
    public ConversationStats withAttachmentsChanged(boolean nowHasAttachments) {
        return new ConversationStats(messageCount, attachmentCount + (nowHasAttachments ? 1 : -1), lastMessageAt,
                lastMessageInbound, firstOutboundAt, lastOutboundAt, lastInboundAt);
    }

    /** The last message is the other side's: the user has not answered yet. */
    public boolean awaitingReply() {
        return messageCount > 0 && lastMessageInbound;
    }

    private static Optional<Instant> earliest(Optional<Instant> current, Instant at) {
        return Optional.of(current.filter(c -> c.isBefore(at)).orElse(at));
    }

    private static Optional<Instant> latest(Optional<Instant> current, Instant at) {
        return Optional.of(current.filter(c -> c.isAfter(at)).orElse(at));
    }
}
