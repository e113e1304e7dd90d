package io.cockpit.application.service.linkedin;

import io.cockpit.application.paging.PageRequest;
import io.cockpit.application.port.in.linkedin.ContactView;
import io.cockpit.application.port.in.linkedin.ConversationBatch;
import io.cockpit.application.port.in.linkedin.ConversationBatchOutcome;
import io.cockpit.application.port.in.linkedin.ConversationView;
import io.cockpit.application.testing.LinkedInMother;
import io.cockpit.application.testing.Race;
import io.cockpit.domain.linkedin.Attachment;
import io.cockpit.domain.linkedin.ContactActivity;
import io.cockpit.domain.linkedin.ConversationQuery;
import io.cockpit.domain.linkedin.Deletion;
import io.cockpit.domain.linkedin.Incoming;
import io.cockpit.domain.linkedin.ItemOutcome.Result;
import io.cockpit.domain.linkedin.Message;
import io.cockpit.domain.linkedin.MessageDirection;
import io.cockpit.domain.linkedin.MessageUpsert;
import io.cockpit.domain.linkedin.Reaction;
import io.cockpit.domain.linkedin.SyncKind;
import io.cockpit.domain.linkedin.Urn;
import io.cockpit.domain.shared.DomainException;
import io.cockpit.domain.shared.ItemId;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static io.cockpit.application.service.linkedin.LinkedInFixture.codes;
import static io.cockpit.application.service.linkedin.LinkedInFixture.contact;
import static io.cockpit.application.service.linkedin.LinkedInFixture.conversation;
import static io.cockpit.application.service.linkedin.LinkedInFixture.message;
import static io.cockpit.application.service.linkedin.LinkedInFixture.results;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The sync of conversations and messages, and what it keeps current: stats, awaiting reply, contacts' activity. */
class ConversationSyncTest {

    private final LinkedInFixture f = new LinkedInFixture().withProfile();
    private final Instant t = f.now().minusSeconds(3000);
    private final Urn jana = LinkedInMother.profileUrn();
    private final Urn max = LinkedInMother.profileUrn();
    private final Urn chat = LinkedInMother.conversationUrn();

    private ConversationView view(Urn conversation) {
        return f.conversations.get(f.user, f.stores.conversations.findByUrns(f.user, List.of(conversation))
                .get(conversation).id());
    }

    private ContactActivity activity(Urn person) {
        return f.stores.contacts.findByUrns(f.user, List.of(person)).get(person).activity();
    }

    @Test
    void conversationsNeedTheUsersOwnProfileFirst() {
        LinkedInFixture fresh = new LinkedInFixture();

        assertThatThrownBy(() -> fresh.chats(List.of(conversation(chat, t, jana)), List.of()))
                .isInstanceOfSatisfying(DomainException.class,
                        refused -> assertThat(refused.code()).isEqualTo("linkedin.profile_missing"));
    }

    @Test
    void aConversationAndItsMessagesArriveInOneBatchAndKeepTheirStatsCurrent() {
        Urn m1 = LinkedInMother.messageUrn();
        Urn m2 = LinkedInMother.messageUrn();
        Urn m3 = LinkedInMother.messageUrn();
        MessageUpsert withFile = new MessageUpsert(m3, chat, jana, t.plusSeconds(20), Optional.empty(),
                Optional.empty(), "Hier das Angebot", List.of(new Reaction(f.me, "👍")),
                List.of(new Attachment("Angebot.pdf", "application/pdf", 1000)));

        ConversationBatchOutcome outcome = f.chats(List.of(conversation(chat, t, f.me, jana)), List.of(
                message(m2, chat, jana, t.plusSeconds(10), "Hallo zurück"),
                message(m1, chat, f.me, t, "Hallo Jana"), withFile));

        assertThat(results(outcome.conversations())).containsExactly(Result.CREATED);
        assertThat(results(outcome.messages())).containsExactly(Result.CREATED, Result.CREATED, Result.CREATED);
        ConversationView stored = view(chat);
        assertThat(stored.conversation().participantUrns()).containsExactly(jana);
        assertThat(stored.conversation().stats().messageCount()).isEqualTo(3);
        assertThat(stored.conversation().stats().attachmentCount()).isEqualTo(1);
        assertThat(stored.conversation().stats().lastMessageAt()).contains(t.plusSeconds(20));
        assertThat(stored.conversation().stats().awaitingReply()).isTrue();
        assertThat(f.sync.syncState(f.user).of(SyncKind.MESSAGES).lastItemAt()).contains(t.plusSeconds(20));
        assertThat(f.sync.syncState(f.user).of(SyncKind.CONVERSATIONS).lastItemAt()).contains(t);
    }

    @Test
    void contactsKnowWhoWroteWhatWhetherTheyCameBeforeOrAfterTheMessages() {
        Urn early = LinkedInMother.profileUrn();
        Urn group = LinkedInMother.conversationUrn();
        f.contacts(List.of(contact(jana, LinkedInMother.card("Jana", "Schmidt"), t)), List.of());

        f.chats(List.of(conversation(chat, t, jana), conversation(group, t, jana, early)), List.of(
                message(LinkedInMother.messageUrn(), chat, f.me, t.plusSeconds(5), "Hallo"),
                message(LinkedInMother.messageUrn(), chat, jana, t.plusSeconds(50), "Danke!"),
                message(LinkedInMother.messageUrn(), group, f.me, t.plusSeconds(90), "Hallo zusammen"),
                message(LinkedInMother.messageUrn(), group, early, t.plusSeconds(70), "Hi")));
        f.contacts(List.of(contact(early, LinkedInMother.card("Early", "Bird"), t)), List.of());

        assertThat(activity(jana)).isEqualTo(new ContactActivity(Optional.of(t.plusSeconds(5)),
                Optional.of(t.plusSeconds(90)), Optional.of(t.plusSeconds(50))));
        assertThat(activity(jana).replied()).isTrue();
        assertThat(activity(early)).isEqualTo(new ContactActivity(Optional.of(t.plusSeconds(90)),
                Optional.of(t.plusSeconds(90)), Optional.of(t.plusSeconds(70))));
        assertThat(activity(early).replied()).as("wrote before the user wrote to them").isFalse();
        assertThat(view(group).conversation().stats().awaitingReply()).isFalse();
    }

    @Test
    void badMessagesAreRejectedOneByOneAndTheRestIsStored() {
        Urn stranger = LinkedInMother.profileUrn();
        Urn good = LinkedInMother.messageUrn();
        Urn dup = LinkedInMother.messageUrn();

        ConversationBatchOutcome outcome = f.chats(List.of(conversation(chat, t, jana),
                        conversation(LinkedInMother.conversationUrn(), t, f.me)),
                List.of(message(good, chat, jana, t, "ok"),
                        message(LinkedInMother.messageUrn(), LinkedInMother.conversationUrn(), jana, t, "where?"),
                        message(LinkedInMother.messageUrn(), chat, stranger, t, "who?"),
                        message(LinkedInMother.messageUrn(), chat, jana, f.now().plus(Duration.ofDays(2)), "later"),
                        message(dup, chat, jana, t, "once"),
                        message(dup, chat, jana, t, "twice")));

        assertThat(codes(outcome.conversations())).containsExactly("-", "linkedin.item_invalid");
        assertThat(codes(outcome.messages())).containsExactly("-", "linkedin.conversation_unknown",
                "linkedin.sender_not_participant", "linkedin.time_in_future", "-", "linkedin.duplicate_item");
        assertThat(view(chat).conversation().stats().messageCount()).isEqualTo(2);
    }

    @Test
    void aMessageEditedLaterWinsAndAnOlderVersionIsIgnored() {
        Urn hello = LinkedInMother.messageUrn();
        f.chats(List.of(conversation(chat, t, jana)), List.of(message(hello, chat, f.me, t, "Helo")));
        MessageUpsert edited = new MessageUpsert(hello, chat, f.me, t, Optional.of(t.plusSeconds(60)),
                Optional.empty(), "Hello", List.of(), List.of());

        ConversationBatchOutcome edit = f.chats(List.of(), List.of(edited));
        ConversationBatchOutcome stale = f.chats(List.of(), List.of(message(hello, chat, f.me, t, "Helo")));

        assertThat(results(edit.messages())).containsExactly(Result.UPDATED);
        assertThat(results(stale.messages())).containsExactly(Result.UNCHANGED);
        Message stored = f.stores.messages.findByUrns(f.user, List.of(hello)).get(hello);
        assertThat(stored.text()).isEqualTo("Hello");
        assertThat(stored.editedAt()).contains(t.plusSeconds(60));
    }

    @Test
    void deletionMarkersEraseMessagesAndConversationsForGood() {
        Urn first = LinkedInMother.messageUrn();
        Urn second = LinkedInMother.messageUrn();
        f.contacts(List.of(contact(jana, LinkedInMother.card("Jana", "Schmidt"), t)), List.of());
        f.chats(List.of(conversation(chat, t, jana)), List.of(message(first, chat, f.me, t, "eins"),
                message(second, chat, jana, t.plusSeconds(10), "zwei")));

        ConversationBatchOutcome deleted = f.chats(List.of(), List.of(), List.of(),
                List.of(new Deletion(second, t.plusSeconds(20))));
        ConversationBatchOutcome resent = f.chats(List.of(), List.of(message(second, chat, jana, t.plusSeconds(10),
                "zwei")));

        assertThat(results(deleted.deletedMessages())).containsExactly(Result.UPDATED);
        assertThat(results(resent.messages())).containsExactly(Result.UNCHANGED);
        assertThat(view(chat).conversation().stats().messageCount()).isEqualTo(1);
        assertThat(view(chat).conversation().stats().awaitingReply()).isFalse();
        assertThat(activity(jana).lastInboundAt()).isEmpty();

        ConversationBatchOutcome gone = f.chats(List.of(), List.of(), List.of(new Deletion(chat, t.plusSeconds(30))),
                List.of());
        ConversationBatchOutcome oldHistory = f.chats(List.of(conversation(chat, t.plusSeconds(25), jana)),
                List.of(message(first, chat, f.me, t, "eins")));

        assertThat(results(gone.deletedConversations())).containsExactly(Result.UPDATED);
        assertThat(results(oldHistory.conversations())).containsExactly(Result.UNCHANGED);
        assertThat(results(oldHistory.messages())).containsExactly(Result.UNCHANGED);
        assertThat(f.stores.conversations.findByUrns(f.user, List.of(chat))).isEmpty();
        assertThat(f.stores.messages.findByUrns(f.user, List.of(first, second))).isEmpty();
        assertThat(activity(jana)).isEqualTo(ContactActivity.NONE);
    }

    @Test
    void anotherUsersItemsAreNeverTouched() {
        Urn hello = LinkedInMother.messageUrn();
        f.chats(List.of(conversation(chat, t, jana)), List.of(message(hello, chat, f.me, t, "Hallo")));
        LinkedInFixture other = new LinkedInFixture();
        ConversationView mine = view(chat);

        assertThatThrownBy(() -> f.conversations.get(LinkedInMother.aUser(), mine.conversation().id()))
                .isInstanceOfSatisfying(DomainException.class,
                        refused -> assertThat(refused.code()).isEqualTo("conversation.not_found"));
        assertThat(other.stores.conversations.findByUrns(other.user, List.of(chat))).isEmpty();
        assertThat(f.conversations.messages(f.user, mine.conversation().id(), MessageDirection.OLDER,
                PageRequest.first(10)).page().items()).hasSize(1);
    }

    @Test
    void parallelBatchesOfTheSameMessagesNeitherLoseNorDuplicateAnything() throws Exception {
        f.chats(List.of(conversation(chat, t, jana)), List.of());
        List<MessageUpsert> messages = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            messages.add(message(LinkedInMother.messageUrn(), chat, i % 2 == 0 ? f.me : jana, t.plusSeconds(i),
                    "Nachricht " + i));
        }

        List<Race.Outcome<ConversationBatchOutcome>> outcomes = Race.run(6, () -> f.sync.syncConversations(f.user,
                new ConversationBatch(List.of(), messages.stream().map(Incoming::valid).toList(), List.of(),
                        List.of())));

        assertThat(outcomes).allMatch(Race.Outcome::succeeded);
        assertThat(outcomes.stream().flatMap(o -> o.value().messages().stream())
                .filter(o -> o.result() == Result.CREATED)).hasSize(40);
        ConversationView stored = view(chat);
        assertThat(stored.conversation().stats().messageCount()).isEqualTo(40);
        assertThat(f.conversations.messages(f.user, stored.conversation().id(), MessageDirection.NEWER,
                PageRequest.first(100)).page().items()).hasSize(40);
        assertThat(f.conversations.list(f.user, ConversationQuery.ALL, Optional.empty(), PageRequest.first(10))
                .items()).hasSize(1);
    }

    @Test
    void theLabelsOfAConversationAreTheUsersOwn() {
        f.chats(List.of(conversation(chat, t, jana)), List.of());
        ItemId conversation = view(chat).conversation().id();
        LinkedInFixture other = new LinkedInFixture();
        ItemId foreignTag = other.labels.create(other.user, io.cockpit.domain.label.LabelKind.TAG,
                new io.cockpit.domain.label.LabelName("Theirs"), new io.cockpit.domain.label.Colour("#000000"),
                Optional.empty()).id();

        assertThatThrownBy(() -> f.conversations.changeLabels(f.user, conversation,
                new io.cockpit.application.port.in.linkedin.LabelChange(Optional.of(List.of(foreignTag)),
                        Optional.empty()))).isInstanceOfSatisfying(DomainException.class,
                refused -> assertThat(refused.code()).isEqualTo("label.unknown"));
        List<ContactView> none = f.contacts.list(f.user, io.cockpit.domain.linkedin.ContactQuery.ALL,
                PageRequest.first(10)).items();
        assertThat(none).isEmpty();
    }
}
