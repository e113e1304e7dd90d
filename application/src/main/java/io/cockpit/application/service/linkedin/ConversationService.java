package io.cockpit.application.service.linkedin;

import io.cockpit.application.paging.Cursor;
import io.cockpit.application.paging.Page;
import io.cockpit.application.paging.PageRequest;
import io.cockpit.application.port.in.linkedin.ConversationView;
import io.cockpit.application.port.in.linkedin.ConversationsUseCase;
import io.cockpit.application.port.in.linkedin.LabelChange;
import io.cockpit.application.port.in.linkedin.MessagePage;
import io.cockpit.application.port.in.linkedin.ParticipantView;
import io.cockpit.application.port.out.linkedin.ContactRepository;
import io.cockpit.application.port.out.linkedin.ConversationRepository;
import io.cockpit.application.port.out.linkedin.MessageRepository;
import io.cockpit.domain.account.UserId;
import io.cockpit.domain.linkedin.Contact;
import io.cockpit.domain.linkedin.Conversation;
import io.cockpit.domain.linkedin.ConversationQuery;
import io.cockpit.domain.linkedin.ItemKind;
import io.cockpit.domain.linkedin.LabelIds;
import io.cockpit.domain.linkedin.LinkedInErrors;
import io.cockpit.domain.linkedin.Message;
import io.cockpit.domain.linkedin.MessageDirection;
import io.cockpit.domain.linkedin.Participant;
import io.cockpit.domain.linkedin.Urn;
import io.cockpit.domain.shared.ItemId;

import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The user's conversations and messages: lists newest first, labels, deletions that a sync does not undo. */
public final class ConversationService implements ConversationsUseCase {

    private final LinkedInStores stores;
    private final ConversationRepository conversations;
    private final MessageRepository messages;
    private final ContactRepository contacts;
    private final WriteLock lock;
    private final LabelCheck labelCheck;
    private final Recount recount;
    private final ActivityRefresh activity;
    private final UrnHasher hasher;
    private final Clock clock;

    public ConversationService(LinkedInStores stores, Clock clock) {
        this.stores = stores;
        this.conversations = stores.conversations();
        this.messages = stores.messages();
        this.contacts = stores.contacts();
        this.lock = new WriteLock(stores.syncStates(), stores.transactions());
        this.labelCheck = new LabelCheck(stores.labels());
        this.recount = new Recount(conversations, messages);
        this.activity = new ActivityRefresh(conversations, contacts);
        this.hasher = new UrnHasher(stores.secret());
        this.clock = clock;
    }

    @Override
    public Page<ConversationView> list(UserId user, ConversationQuery query, Optional<ItemId> participant,
                                       PageRequest page) {
        ConversationQuery resolved = query;
        if (participant.isPresent()) {
            Optional<Contact> contact = contacts.find(user, participant.get());
            if (contact.isEmpty()) {
                return new Page<>(List.of(), Optional.empty());
            }
            resolved = new ConversationQuery(query.unread(), query.awaitingReply(), query.tag(), query.category(),
                    Optional.of(contact.get().urn()), query.since(), query.until(), query.hasAttachments());
        }
        Page<Conversation> found = conversations.list(user, resolved, page);
        return views(user, found);
    }

    @Override
    public ConversationView get(UserId user, ItemId id) {
        return views(user, new Page<>(List.of(find(user, id)), Optional.empty())).items().getFirst();
    }

    @Override
    public ConversationView changeLabels(UserId user, ItemId id, LabelChange change) {
        return lock.run(user, state -> {
            ConversationView current = get(user, id);
            LabelIds labels = labelCheck.merged(user, current.labels(), change.tags(), change.categories());
            if (!labels.equals(current.labels())) {
                conversations.setLabels(user, id, labels);
            }
            return new ConversationView(current.conversation(), labels, current.participants());
        });
    }

    @Override
    public void delete(UserId user, ItemId id) {
        lock.run(user, state -> {
            Conversation conversation = find(user, id);
            Instant now = clock.instant();
            messages.deleteConversation(user, id);
            conversations.delete(user, id);
            stores.suppressions().bury(user, ItemKind.CONVERSATION,
                    Map.of(hasher.hash(user, conversation.urn()), later(now, conversation.modifiedAt())));
            activity.refresh(user, conversation.participantUrns());
            return null;
        });
    }

    @Override
    public MessagePage messages(UserId user, ItemId conversation, MessageDirection direction, PageRequest page) {
        find(user, conversation);
        Page<Message> found = messages.page(user, conversation, direction, page);
        Optional<Cursor> previous = page.after().isEmpty() || found.items().isEmpty() ? Optional.empty()
                : Optional.of(Cursor.at(found.items().getFirst().sentAt(), found.items().getFirst().id().value()));
        return new MessagePage(found, previous);
    }

    @Override
    public void deleteMessage(UserId user, ItemId conversation, ItemId message) {
        lock.run(user, state -> {
            Conversation stored = find(user, conversation);
            Message found = messages.find(user, conversation, message).orElseThrow(LinkedInErrors::messageNotFound);
            Instant now = clock.instant();
            messages.delete(user, message);
            stores.suppressions().bury(user, ItemKind.MESSAGE,
                    Map.of(hasher.hash(user, found.urn()), later(now, found.version())));
            recount.store(user, stored, now);
            activity.refresh(user, stored.participantUrns());
            return null;
        });
    }

    private Conversation find(UserId user, ItemId id) {
        return conversations.find(user, id).orElseThrow(LinkedInErrors::conversationNotFound);
    }

    private Page<ConversationView> views(UserId user, Page<Conversation> page) {
        List<Conversation> items = page.items();
        Map<ItemId, LabelIds> labels = conversations.labelsOf(user, items.stream().map(Conversation::id).toList());
        Collection<Urn> people = items.stream().flatMap(c -> c.participants().stream()).map(Participant::urn)
                .distinct().toList();
        Map<Urn, Contact> known = people.isEmpty() ? Map.of() : contacts.findByUrns(user, people);
        return page.map(conversation -> new ConversationView(conversation,
                labels.getOrDefault(conversation.id(), LabelIds.NONE),
                conversation.participants().stream().map(p -> participant(p.urn(), known.get(p.urn()))).toList()));
    }

    private static ParticipantView participant(Urn urn, Contact contact) {
        return contact == null ? new ParticipantView(urn, Optional.empty(), Optional.empty(), Optional.empty())
                : new ParticipantView(urn, Optional.of(contact.id()), Optional.of(contact.card().firstName()),
                Optional.of(contact.card().lastName()));
    }

    private static Instant later(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }
}
