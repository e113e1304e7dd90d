package io.cockpit.application.service.linkedin;

import io.cockpit.application.port.in.linkedin.ContactBatch;
import io.cockpit.application.port.in.linkedin.ContactBatchOutcome;
import io.cockpit.application.port.in.linkedin.ConversationBatch;
import io.cockpit.application.port.in.linkedin.ConversationBatchOutcome;
import io.cockpit.application.security.ServerSecret;
import io.cockpit.application.service.label.LabelService;
import io.cockpit.application.testing.LinkedInMother;
import io.cockpit.application.testing.fakes.FakeStores;
import io.cockpit.domain.account.UserId;
import io.cockpit.domain.linkedin.ContactUpsert;
import io.cockpit.domain.linkedin.ConversationUpsert;
import io.cockpit.domain.linkedin.Deletion;
import io.cockpit.domain.linkedin.Incoming;
import io.cockpit.domain.linkedin.ItemOutcome;
import io.cockpit.domain.linkedin.MessageUpsert;
import io.cockpit.domain.linkedin.ProfileCard;
import io.cockpit.domain.linkedin.ProfileUpsert;
import io.cockpit.domain.linkedin.Urn;

import java.security.SecureRandom;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The LinkedIn services on the in-memory fakes, and short ways to build what a client sends. */
final class LinkedInFixture {

    final FakeStores stores = new FakeStores();
    final LinkedInStores linkedIn;
    final LinkedInSyncService sync;
    final ContactService contacts;
    final ConversationService conversations;
    final LabelService labels;
    final UserId user = LinkedInMother.aUser();
    final Urn me = LinkedInMother.profileUrn();

    LinkedInFixture() {
        byte[] secret = new byte[32];
        new SecureRandom().nextBytes(secret);
        linkedIn = new LinkedInStores(stores.syncStates, stores.profiles, stores.contacts, stores.conversations,
                stores.messages, stores.suppressions, stores.labels, stores.transactions, new ServerSecret(secret));
        sync = new LinkedInSyncService(linkedIn, stores.clock);
        contacts = new ContactService(linkedIn, stores.recommendationFeedback, stores.clock);
        conversations = new ConversationService(linkedIn, stores.clock);
        labels = new LabelService(stores.labels, stores.transactions, stores.clock,
                new LabelAssignmentService(stores.contacts, stores.conversations));
    }

    Instant now() {
        return stores.clock.instant();
    }

    /** The user's own profile, synced. */
    LinkedInFixture withProfile() {
        sync.syncProfile(user, new ProfileUpsert(me, LinkedInMother.card("Sam", "Seller"), now().minusSeconds(3600)));
        return this;
    }

    static ContactUpsert contact(Urn urn, ProfileCard card, Instant modifiedAt) {
        return new ContactUpsert(urn, card, Optional.of(modifiedAt.minusSeconds(86_400)), modifiedAt);
    }

    static ConversationUpsert conversation(Urn urn, Instant modifiedAt, Urn... participants) {
        return new ConversationUpsert(urn, Optional.of("Chat"), false, List.of(participants), modifiedAt);
    }

    static MessageUpsert message(Urn urn, Urn conversation, Urn sender, Instant sentAt, String text) {
        return new MessageUpsert(urn, conversation, sender, sentAt, Optional.empty(), Optional.empty(), text,
                List.of(), List.of());
    }

    ContactBatchOutcome contacts(List<ContactUpsert> upserts, List<Deletion> deletions) {
        return sync.syncContacts(user, new ContactBatch(upserts.stream().map(Incoming::valid).toList(),
                deletions.stream().map(Incoming::valid).toList()));
    }

    ConversationBatchOutcome chats(List<ConversationUpsert> conversations, List<MessageUpsert> messages) {
        return chats(conversations, messages, List.of(), List.of());
    }

    ConversationBatchOutcome chats(List<ConversationUpsert> conversations, List<MessageUpsert> messages,
                                   List<Deletion> deletedConversations, List<Deletion> deletedMessages) {
        return sync.syncConversations(user, new ConversationBatch(
                conversations.stream().map(Incoming::valid).toList(), messages.stream().map(Incoming::valid).toList(),
                deletedConversations.stream().map(Incoming::valid).toList(),
                deletedMessages.stream().map(Incoming::valid).toList()));
    }

    static List<ItemOutcome.Result> results(List<ItemOutcome> outcomes) {
        return outcomes.stream().map(ItemOutcome::result).toList();
    }

    static List<String> codes(List<ItemOutcome> outcomes) {
        return outcomes.stream().map(o -> o.rejection().map(r -> r.code().wire()).orElse("-")).toList();
    }
}
