package io.cockpit.application.service.linkedin;

import io.cockpit.application.paging.PageRequest;
import io.cockpit.application.port.in.linkedin.ConversationView;
import io.cockpit.application.port.in.linkedin.MessagePage;
import io.cockpit.application.testing.LinkedInMother;
import io.cockpit.domain.linkedin.ConversationQuery;
import io.cockpit.domain.linkedin.ItemOutcome.Result;
import io.cockpit.domain.linkedin.Message;
import io.cockpit.domain.linkedin.MessageDirection;
import io.cockpit.domain.linkedin.MessageUpsert;
import io.cockpit.domain.linkedin.Urn;
import io.cockpit.domain.shared.DomainException;
import io.cockpit.domain.shared.ItemId;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static io.cockpit.application.service.linkedin.LinkedInFixture.contact;
import static io.cockpit.application.service.linkedin.LinkedInFixture.conversation;
import static io.cockpit.application.service.linkedin.LinkedInFixture.message;
import static io.cockpit.application.service.linkedin.LinkedInFixture.results;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Conversations and messages as the user reads and deletes them. */
class ConversationServiceTest {

    private final LinkedInFixture f = new LinkedInFixture().withProfile();
    private final Instant t = f.now().minusSeconds(3000);
    private final Urn jana = LinkedInMother.profileUrn();
    private final Urn max = LinkedInMother.profileUrn();

    private static void refusedWith(Runnable call, String code) {
        assertThatThrownBy(call::run).isInstanceOfSatisfying(DomainException.class,
                refused -> assertThat(refused.code()).isEqualTo(code));
    }

    private ItemId idOf(Urn conversation) {
        return f.stores.conversations.findByUrns(f.user, List.of(conversation)).get(conversation).id();
    }

    @Test
    void listsByParticipantWithTheirContactNames() {
        Urn withJana = LinkedInMother.conversationUrn();
        Urn withMax = LinkedInMother.conversationUrn();
        ItemId janaId = f.contacts(List.of(contact(jana, LinkedInMother.card("Jana", "Schmidt"), t)), List.of())
                .contacts().getFirst().id().orElseThrow();
        f.chats(List.of(conversation(withJana, t, jana), conversation(withMax, t, max)), List.of(
                message(LinkedInMother.messageUrn(), withJana, jana, t, "Hallo"),
                message(LinkedInMother.messageUrn(), withMax, max, t.plusSeconds(1), "Hi")));

        List<ConversationView> janas = f.conversations.list(f.user, ConversationQuery.ALL, Optional.of(janaId),
                PageRequest.first(10)).items();
        List<ConversationView> all = f.conversations.list(f.user, ConversationQuery.ALL, Optional.empty(),
                PageRequest.first(10)).items();

        assertThat(janas).singleElement().satisfies(view -> {
            assertThat(view.conversation().urn()).isEqualTo(withJana);
            assertThat(view.participants()).singleElement().satisfies(p -> {
                assertThat(p.contactId()).contains(janaId);
                assertThat(p.firstName()).contains("Jana");
            });
        });
        assertThat(all).extracting(v -> v.conversation().urn()).containsExactly(withMax, withJana);
        assertThat(all.getFirst().participants().getFirst().contactId()).isEmpty();
        assertThat(f.conversations.list(f.user, ConversationQuery.ALL, Optional.of(ItemId.random()),
                PageRequest.first(10)).items()).isEmpty();
    }

    @Test
    void messagesArePagedBothWaysWithACursorBack() {
        Urn chat = LinkedInMother.conversationUrn();
        List<MessageUpsert> five = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            five.add(message(LinkedInMother.messageUrn(), chat, i % 2 == 0 ? f.me : jana, t.plusSeconds(i), "m" + i));
        }
        f.chats(List.of(conversation(chat, t, jana)), five);
        ItemId id = idOf(chat);

        MessagePage newest = f.conversations.messages(f.user, id, MessageDirection.OLDER, PageRequest.first(2));
        MessagePage older = f.conversations.messages(f.user, id, MessageDirection.OLDER,
                new PageRequest(2, newest.page().next()));
        MessagePage back = f.conversations.messages(f.user, id, MessageDirection.NEWER,
                new PageRequest(2, older.previous()));

        assertThat(newest.page().items()).extracting(Message::text).containsExactly("m4", "m3");
        assertThat(newest.previous()).isEmpty();
        assertThat(older.page().items()).extracting(Message::text).containsExactly("m2", "m1");
        assertThat(back.page().items()).extracting(Message::text).containsExactly("m3", "m4");
        refusedWith(() -> f.conversations.messages(LinkedInMother.aUser(), id, MessageDirection.OLDER,
                PageRequest.first(2)), "conversation.not_found");
    }

    @Test
    void deletingAMessageOrAConversationHoldsAgainstAnOlderSync() {
        Urn chat = LinkedInMother.conversationUrn();
        Urn first = LinkedInMother.messageUrn();
        Urn second = LinkedInMother.messageUrn();
        f.chats(List.of(conversation(chat, t, jana)), List.of(message(first, chat, f.me, t, "eins"),
                message(second, chat, jana, t.plusSeconds(5), "zwei")));
        ItemId id = idOf(chat);
        ItemId secondId = f.stores.messages.findByUrns(f.user, List.of(second)).get(second).id();

        refusedWith(() -> f.conversations.deleteMessage(LinkedInMother.aUser(), id, secondId),
                "conversation.not_found");
        refusedWith(() -> f.conversations.deleteMessage(f.user, id, ItemId.random()), "message.not_found");
        f.conversations.deleteMessage(f.user, id, secondId);

        assertThat(f.conversations.get(f.user, id).conversation().stats().messageCount()).isEqualTo(1);
        assertThat(f.conversations.get(f.user, id).conversation().stats().awaitingReply()).isFalse();
        assertThat(results(f.chats(List.of(), List.of(message(second, chat, jana, t.plusSeconds(5), "zwei")))
                .messages())).containsExactly(Result.UNCHANGED);

        refusedWith(() -> f.conversations.delete(LinkedInMother.aUser(), id), "conversation.not_found");
        f.conversations.delete(f.user, id);

        refusedWith(() -> f.conversations.get(f.user, id), "conversation.not_found");
        var resync = f.chats(List.of(conversation(chat, t, jana)), List.of(message(first, chat, f.me, t, "eins")));
        assertThat(results(resync.conversations())).containsExactly(Result.UNCHANGED);
        assertThat(results(resync.messages())).containsExactly(Result.UNCHANGED);
        assertThat(f.stores.messages.findByUrns(f.user, List.of(first, second))).isEmpty();
    }
}
