package io.cockpit.application.port.out.linkedin;

import io.cockpit.application.paging.Page;
import io.cockpit.application.paging.PageRequest;
import io.cockpit.application.port.out.register.PersonalDataStore;
import io.cockpit.domain.account.UserId;
import io.cockpit.domain.linkedin.ContactActivity;
import io.cockpit.domain.linkedin.Conversation;
import io.cockpit.domain.linkedin.ConversationQuery;
import io.cockpit.domain.linkedin.LabelIds;
import io.cockpit.domain.linkedin.Urn;
import io.cockpit.domain.shared.ItemId;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The user's conversations with their participants, stats, tags and categories, always scoped by User-ID. */
public interface ConversationRepository extends PersonalDataStore {

    Map<Urn, Conversation> findByUrns(UserId user, Collection<Urn> urns);

    Optional<Conversation> find(UserId user, ItemId id);

    /** Inserts conversations with their participants. */
    void insert(List<Conversation> conversations);

    /** Stores everything of these conversations: title, unread, version, stats and participants. */
    void update(List<Conversation> conversations);

    /** Deletes the conversation, its participants and labels (not its messages); whether there was one. */
    boolean delete(UserId user, ItemId id);

    /** The ids of the user's conversations this person takes part in. */
    List<ItemId> withParticipant(UserId user, Urn participant);

    /**
     * Who wrote to whom, per person, from the conversations' stats: the user's first and last message in any
     * conversation the person is part of, and the person's last message. People in no conversation are missing.
     */
    Map<Urn, ContactActivity> activityOf(UserId user, Collection<Urn> people);

    /** The user's conversations that match, newest last message first (none: last), a page at a time. */
    Page<Conversation> list(UserId user, ConversationQuery query, PageRequest page);

    Map<ItemId, LabelIds> labelsOf(UserId user, Collection<ItemId> conversations);

    void setLabels(UserId user, ItemId conversation, LabelIds labels);

    void removeLabel(UserId user, ItemId label);
}
