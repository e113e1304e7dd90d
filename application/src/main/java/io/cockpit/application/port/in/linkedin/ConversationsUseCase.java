package io.cockpit.application.port.in.linkedin;

import io.cockpit.application.paging.PageRequest;
import io.cockpit.application.paging.Page;
import io.cockpit.domain.account.UserId;
import io.cockpit.domain.linkedin.ConversationQuery;
import io.cockpit.domain.linkedin.MessageDirection;
import io.cockpit.domain.shared.ItemId;

import java.util.Optional;

/** The user's conversations and their messages. Another user's is {@code conversation.not_found}. */
public interface ConversationsUseCase {

    /** @param participant a contact's id: only conversations they take part in (none if there is no such contact) */
    Page<ConversationView> list(UserId user, ConversationQuery query, Optional<ItemId> participant, PageRequest page);

    ConversationView get(UserId user, ItemId id);

    /** @throws io.cockpit.domain.shared.DomainException {@code label.unknown} */
    ConversationView changeLabels(UserId user, ItemId id, LabelChange change);

    /** Deletes the conversation with its messages; a sync of an older version does not bring it back. */
    void delete(UserId user, ItemId id);

    MessagePage messages(UserId user, ItemId conversation, MessageDirection direction, PageRequest page);

    /** Deletes one message; a sync of an older version does not bring it back. */
    void deleteMessage(UserId user, ItemId conversation, ItemId message);
}
