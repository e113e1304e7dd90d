package io.cockpit.application.port.out.linkedin;

import io.cockpit.application.paging.Page;
import io.cockpit.application.paging.PageRequest;
import io.cockpit.application.port.out.register.ExportedItem;
import io.cockpit.application.port.out.register.PersonalDataStore;
import io.cockpit.application.port.out.register.PersonalDataStoreCases;
import io.cockpit.application.port.out.shared.UniquenessViolation;
import io.cockpit.application.testing.LinkedInMother;
import io.cockpit.domain.account.UserId;
import io.cockpit.domain.linkedin.ContactActivity;
import io.cockpit.domain.linkedin.Conversation;
import io.cockpit.domain.linkedin.ConversationQuery;
import io.cockpit.domain.linkedin.ConversationStats;
import io.cockpit.domain.linkedin.LabelIds;
import io.cockpit.domain.linkedin.Participant;
import io.cockpit.domain.linkedin.Urn;
import io.cockpit.domain.shared.ItemId;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static io.cockpit.application.testing.LinkedInMother.T0;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

public abstract class ConversationRepositoryContract implements PersonalDataStoreCases {

    protected abstract ConversationRepository conversations();

    private static ConversationStats stats(int count, int attachments, Instant last, boolean inbound,
                                           Instant firstOut, Instant lastOut, Instant lastIn) {
        return new ConversationStats(count, attachments, Optional.ofNullable(last), inbound,
                Optional.ofNullable(firstOut), Optional.ofNullable(lastOut), Optional.ofNullable(lastIn));
    }

    private static Conversation with(Conversation c, ConversationStats stats, List<Participant> participants) {
        return c.with(stats, participants, c.updatedAt());
    }

    private static ConversationQuery query(Optional<Boolean> unread, Optional<Boolean> awaiting,
                                           Optional<Boolean> attachments) {
        return new ConversationQuery(unread, awaiting, Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), attachments);
    }

    private List<ItemId> ids(UserId user, ConversationQuery query) {
        return conversations().list(user, query, PageRequest.first(100)).items().stream().map(Conversation::id)
                .toList();
    }

    @Test
    void keepsConversationsWithParticipantsAndStatsPerUser() {
        UserId user = LinkedInMother.aUser();
        Urn jana = LinkedInMother.profileUrn();
        Urn max = LinkedInMother.profileUrn();
        Conversation group = with(LinkedInMother.conversation(user, List.of(jana, max)),
                stats(3, 1, T0, true, T0.minusSeconds(60), T0.minusSeconds(30), T0),
                List.of(new Participant(jana, Optional.of(T0)), Participant.of(max)));
        conversations().insert(List.of(group));

        assertThat(conversations().find(user, group.id())).contains(group);
        assertThat(conversations().findByUrns(user, List.of(group.urn()))).containsExactly(Map.entry(group.urn(), group));
        assertThat(conversations().find(LinkedInMother.aUser(), group.id())).isEmpty();
        assertThat(conversations().withParticipant(user, max)).containsExactly(group.id());
        assertThat(conversations().withParticipant(LinkedInMother.aUser(), max)).isEmpty();
        assertThatThrownBy(() -> conversations().insert(List.of(new Conversation(ItemId.random(), user, group.urn(),
                Optional.empty(), false, T0, List.of(Participant.of(jana)), ConversationStats.EMPTY, T0, T0))))
                .isInstanceOf(UniquenessViolation.class);
    }

    @Test
    void anUpdateReplacesTitleStatsAndParticipants() {
        UserId user = LinkedInMother.aUser();
        Urn jana = LinkedInMother.profileUrn();
        Urn max = LinkedInMother.profileUrn();
        Conversation chat = LinkedInMother.conversation(user, List.of(jana));
        conversations().insert(List.of(chat));
        Conversation changed = new Conversation(chat.id(), user, chat.urn(), Optional.empty(), true,
                T0.plusSeconds(60), List.of(new Participant(max, Optional.of(T0.plusSeconds(5)))),
                stats(1, 0, T0.plusSeconds(5), true, null, null, T0.plusSeconds(5)), chat.createdAt(),
                T0.plusSeconds(60));

        conversations().update(List.of(changed));

        assertThat(conversations().find(user, chat.id())).contains(changed);
        assertThat(conversations().withParticipant(user, jana)).isEmpty();
        assertThat(conversations().delete(user, chat.id())).isTrue();
        assertThat(conversations().delete(user, chat.id())).isFalse();
        assertThat(conversations().withParticipant(user, max)).isEmpty();
    }

    @Test
    void activityOfAPersonComesFromEveryConversationTheyAreIn() {
        UserId user = LinkedInMother.aUser();
        Urn jana = LinkedInMother.profileUrn();
        Urn max = LinkedInMother.profileUrn();
        Urn lonely = LinkedInMother.profileUrn();
        Conversation direct = with(LinkedInMother.conversation(user, List.of(jana)),
                stats(2, 0, T0, true, T0.minusSeconds(100), T0.minusSeconds(100), T0),
                List.of(new Participant(jana, Optional.of(T0))));
        Conversation group = with(LinkedInMother.conversation(user, List.of(jana, max)),
                stats(1, 0, T0.minusSeconds(10), false, T0.minusSeconds(10), T0.minusSeconds(10), null),
                List.of(Participant.of(jana), Participant.of(max)));
        Conversation silent = LinkedInMother.conversation(user, List.of(lonely));
        conversations().insert(List.of(direct, group, silent));

        Map<Urn, ContactActivity> activity = conversations().activityOf(user,
                List.of(jana, max, lonely, LinkedInMother.profileUrn()));

        assertThat(activity).containsOnly(
                Map.entry(jana, new ContactActivity(Optional.of(T0.minusSeconds(100)), Optional.of(T0.minusSeconds(10)),
                        Optional.of(T0))),
                Map.entry(max, new ContactActivity(Optional.of(T0.minusSeconds(10)), Optional.of(T0.minusSeconds(10)),
                        Optional.empty())),
                Map.entry(lonely, ContactActivity.NONE));
        assertThat(conversations().activityOf(LinkedInMother.aUser(), List.of(jana))).isEmpty();
    }

    @Test
    void listsNewestFirstWithTheFilters() {
        UserId user = LinkedInMother.aUser();
        Urn jana = LinkedInMother.profileUrn();
        Urn max = LinkedInMother.profileUrn();
        Conversation awaiting = with(LinkedInMother.conversation(user, List.of(jana)),
                stats(2, 1, T0, true, T0.minusSeconds(9), T0.minusSeconds(9), T0), List.of(Participant.of(jana)));
        Conversation answered = with(LinkedInMother.conversation(user, List.of(max)),
                stats(1, 0, T0.minusSeconds(60), false, T0.minusSeconds(60), T0.minusSeconds(60), null),
                List.of(Participant.of(max)));
        Conversation empty = LinkedInMother.conversation(user, List.of(jana, max));
        Conversation unread = new Conversation(ItemId.random(), user, LinkedInMother.conversationUrn(),
                Optional.empty(), true, T0, List.of(Participant.of(max)),
                stats(1, 0, T0.minusSeconds(30), true, null, null, T0.minusSeconds(30)), T0, T0);
        conversations().insert(List.of(empty, answered, awaiting, unread));
        conversations().insert(List.of(LinkedInMother.conversation(LinkedInMother.aUser(), List.of(jana))));

        Page<Conversation> first = conversations().list(user, ConversationQuery.ALL, PageRequest.first(2));
        Page<Conversation> second = conversations().list(user, ConversationQuery.ALL, new PageRequest(2, first.next()));

        assertThat(first.items()).extracting(Conversation::id).containsExactly(awaiting.id(), unread.id());
        assertThat(second.items()).extracting(Conversation::id).containsExactly(answered.id(), empty.id());
        assertThat(second.next()).isEmpty();
        assertThat(ids(user, query(Optional.of(true), Optional.empty(), Optional.empty()))).containsExactly(unread.id());
        assertThat(ids(user, query(Optional.empty(), Optional.of(true), Optional.empty())))
                .containsExactly(awaiting.id(), unread.id());
        assertThat(ids(user, query(Optional.empty(), Optional.of(false), Optional.empty())))
                .containsExactly(answered.id(), empty.id());
        assertThat(ids(user, query(Optional.empty(), Optional.empty(), Optional.of(true)))).containsExactly(awaiting.id());
        assertThat(ids(user, query(Optional.empty(), Optional.empty(), Optional.of(false))))
                .containsExactly(unread.id(), answered.id(), empty.id());
        assertThat(ids(user, new ConversationQuery(Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.of(jana), Optional.empty(), Optional.empty(), Optional.empty())))
                .containsExactly(awaiting.id(), empty.id());
        assertThat(ids(user, new ConversationQuery(Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.of(T0.minusSeconds(60)), Optional.of(T0), Optional.empty())))
                .containsExactly(unread.id(), answered.id());
    }

    @Test
    void tagsAndCategoriesFilterConversations() {
        UserId user = LinkedInMother.aUser();
        Conversation a = LinkedInMother.conversation(user, List.of(LinkedInMother.profileUrn()));
        Conversation b = LinkedInMother.conversation(user, List.of(LinkedInMother.profileUrn()));
        conversations().insert(List.of(a, b));
        ItemId tag = ItemId.random();
        ItemId category = ItemId.random();
        conversations().setLabels(user, a.id(), new LabelIds(List.of(tag), List.of(category)));
        conversations().setLabels(user, b.id(), new LabelIds(List.of(tag), List.of()));

        assertThat(ids(user, new ConversationQuery(Optional.empty(), Optional.empty(), Optional.of(tag),
                Optional.of(category), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty())))
                .containsExactly(a.id());
        assertThat(conversations().labelsOf(user, List.of(a.id(), b.id()))).hasSize(2);
        conversations().removeLabel(user, tag);
        assertThat(conversations().labelsOf(user, List.of(a.id(), b.id())))
                .containsOnly(Map.entry(a.id(), new LabelIds(List.of(), List.of(category))));
    }

    @Test
    void exportsEveryConversationAndErasesInBoundedBatches() {
        UserId user = LinkedInMother.aUser();
        Urn jana = LinkedInMother.profileUrn();
        List<Conversation> three = List.of(LinkedInMother.conversation(user, List.of(jana)),
                LinkedInMother.conversation(user, List.of(jana)), LinkedInMother.conversation(user, List.of(jana)));
        conversations().insert(three);
        UserId other = LinkedInMother.aUser();
        conversations().insert(List.of(LinkedInMother.conversation(other, List.of(jana))));

        List<ExportedItem> exported = new ArrayList<>();
        conversations().export(user, exported::add);

        assertThat(exported).hasSize(3).allSatisfy(item -> assertThat(item.fields())
                .containsEntry("participants", List.of(jana.value())).containsEntry("title", "Intro"));
        assertThat(conversations().category()).isEqualTo("linkedin_conversations");
        assertThat(conversations().erase(user, 2)).isEqualTo(2);
        assertThat(conversations().erase(user, 2)).isEqualTo(1);
        assertThat(conversations().erase(user, 2)).isZero();
        assertThat(conversations().withParticipant(user, jana)).isEmpty();
        assertThat(conversations().withParticipant(other, jana)).hasSize(1);
    }

    @Override
    public PersonalDataStore personalData() {
        return conversations();
    }

    @Override
    public int giveData(UserId user) {
        Urn jana = LinkedInMother.profileUrn();
        conversations().insert(List.of(LinkedInMother.conversation(user, List.of(jana)),
                LinkedInMother.conversation(user, List.of(jana, LinkedInMother.profileUrn()))));
        return 2;
    }

    @Override
    public boolean holdsDataOf(UserId user) {
        return !ids(user, query(Optional.empty(), Optional.empty(), Optional.empty())).isEmpty();
    }

    @Override
    public List<String> exportedFields() {
        return List.of("id", "conversationUrn", "title", "unread", "participants", "modifiedAt", "messageCount",
                "lastMessageAt", "tags", "categories", "createdAt");
    }
}
