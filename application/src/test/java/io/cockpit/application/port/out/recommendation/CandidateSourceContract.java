package io.cockpit.application.port.out.recommendation;

import io.cockpit.application.port.in.linkedin.ContactBatch;
import io.cockpit.application.port.in.linkedin.ConversationBatch;
import io.cockpit.application.port.out.recommendation.CandidateSource.ContactFacts;
import io.cockpit.application.service.linkedin.LinkedInStores;
import io.cockpit.application.service.linkedin.LinkedInSyncService;
import io.cockpit.application.testing.LinkedInMother;
import io.cockpit.application.testing.MutableClock;
import io.cockpit.domain.account.UserId;
import io.cockpit.domain.linkedin.ContactUpsert;
import io.cockpit.domain.linkedin.ConversationUpsert;
import io.cockpit.domain.linkedin.Incoming;
import io.cockpit.domain.linkedin.LabelIds;
import io.cockpit.domain.linkedin.MessageUpsert;
import io.cockpit.domain.linkedin.ProfileUpsert;
import io.cockpit.domain.linkedin.Urn;
import io.cockpit.domain.recommendation.ContactSummary;
import io.cockpit.domain.shared.ItemId;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The CandidateSource port on LinkedIn data stored through the sync service: the facts per contact (activity,
 * unanswered messages, categories), summaries, and the messages and follow-ups sent in a time range.
 */
public abstract class CandidateSourceContract {

    private static final Instant T0 = LinkedInMother.T0;

    /** The LinkedIn stores the source reads (the same database). */
    protected abstract LinkedInStores linkedIn();

    protected abstract CandidateSource source();

    private record Seeded(UserId user, Map<String, ItemId> ids) {
    }

    private static MessageUpsert message(Urn chat, Urn sender, Instant at) {
        return new MessageUpsert(LinkedInMother.messageUrn(), chat, sender, at, Optional.empty(), Optional.empty(),
                "Hallo", List.of(), List.of());
    }

    /**
     * Jana answered once, then got three messages (two follow-ups); Max wrote last; Eva is only connected; a group
     * chat with Jana and Max where the user wrote last.
     */
    private Seeded seed() {
        UserId user = LinkedInMother.aUser();
        LinkedInSyncService sync = new LinkedInSyncService(linkedIn(), new MutableClock(T0));
        Urn me = LinkedInMother.profileUrn();
        Urn jana = LinkedInMother.profileUrn();
        Urn max = LinkedInMother.profileUrn();
        Urn eva = LinkedInMother.profileUrn();
        sync.syncProfile(user, new ProfileUpsert(me, LinkedInMother.card("Sam", "Seller"), T0.minusSeconds(7200)));
        List<ContactUpsert> contacts = List.of(
                new ContactUpsert(jana, LinkedInMother.card("Jana", "Schmidt", "Acme", "CEO", "Berlin"),
                        Optional.of(T0.minus(Duration.ofDays(90))), T0.minusSeconds(3600)),
                new ContactUpsert(max, LinkedInMother.card("Max", "Muster"), Optional.empty(), T0.minusSeconds(3600)),
                new ContactUpsert(eva, LinkedInMother.card("Eva", "Neu"), Optional.of(T0.minus(Duration.ofDays(2))),
                        T0.minusSeconds(3600)));
        var outcome = sync.syncContacts(user, new ContactBatch(contacts.stream().map(Incoming::valid).toList(),
                List.of()));
        Urn withJana = LinkedInMother.conversationUrn();
        Urn withMax = LinkedInMother.conversationUrn();
        Urn group = LinkedInMother.conversationUrn();
        Instant d = T0.minus(Duration.ofDays(20));
        List<ConversationUpsert> chats = List.of(
                new ConversationUpsert(withJana, Optional.empty(), false, List.of(me, jana), d),
                new ConversationUpsert(withMax, Optional.empty(), false, List.of(me, max), d),
                new ConversationUpsert(group, Optional.of("Projekt"), false, List.of(me, jana, max), d));
        List<MessageUpsert> messages = List.of(
                message(withJana, me, d.plusSeconds(1)), message(withJana, jana, d.plusSeconds(2)),
                message(withJana, me, d.plusSeconds(3)), message(withJana, me, d.plusSeconds(4)),
                message(withJana, me, d.plusSeconds(5)),
                message(withMax, me, d.plusSeconds(1)), message(withMax, max, d.plusSeconds(2)),
                message(group, jana, d.plusSeconds(10)), message(group, me, d.plusSeconds(11)));
        sync.syncConversations(user, new ConversationBatch(chats.stream().map(Incoming::valid).toList(),
                messages.stream().map(Incoming::valid).toList(), List.of(), List.of()));
        Map<String, ItemId> ids = Map.of("Jana", outcome.contacts().get(0).id().orElseThrow(),
                "Max", outcome.contacts().get(1).id().orElseThrow(), "Eva", outcome.contacts().get(2).id().orElseThrow());
        return new Seeded(user, ids);
    }

    @Test
    void factsPerContactActivityUnansweredMessagesAndCategories() {
        Seeded s = seed();
        ItemId category = ItemId.random();
        linkedIn().contacts().setLabels(s.user(), s.ids().get("Max"), new LabelIds(List.of(ItemId.random()),
                List.of(category)));

        Map<ItemId, ContactFacts> facts = source().facts(s.user()).stream()
                .collect(Collectors.toMap(ContactFacts::contactId, Function.identity()));
        Map<ItemId, Integer> unanswered = source().unansweredSent(s.user(), s.ids().values());

        Instant d = T0.minus(Duration.ofDays(20));
        ContactFacts jana = facts.get(s.ids().get("Jana"));
        ContactFacts max = facts.get(s.ids().get("Max"));
        ContactFacts eva = facts.get(s.ids().get("Eva"));
        assertThat(facts).hasSize(3);
        assertThat(unanswered.get(s.ids().get("Jana"))).as("three in the chat after her answer, one in the group").isEqualTo(4);
        assertThat(jana.activity().lastOutboundAt()).contains(d.plusSeconds(11));
        assertThat(jana.activity().lastInboundAt()).contains(d.plusSeconds(10));
        assertThat(jana.connectedAt()).contains(T0.minus(Duration.ofDays(90)));
        assertThat(unanswered.get(s.ids().get("Max"))).as("he wrote last in his chat; the group's last is the user's").isEqualTo(1);
        assertThat(max.categories()).containsExactly(category);
        assertThat(max.connectedAt()).isEmpty();
        assertThat(eva.activity().writtenTo()).isFalse();
        assertThat(unanswered).doesNotContainKey(s.ids().get("Eva"));
        assertThat(source().unansweredSent(LinkedInMother.aUser(), s.ids().values())).isEmpty();
        assertThat(eva.categories()).isEmpty();
        assertThat(source().facts(LinkedInMother.aUser())).isEmpty();
    }

    @Test
    void summariesOfTheAskedContactsOfThisUserOnly() {
        Seeded s = seed();
        Seeded other = seed();

        Map<ItemId, ContactSummary> found = source().summaries(s.user(), List.of(s.ids().get("Jana"),
                other.ids().get("Max"), ItemId.random()));

        assertThat(found).containsOnlyKeys(s.ids().get("Jana"));
        ContactSummary jana = found.get(s.ids().get("Jana"));
        assertThat(jana.firstName()).isEqualTo("Jana");
        assertThat(jana.company()).contains("Acme");
        assertThat(jana.position()).contains("CEO");
    }

    @Test
    void messagesAndFollowUpsSentInARange() {
        Seeded s = seed();
        Instant d = T0.minus(Duration.ofDays(20));

        assertThat(source().messagesSent(s.user(), d, d.plusSeconds(12))).isEqualTo(6);
        assertThat(source().followUpsSent(s.user(), d, d.plusSeconds(12))).as("Jana's second and third").isEqualTo(2);
        assertThat(source().messagesSent(s.user(), d.plusSeconds(4), d.plusSeconds(5))).as("from inclusive, to not")
                .isEqualTo(1);
        assertThat(source().followUpsSent(s.user(), d.plusSeconds(11), d.plusSeconds(12))).as("after Jana's answer")
                .isZero();
        assertThat(source().messagesSent(LinkedInMother.aUser(), d, T0)).isZero();
    }
}
