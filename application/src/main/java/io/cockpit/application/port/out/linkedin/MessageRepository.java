package io.cockpit.application.port.out.linkedin;

import io.cockpit.application.paging.Page;
import io.cockpit.application.paging.PageRequest;
import io.cockpit.application.port.out.register.PersonalDataStore;
import io.cockpit.domain.account.UserId;
import io.cockpit.domain.linkedin.ConversationStats;
import io.cockpit.domain.linkedin.Message;
import io.cockpit.domain.linkedin.MessageDirection;
import io.cockpit.domain.linkedin.Urn;
import io.cockpit.domain.shared.ItemId;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The messages of the user's conversations, always scoped by User-ID. */
public interface MessageRepository extends PersonalDataStore {

    Map<Urn, Message> findByUrns(UserId user, Collection<Urn> urns);

    Optional<Message> find(UserId user, ItemId conversation, ItemId id);

    void insert(List<Message> messages);

    /** Stores newer versions: text, edit time, version, reactions and attachments. */
    void update(List<Message> messages);

    boolean delete(UserId user, ItemId id);

    /** Deletes every message of the conversation; how many. */
    int deleteConversation(UserId user, ItemId conversation);

    /** Deletes the messages this person sent in the conversation; how many. */
    int deleteFromSender(UserId user, ItemId conversation, Urn sender);

    /** The conversation's stats computed from its stored messages (after some were erased). */
    ConversationStats statsOf(UserId user, ItemId conversation);

    /** When each sender last wrote in the conversation (the user's own messages included). */
    Map<Urn, Instant> lastSentBySender(UserId user, ItemId conversation);

    /**
     * A page of the conversation's messages from the cursor on: {@code OLDER} goes from the newest back in time,
     * {@code NEWER} from the oldest forward; ordered by sent time, then id.
     */
    Page<Message> page(UserId user, ItemId conversation, MessageDirection direction, PageRequest page);
}
