package io.cockpit.application.port.out.linkedin;

import io.cockpit.application.paging.Page;
import io.cockpit.application.paging.PageRequest;
import io.cockpit.application.port.out.register.ExportedItem;
import io.cockpit.application.port.out.register.PersonalDataStore;
import io.cockpit.application.port.out.register.PersonalDataStoreCases;
import io.cockpit.application.port.out.shared.UniquenessViolation;
import io.cockpit.application.testing.LinkedInMother;
import io.cockpit.domain.account.UserId;
import io.cockpit.domain.linkedin.Conversation;
import io.cockpit.domain.linkedin.ConversationStats;
import io.cockpit.domain.linkedin.Message;
import io.cockpit.domain.linkedin.MessageDirection;
import io.cockpit.domain.linkedin.Urn;
import io.cockpit.domain.shared.ItemId;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static io.cockpit.application.testing.LinkedInMother.T0;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

public abstract class MessageRepositoryContract implements PersonalDataStoreCases {

    private final UserId user = LinkedInMother.aUser();
    private final Urn me = LinkedInMother.profileUrn();
    private final Urn jana = LinkedInMother.profileUrn();
    private final Urn max = LinkedInMother.profileUrn();
    private final Conversation chat = LinkedInMother.conversation(user, List.of(jana, max));

    protected abstract MessageRepository messages();

    private Message from(Urn sender, long secondsAfter, String text) {
        return LinkedInMother.message(chat, sender, sender.equals(me), T0.plusSeconds(secondsAfter), text);
    }

    @Test
    void keepsMessagesWithReactionsAndAttachmentsPerUser() {
        Message hello = LinkedInMother.withExtras(from(me, 0, "Hallo Jana,\n\tschön dich zu sehen! 😀"));
        Message plain = from(jana, 5, "");
        messages().insert(List.of(hello, plain));

        assertThat(messages().find(user, chat.id(), hello.id())).contains(hello);
        assertThat(messages().find(user, ItemId.random(), hello.id())).isEmpty();
        assertThat(messages().find(LinkedInMother.aUser(), chat.id(), hello.id())).isEmpty();
        assertThat(messages().findByUrns(user, List.of(hello.urn(), plain.urn(), LinkedInMother.messageUrn())))
                .containsOnly(Map.entry(hello.urn(), hello), Map.entry(plain.urn(), plain));
        assertThatThrownBy(() -> messages().insert(List.of(new Message(ItemId.random(), user, chat.id(), hello.urn(),
                me, true, T0, Optional.empty(), T0, "again", List.of(), List.of(), T0, T0))))
                .isInstanceOf(UniquenessViolation.class);
    }

    @Test
    void aNewerVersionReplacesTextReactionsAndAttachments() {
        Message hello = from(me, 0, "Hallo");
        messages().insert(List.of(hello));
        Message edited = LinkedInMother.withExtras(new Message(hello.id(), user, chat.id(), hello.urn(), me, true,
                hello.sentAt(), Optional.empty(), hello.version(), "Hallo, Jana!", List.of(), List.of(), T0,
                T0.plusSeconds(60)));

        messages().update(List.of(edited));

        assertThat(messages().find(user, chat.id(), hello.id())).contains(edited);
    }

    @Test
    void statsAndLastMessagesAreCountedFromTheStoredMessages() {
        messages().insert(List.of(from(me, 0, "a"), LinkedInMother.withExtras(from(jana, 10, "b")),
                from(max, 20, "c"), from(me, 30, "d"), from(jana, 40, "e")));

        assertThat(messages().statsOf(user, chat.id())).isEqualTo(new ConversationStats(5, 1,
                Optional.of(T0.plusSeconds(40)), true, Optional.of(T0), Optional.of(T0.plusSeconds(30)),
                Optional.of(T0.plusSeconds(40))));
        assertThat(messages().lastSentBySender(user, chat.id())).containsOnly(Map.entry(me, T0.plusSeconds(30)),
                Map.entry(jana, T0.plusSeconds(40)), Map.entry(max, T0.plusSeconds(20)));
        assertThat(messages().statsOf(user, ItemId.random())).isEqualTo(ConversationStats.EMPTY);

        assertThat(messages().deleteFromSender(user, chat.id(), jana)).isEqualTo(2);
        assertThat(messages().statsOf(user, chat.id())).isEqualTo(new ConversationStats(3, 0,
                Optional.of(T0.plusSeconds(30)), false, Optional.of(T0), Optional.of(T0.plusSeconds(30)),
                Optional.of(T0.plusSeconds(20))));
        assertThat(messages().deleteConversation(user, chat.id())).isEqualTo(3);
        assertThat(messages().statsOf(user, chat.id())).isEqualTo(ConversationStats.EMPTY);
    }

    @Test
    void pagesGoBackFromTheNewestAndForwardFromTheOldest() {
        List<Message> all = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            all.add(from(i % 2 == 0 ? me : jana, i * 10L, "m" + i));
        }
        Message sameTime = from(jana, 40, "m5");
        all.add(sameTime);
        messages().insert(all);
        Conversation other = LinkedInMother.conversation(user, List.of(jana));
        messages().insert(List.of(LinkedInMother.message(other, jana, false, T0.plusSeconds(100), "elsewhere")));

        Page<Message> newest = messages().page(user, chat.id(), MessageDirection.OLDER, PageRequest.first(4));
        Page<Message> older = messages().page(user, chat.id(), MessageDirection.OLDER, new PageRequest(4, newest.next()));
        Page<Message> oldest = messages().page(user, chat.id(), MessageDirection.NEWER, PageRequest.first(4));
        Page<Message> newer = messages().page(user, chat.id(), MessageDirection.NEWER, new PageRequest(4, oldest.next()));

        assertThat(newest.items()).extracting(Message::text).hasSize(4).containsSubsequence("m3", "m2");
        assertThat(newest.items().subList(0, 2)).extracting(Message::text).containsExactlyInAnyOrder("m4", "m5");
        assertThat(older.items()).extracting(Message::text).containsExactly("m1", "m0");
        assertThat(older.next()).isEmpty();
        assertThat(oldest.items()).extracting(Message::text).startsWith("m0", "m1", "m2", "m3");
        assertThat(newer.items()).extracting(Message::text).containsExactlyInAnyOrder("m4", "m5");
        assertThat(messages().page(user, chat.id(), MessageDirection.NEWER,
                new PageRequest(10, Optional.of(newest.next().orElseThrow()))).items())
                .extracting(Message::text).startsWith("m3").containsExactlyInAnyOrder("m3", "m4", "m5");
    }

    @Test
    void deletesOneMessage() {
        Message hello = from(me, 0, "Hallo");
        messages().insert(List.of(hello));

        assertThat(messages().delete(LinkedInMother.aUser(), hello.id())).isFalse();
        assertThat(messages().delete(user, hello.id())).isTrue();
        assertThat(messages().delete(user, hello.id())).isFalse();
        assertThat(messages().findByUrns(user, List.of(hello.urn()))).isEmpty();
    }

    @Test
    void exportsEveryMessageAndErasesInBoundedBatches() {
        messages().insert(List.of(LinkedInMother.withExtras(from(me, 0, "eins")), from(jana, 1, "zwei"),
                from(me, 2, "drei")));
        UserId other = LinkedInMother.aUser();
        Conversation theirs = LinkedInMother.conversation(other, List.of(jana));
        messages().insert(List.of(LinkedInMother.message(theirs, jana, false, T0, "kept")));

        List<ExportedItem> exported = new ArrayList<>();
        messages().export(user, exported::add);

        assertThat(exported).extracting(item -> item.fields().get("text"))
                .containsExactlyInAnyOrder("eins", "zwei", "drei");
        assertThat(exported).filteredOn(item -> item.fields().get("text").equals("eins")).singleElement()
                .satisfies(item -> assertThat(item.fields())
                        .containsEntry("attachments", List.of("Angebot Q1 \\ Müller.pdf (application/pdf, "
                                + "48213 bytes)", "photo.jpg (image/jpeg, 0 bytes)"))
                        .containsEntry("senderUrn", me.value()));
        assertThat(messages().category()).isEqualTo("linkedin_messages");
        assertThat(messages().erase(user, 2)).isEqualTo(2);
        assertThat(messages().erase(user, 2)).isEqualTo(1);
        assertThat(messages().erase(user, 2)).isZero();
        assertThat(messages().statsOf(other, theirs.id()).messageCount()).isEqualTo(1);
    }

    private final Map<UserId, List<Urn>> given = new java.util.concurrent.ConcurrentHashMap<>();

    @Override
    public PersonalDataStore personalData() {
        return messages();
    }

    @Override
    public int giveData(UserId owner) {
        Conversation theirs = LinkedInMother.conversation(owner, List.of(jana));
        List<Message> three = List.of(LinkedInMother.withExtras(LinkedInMother.message(theirs, me, true, T0, "eins")),
                LinkedInMother.message(theirs, jana, false, T0.plusSeconds(1), "zwei"),
                LinkedInMother.message(theirs, me, true, T0.plusSeconds(2), "drei"));
        messages().insert(three);
        given.computeIfAbsent(owner, u -> new ArrayList<>()).addAll(three.stream().map(Message::urn).toList());
        return three.size();
    }

    @Override
    public boolean holdsDataOf(UserId owner) {
        return !messages().findByUrns(owner, given.getOrDefault(owner, List.of())).isEmpty();
    }

    @Override
    public List<String> exportedFields() {
        return List.of("id", "conversationId", "messageUrn", "senderUrn", "outbound", "sentAt", "editedAt", "text",
                "reactions", "attachments", "createdAt");
    }
}
