package io.cockpit.application.service.linkedin;

import io.cockpit.application.paging.PageRequest;
import io.cockpit.application.port.in.linkedin.ContactBatchOutcome;
import io.cockpit.application.port.in.linkedin.ContactChange;
import io.cockpit.application.port.in.linkedin.ContactView;
import io.cockpit.application.testing.LinkedInMother;
import io.cockpit.domain.label.Colour;
import io.cockpit.domain.label.LabelKind;
import io.cockpit.domain.label.LabelName;
import io.cockpit.domain.linkedin.ContactNote;
import io.cockpit.domain.linkedin.ContactQuery;
import io.cockpit.domain.linkedin.ItemOutcome.Result;
import io.cockpit.domain.linkedin.LabelIds;
import io.cockpit.domain.linkedin.ProfileCard;
import io.cockpit.domain.linkedin.ProfileUrl;
import io.cockpit.domain.linkedin.Suppression;
import io.cockpit.domain.linkedin.Urn;
import io.cockpit.domain.recommendation.Dismissal;
import io.cockpit.domain.recommendation.Reason;
import io.cockpit.domain.recommendation.Snooze;
import io.cockpit.domain.shared.DomainException;
import io.cockpit.domain.shared.ItemId;
import io.cockpit.domain.shared.VersionCheck;
import io.cockpit.domain.template.TemplateVariable;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static io.cockpit.application.service.linkedin.LinkedInFixture.codes;
import static io.cockpit.application.service.linkedin.LinkedInFixture.contact;
import static io.cockpit.application.service.linkedin.LinkedInFixture.conversation;
import static io.cockpit.application.service.linkedin.LinkedInFixture.message;
import static io.cockpit.application.service.linkedin.LinkedInFixture.results;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Contacts as the user sees and changes them; forgetting one, and the suppression list. */
class ContactServiceTest {

    private final LinkedInFixture f = new LinkedInFixture().withProfile();
    private final Instant t = f.now().minusSeconds(3000);
    private final Urn jana = LinkedInMother.profileUrn();
    private final ProfileCard janaCard = new ProfileCard("Jana", "Schmidt", Optional.empty(),
            Optional.of("Acme GmbH"), Optional.of("Einkauf"), Optional.empty(),
            Optional.of(ProfileUrl.parse("https://www.linkedin.com/in/jana-schmidt-4711/")));

    private ItemId synced(Urn urn, ProfileCard card) {
        ContactBatchOutcome outcome = f.contacts(List.of(contact(urn, card, t)), List.of());
        return outcome.contacts().getFirst().id().orElseThrow();
    }

    private static void refusedWith(Runnable call, String code) {
        assertThatThrownBy(call::run).isInstanceOfSatisfying(DomainException.class,
                refused -> assertThat(refused.code()).isEqualTo(code));
    }

    @Test
    void theLookupFindsAContactByAnySpellingOfItsProfileUrl() {
        ItemId id = synced(jana, janaCard);

        for (String spelling : List.of("https://www.linkedin.com/in/jana-schmidt-4711/",
                "http://de.linkedin.com/in/Jana-Schmidt-4711?trk=people", "linkedin.com/in/jana%2Dschmidt%2D4711")) {
            assertThat(f.contacts.lookup(f.user, ProfileUrl.parse(spelling)).contact().id()).as(spelling).isEqualTo(id);
        }
        refusedWith(() -> f.contacts.lookup(f.user, ProfileUrl.parse("linkedin.com/in/someone-else")),
                "contact.not_found");
        refusedWith(() -> f.contacts.lookup(LinkedInMother.aUser(), ProfileUrl.parse("linkedin.com/in/jana-schmidt-4711")),
                "contact.not_found");
    }

    @Test
    void theUserSetsLabelsANoteAndDoNotContactOnTheVersionTheySaw() {
        ItemId id = synced(jana, janaCard);
        ItemId tag = f.labels.create(f.user, LabelKind.TAG, new LabelName("Hot"), new Colour("#FF0000"),
                Optional.empty()).id();
        ItemId category = f.labels.create(f.user, LabelKind.CATEGORY, new LabelName("Kunden"),
                new Colour("#00FF00"), Optional.empty()).id();
        LinkedInFixture other = new LinkedInFixture();
        ItemId foreign = other.labels.create(other.user, LabelKind.TAG, new LabelName("Hot"), new Colour("#FF0000"),
                Optional.empty()).id();

        ContactView changed = f.contacts.change(f.user, id, new ContactChange(Optional.of(List.of(tag)),
                Optional.of(List.of(category)), Optional.of(Optional.of(new ContactNote("Anrufen"))),
                Optional.of(true)), VersionCheck.exactly(1));

        assertThat(changed.labels()).isEqualTo(new LabelIds(List.of(tag), List.of(category)));
        assertThat(changed.contact().note()).contains(new ContactNote("Anrufen"));
        assertThat(changed.contact().userVersion()).isEqualTo(2);
        assertThat(f.contacts.get(f.user, id)).isEqualTo(changed);
        refusedWith(() -> f.contacts.change(f.user, id, new ContactChange(Optional.empty(), Optional.empty(),
                Optional.of(Optional.empty()), Optional.empty()), VersionCheck.exactly(1)), "precondition.failed");
        refusedWith(() -> f.contacts.change(f.user, id, new ContactChange(Optional.of(List.of(tag, foreign)),
                Optional.empty(), Optional.empty(), Optional.empty()), VersionCheck.ANY), "label.unknown");
        refusedWith(() -> f.contacts.change(f.user, id, new ContactChange(Optional.of(List.of(category)),
                Optional.empty(), Optional.empty(), Optional.empty()), VersionCheck.ANY), "label.unknown");
        refusedWith(() -> f.contacts.change(LinkedInMother.aUser(), id, new ContactChange(Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.of(false)), VersionCheck.ANY), "contact.not_found");

        f.labels.delete(f.user, LabelKind.TAG, tag);

        assertThat(f.contacts.get(f.user, id).labels()).isEqualTo(new LabelIds(List.of(), List.of(category)));
        assertThat(f.contacts.list(f.user, ContactQuery.ALL, PageRequest.first(10)).items()).extracting(v -> v.labels())
                .containsExactly(new LabelIds(List.of(), List.of(category)));
    }

    @Test
    void forgettingAContactErasesTheirMessagesAndKeepsThemFromComingBack() {
        Urn max = LinkedInMother.profileUrn();
        Urn direct = LinkedInMother.conversationUrn();
        Urn group = LinkedInMother.conversationUrn();
        ItemId id = synced(jana, janaCard);
        synced(max, LinkedInMother.card("Max", "Muster"));
        f.chats(List.of(conversation(direct, t, jana), conversation(group, t, jana, max)), List.of(
                message(LinkedInMother.messageUrn(), direct, f.me, t, "Hallo Jana"),
                message(LinkedInMother.messageUrn(), direct, jana, t.plusSeconds(1), "Hallo!"),
                message(LinkedInMother.messageUrn(), group, f.me, t.plusSeconds(2), "Hallo ihr"),
                message(LinkedInMother.messageUrn(), group, jana, t.plusSeconds(3), "Hi, Jana hier"),
                message(LinkedInMother.messageUrn(), group, max, t.plusSeconds(1), "Max hier")));

        f.contacts.forget(f.user, id);

        refusedWith(() -> f.contacts.get(f.user, id), "contact.not_found");
        assertThat(f.stores.conversations.findByUrns(f.user, List.of(direct))).isEmpty();
        var groupNow = f.stores.conversations.findByUrns(f.user, List.of(group)).get(group);
        assertThat(groupNow.participantUrns()).containsExactly(max);
        assertThat(groupNow.stats().messageCount()).isEqualTo(2);
        assertThat(groupNow.stats().lastMessageAt()).contains(t.plusSeconds(2));
        List<Suppression> suppressions = f.contacts.list(f.user, PageRequest.first(10)).items();
        assertThat(suppressions).singleElement().satisfies(s -> {
            assertThat(s.maskedUrl()).contains("linkedin.com/in/ja…11");
            assertThat(s.urnHash()).doesNotContain(jana.value());
        });

        ContactBatchOutcome again = f.contacts(List.of(contact(jana, janaCard, t.plusSeconds(100))), List.of());
        var chatAgain = f.chats(List.of(conversation(LinkedInMother.conversationUrn(), t.plusSeconds(100), jana)),
                List.of(message(LinkedInMother.messageUrn(), group, jana, t.plusSeconds(100), "Ich bin's wieder")));

        assertThat(codes(again.contacts())).containsExactly("linkedin.contact_suppressed");
        assertThat(codes(chatAgain.conversations())).containsExactly("linkedin.contact_suppressed");
        assertThat(codes(chatAgain.messages())).containsExactly("linkedin.contact_suppressed");

        f.contacts.lift(f.user, suppressions.getFirst().id());
        refusedWith(() -> f.contacts.lift(f.user, suppressions.getFirst().id()), "suppression.not_found");
        assertThat(results(f.contacts(List.of(contact(jana, janaCard, t.plusSeconds(100))), List.of()).contacts()))
                .containsExactly(Result.CREATED);
    }

    @Test
    void forgettingAContactDropsItsSnoozeAndDismissalsButNotThoseOfOthers() {
        ItemId id = synced(jana, janaCard);
        ItemId maxId = synced(LinkedInMother.profileUrn(), LinkedInMother.card("Max", "Muster"));
        f.stores.recommendationFeedback.snooze(new Snooze(f.user, id, t.plus(Duration.ofDays(3)), t));
        f.stores.recommendationFeedback.snooze(new Snooze(f.user, maxId, t.plus(Duration.ofDays(3)), t));
        f.stores.recommendationFeedback.dismiss(new Dismissal(f.user, id, Reason.KEEP_IN_TOUCH, t));

        f.contacts.forget(f.user, id);

        assertThat(f.stores.recommendationFeedback.snoozedUntil(f.user, t)).containsOnlyKeys(maxId);
        assertThat(f.stores.recommendationFeedback.dismissals(f.user)).isEmpty();
    }

    @Test
    void aTemplateIsFilledFromTheContactAndTheUsersOwnProfile() {
        ItemId id = synced(jana, janaCard);

        Map<TemplateVariable, String> values = f.contacts.valuesFor(f.user, id);

        assertThat(values).containsEntry(TemplateVariable.FIRST_NAME, "Jana")
                .containsEntry(TemplateVariable.FULL_NAME, "Jana Schmidt")
                .containsEntry(TemplateVariable.COMPANY, "Acme GmbH")
                .containsEntry(TemplateVariable.POSITION, "Einkauf")
                .containsEntry(TemplateVariable.MY_FIRST_NAME, "Sam")
                .containsEntry(TemplateVariable.MY_LAST_NAME, "Seller");
        refusedWith(() -> f.contacts.valuesFor(LinkedInMother.aUser(), id), "contact.not_found");
    }
}
