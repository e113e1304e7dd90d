package io.cockpit.application.port.in.linkedin;

import io.cockpit.domain.linkedin.ConversationUpsert;
import io.cockpit.domain.linkedin.Deletion;
import io.cockpit.domain.linkedin.Incoming;
import io.cockpit.domain.linkedin.MessageUpsert;

import java.util.List;

/**
 * A batch of conversations and messages from the client. Conversations are stored first, so a message may belong to
 * a conversation of the same batch or to one stored before.
 */
public record ConversationBatch(List<Incoming<ConversationUpsert>> conversations,
                                List<Incoming<MessageUpsert>> messages,
                                List<Incoming<Deletion>> deletedConversations,
                                List<Incoming<Deletion>> deletedMessages) {

    public ConversationBatch {
        conversations = List.copyOf(conversations);
        messages = List.copyOf(messages);
        deletedConversations = List.copyOf(deletedConversations);
        deletedMessages = List.copyOf(deletedMessages);
    }

    public int size() {
        return conversations.size() + messages.size() + deletedConversations.size() + deletedMessages.size();
    }
}
