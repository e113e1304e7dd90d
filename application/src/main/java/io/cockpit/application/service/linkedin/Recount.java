package io.cockpit.application.service.linkedin;

import io.cockpit.application.port.out.linkedin.ConversationRepository;
import io.cockpit.application.port.out.linkedin.MessageRepository;
import io.cockpit.domain.account.UserId;
import io.cockpit.domain.linkedin.Conversation;
import io.cockpit.domain.linkedin.Participant;
import io.cockpit.domain.linkedin.Urn;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * After messages were erased, a conversation's stats and its participants' last messages are counted again from the
 * messages left: erasing is rare, so this aggregate runs on write, never on read.
 */
final class Recount {

    private final ConversationRepository conversations;
    private final MessageRepository messages;

    Recount(ConversationRepository conversations, MessageRepository messages) {
        this.conversations = conversations;
        this.messages = messages;
    }

    /** Stores the conversation counted again, keeping only {@code participants} (of those it had). */
    Conversation store(UserId user, Conversation conversation, List<Urn> participants, Instant now) {
        Map<Urn, Instant> lastSent = messages.lastSentBySender(user, conversation.id());
        List<Participant> kept = participants.stream()
                .map(urn -> new Participant(urn, Optional.ofNullable(lastSent.get(urn)))).toList();
        Conversation counted = conversation.with(messages.statsOf(user, conversation.id()), kept, now);
        conversations.update(List.of(counted));
        return counted;
    }

    Conversation store(UserId user, Conversation conversation, Instant now) {
        return store(user, conversation, conversation.participants().stream().map(Participant::urn).toList(), now);
    }
}
