package io.cockpit.application.service.linkedin;

import io.cockpit.application.service.shared.VersionedChange;
import io.cockpit.application.paging.Page;
import io.cockpit.application.paging.PageRequest;
import io.cockpit.application.port.in.linkedin.ContactChange;
import io.cockpit.application.port.in.linkedin.ContactTemplateValuesQuery;
import io.cockpit.application.port.in.linkedin.ContactView;
import io.cockpit.application.port.in.linkedin.ContactsUseCase;
import io.cockpit.application.port.in.linkedin.SuppressionsUseCase;
import io.cockpit.application.port.out.linkedin.ContactRepository;
import io.cockpit.application.port.out.linkedin.ConversationRepository;
import io.cockpit.application.port.out.linkedin.MessageRepository;
import io.cockpit.application.port.out.linkedin.SuppressionRepository;
import io.cockpit.application.port.out.recommendation.RecommendationFeedback;
import io.cockpit.domain.account.UserId;
import io.cockpit.domain.linkedin.Contact;
import io.cockpit.domain.linkedin.ContactQuery;
import io.cockpit.domain.linkedin.Conversation;
import io.cockpit.domain.linkedin.LabelIds;
import io.cockpit.domain.linkedin.LinkedInErrors;
import io.cockpit.domain.linkedin.OwnProfile;
import io.cockpit.domain.linkedin.Participant;
import io.cockpit.domain.linkedin.ProfileUrl;
import io.cockpit.domain.linkedin.Suppression;
import io.cockpit.domain.linkedin.TemplateValues;
import io.cockpit.domain.linkedin.Urn;
import io.cockpit.domain.shared.ItemId;
import io.cockpit.domain.shared.VersionCheck;
import io.cockpit.domain.template.TemplateVariable;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** The user's contacts: lists and lookup (no aggregation on read), the user's changes, forgetting, suppressions. */
public final class ContactService implements ContactsUseCase, SuppressionsUseCase, ContactTemplateValuesQuery {

    private final LinkedInStores stores;
    private final ContactRepository contacts;
    private final WriteLock lock;
    private final LabelCheck labelCheck;
    private final Recount recount;
    private final UrnHasher hasher;
    private final RecommendationFeedback feedback;
    private final Clock clock;

    /** @param feedback the snoozes and dismissals, dropped with a contact the user forgets */
    public ContactService(LinkedInStores stores, RecommendationFeedback feedback, Clock clock) {
        this.stores = stores;
        this.feedback = feedback;
        this.contacts = stores.contacts();
        this.lock = new WriteLock(stores.syncStates(), stores.transactions());
        this.labelCheck = new LabelCheck(stores.labels());
        this.recount = new Recount(stores.conversations(), stores.messages());
        this.hasher = new UrnHasher(stores.secret());
        this.clock = clock;
    }

    @Override
    public Page<ContactView> list(UserId user, ContactQuery query, PageRequest page) {
        Page<Contact> found = contacts.list(user, query, page);
        Map<ItemId, LabelIds> labels = contacts.labelsOf(user, found.items().stream().map(Contact::id).toList());
        return found.map(contact -> new ContactView(contact, labels.getOrDefault(contact.id(), LabelIds.NONE)));
    }

    @Override
    public ContactView get(UserId user, ItemId id) {
        return view(user, contacts.find(user, id).orElseThrow(LinkedInErrors::contactNotFound));
    }

    @Override
    public ContactView lookup(UserId user, ProfileUrl profileUrl) {
        return contacts.findByProfilePath(user, profileUrl.path())
                .map(found -> new ContactView(found.contact(), found.labels()))
                .orElseThrow(LinkedInErrors::contactNotFound);
    }

    @Override
    public ContactView change(UserId user, ItemId id, ContactChange change, VersionCheck expected) {
        return VersionedChange.run(expected, () -> lock.run(user, state -> {
            ContactView current = get(user, id);
            Contact contact = current.contact();
            expected.require(contact.userVersion());
            LabelIds labels = labelCheck.merged(user, current.labels(), change.tags(), change.categories());
            Contact stored = contacts.updateByUser(contact.revisedByUser(change.note().orElse(contact.note()),
                    change.doNotContact().orElse(contact.doNotContact()), clock.instant()));
            if (!labels.equals(current.labels())) {
                contacts.setLabels(user, id, labels);
            }
            return new ContactView(stored, labels);
        }));
    }

    @Override
    public void forget(UserId user, ItemId id) {
        lock.run(user, state -> {
            Contact contact = contacts.find(user, id).orElseThrow(LinkedInErrors::contactNotFound);
            Instant now = clock.instant();
            Urn urn = contact.urn();
            MessageRepository messages = stores.messages();
            ConversationRepository conversations = stores.conversations();
            for (ItemId conversationId : conversations.withParticipant(user, urn)) {
                Optional<Conversation> found = conversations.find(user, conversationId);
                if (found.isEmpty()) {
                    continue;
                }
                Conversation conversation = found.get();
                if (conversation.participantUrns().equals(Set.of(urn))) {
                    messages.deleteConversation(user, conversationId);
                    conversations.delete(user, conversationId);
                } else {
                    messages.deleteFromSender(user, conversationId, urn);
                    recount.store(user, conversation, conversation.participants().stream().map(Participant::urn)
                            .filter(other -> !other.equals(urn)).toList(), now);
                }
            }
            contacts.delete(user, id);
            feedback.forgetContact(user, id);
            stores.suppressions().suppress(new Suppression(ItemId.random(), user, hasher.hash(user, urn),
                    contact.card().profileUrl().map(ProfileUrl::masked), now));
            return null;
        });
    }

    @Override
    public Page<Suppression> list(UserId user, PageRequest page) {
        return stores.suppressions().list(user, page);
    }

    @Override
    public void lift(UserId user, ItemId id) {
        lock.run(user, state -> {
            if (!stores.suppressions().lift(user, id)) {
                throw LinkedInErrors.suppressionNotFound();
            }
            return null;
        });
    }

    @Override
    public Map<TemplateVariable, String> valuesFor(UserId user, ItemId contact) {
        Contact found = contacts.find(user, contact).orElseThrow(LinkedInErrors::contactNotFound);
        return TemplateValues.of(found.card(), stores.profiles().find(user).map(OwnProfile::card));
    }

    private ContactView view(UserId user, Contact contact) {
        return new ContactView(contact, contacts.labelsOf(user, List.of(contact.id()))
                .getOrDefault(contact.id(), LabelIds.NONE));
    }
}
