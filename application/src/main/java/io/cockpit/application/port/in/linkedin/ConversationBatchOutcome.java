package io.cockpit.application.port.in.linkedin;

import io.cockpit.domain.linkedin.ItemOutcome;

import java.util.List;

/** Per item of a {@link ConversationBatch}, list by list in the order sent: what became of it. */
public record ConversationBatchOutcome(List<ItemOutcome> conversations, List<ItemOutcome> messages,
                                       List<ItemOutcome> deletedConversations, List<ItemOutcome> deletedMessages) {

    public ConversationBatchOutcome {
        conversations = List.copyOf(conversations);
        messages = List.copyOf(messages);
        deletedConversations = List.copyOf(deletedConversations);
        deletedMessages = List.copyOf(deletedMessages);
    }
}
