package io.cockpit.application.service.linkedin;

import io.cockpit.application.paging.PageRequest;
import io.cockpit.application.port.in.linkedin.ContactBatch;
import io.cockpit.application.port.in.linkedin.ContactBatchOutcome;
import io.cockpit.application.port.in.linkedin.ProfileSynced;
import io.cockpit.application.testing.LinkedInMother;
import io.cockpit.application.testing.Race;
import io.cockpit.domain.linkedin.Contact;
import io.cockpit.domain.linkedin.ContactQuery;
import io.cockpit.domain.linkedin.ContactUpsert;
import io.cockpit.domain.linkedin.Deletion;
import io.cockpit.domain.linkedin.Incoming;
import io.cockpit.domain.linkedin.ItemOutcome.Result;
import io.cockpit.domain.linkedin.ProfileCard;
import io.cockpit.domain.linkedin.ProfileUpsert;
import io.cockpit.domain.linkedin.ProfileUrl;
import io.cockpit.domain.linkedin.SyncKind;
import io.cockpit.domain.linkedin.Urn;
import io.cockpit.domain.shared.DomainException;
import io.cockpit.domain.shared.InvalidValueException;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

import static io.cockpit.application.service.linkedin.LinkedInFixture.codes;
import static io.cockpit.application.service.linkedin.LinkedInFixture.contact;
import static io.cockpit.application.service.linkedin.LinkedInFixture.results;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The sync of the user's own profile and of contacts: versions, deletion markers, per-item refusals, races. */
class ContactSyncTest {

    private final LinkedInFixture f = new LinkedInFixture();
    private final Instant t = f.now().minusSeconds(3600);

    private Contact stored(Urn urn) {
        return f.stores.contacts.findByUrns(f.user, List.of(urn)).get(urn);
    }

    @Test
    void theOwnProfileTakesOnlyNewerVersionsOfTheSameAccount() {
        Urn me = LinkedInMother.profileUrn();
        ProfileCard card = LinkedInMother.card("Sam", "Seller");

        ProfileSynced created = f.sync.syncProfile(f.user, new ProfileUpsert(me, card, t));
        ProfileSynced older = f.sync.syncProfile(f.user, new ProfileUpsert(me, LinkedInMother.card("Old", "Name"),
                t.minusSeconds(1)));
        ProfileSynced same = f.sync.syncProfile(f.user, new ProfileUpsert(me, card, t.plusSeconds(1)));
        ProfileSynced newer = f.sync.syncProfile(f.user, new ProfileUpsert(me, LinkedInMother.card("Samuel", "Seller"),
                t.plusSeconds(2)));

        assertThat(List.of(created.result(), older.result(), same.result(), newer.result()))
                .containsExactly(Result.CREATED, Result.UNCHANGED, Result.UNCHANGED, Result.UPDATED);
        assertThat(f.sync.profile(f.user).card().firstName()).isEqualTo("Samuel");
        assertThat(f.sync.syncState(f.user).of(SyncKind.PROFILE).lastItemAt()).contains(t.plusSeconds(2));
        assertThatThrownBy(() -> f.sync.syncProfile(f.user, new ProfileUpsert(LinkedInMother.profileUrn(), card,
                t.plusSeconds(3)))).isInstanceOfSatisfying(DomainException.class,
                refused -> assertThat(refused.code()).isEqualTo("linkedin.profile_mismatch"));
        assertThatThrownBy(() -> f.sync.syncProfile(f.user, new ProfileUpsert(me, card,
                f.now().plus(Duration.ofDays(2))))).isInstanceOfSatisfying(DomainException.class,
                refused -> assertThat(refused.code()).isEqualTo("linkedin.time_in_future"));
        assertThatThrownBy(() -> f.sync.profile(LinkedInMother.aUser())).isInstanceOfSatisfying(DomainException.class,
                refused -> assertThat(refused.code()).isEqualTo("linkedin.profile_not_found"));
    }

    @Test
    void anOlderVersionNeverOverwritesANewerOne() {
        Urn jana = LinkedInMother.profileUrn();
        ProfileCard first = LinkedInMother.card("Jana", "Schmidt");
        ProfileCard moved = new ProfileCard("Jana", "Schmidt", Optional.of("CRO"), Optional.of("Beta AG"),
                Optional.of("CRO"), Optional.of("Hamburg"), first.profileUrl());

        ContactBatchOutcome created = f.contacts(List.of(contact(jana, first, t)), List.of());
        ContactBatchOutcome replayed = f.contacts(List.of(contact(jana, first, t)), List.of());
        ContactBatchOutcome newer = f.contacts(List.of(contact(jana, moved, t.plusSeconds(60))), List.of());
        ContactBatchOutcome older = f.contacts(List.of(contact(jana, first, t.plusSeconds(30))), List.of());

        assertThat(results(created.contacts())).containsExactly(Result.CREATED);
        assertThat(results(replayed.contacts())).containsExactly(Result.UNCHANGED);
        assertThat(results(newer.contacts())).containsExactly(Result.UPDATED);
        assertThat(results(older.contacts())).containsExactly(Result.UNCHANGED);
        assertThat(created.contacts().getFirst().id()).isEqualTo(older.contacts().getFirst().id());
        assertThat(stored(jana).card().company()).contains("Beta AG");
        assertThat(f.sync.syncState(f.user).of(SyncKind.CONTACTS).lastItemAt()).contains(t.plusSeconds(60));
    }

    @Test
    void aDeletionMarkerDeletesAndKeepsOlderVersionsOut() {
        Urn jana = LinkedInMother.profileUrn();
        ProfileCard card = LinkedInMother.card("Jana", "Schmidt");
        f.contacts(List.of(contact(jana, card, t)), List.of());

        ContactBatchOutcome stale = f.contacts(List.of(), List.of(new Deletion(jana, t.minusSeconds(1))));
        ContactBatchOutcome deleted = f.contacts(List.of(), List.of(new Deletion(jana, t.plusSeconds(10))));
        ContactBatchOutcome olderAgain = f.contacts(List.of(contact(jana, card, t.plusSeconds(5))), List.of());
        ContactBatchOutcome unknown = f.contacts(List.of(), List.of(new Deletion(LinkedInMother.profileUrn(), t)));

        assertThat(results(stale.deletions())).containsExactly(Result.UNCHANGED);
        assertThat(results(deleted.deletions())).containsExactly(Result.UPDATED);
        assertThat(results(olderAgain.contacts())).containsExactly(Result.UNCHANGED);
        assertThat(results(unknown.deletions())).containsExactly(Result.UNCHANGED);
        assertThat(stored(jana)).isNull();
        assertThat(results(f.contacts(List.of(contact(jana, card, t.plusSeconds(20))), List.of()).contacts()))
                .as("a version after the deletion (they connected again) comes back").containsExactly(Result.CREATED);
    }

    @Test
    void versionsThatDifferBelowTheMillisecondAreTheSameVersion() {
        Urn jana = LinkedInMother.profileUrn();
        ProfileCard newest = LinkedInMother.card("Jana", "Neu");
        Instant second = t.truncatedTo(java.time.temporal.ChronoUnit.SECONDS);

        ContactBatchOutcome created = f.contacts(List.of(contact(jana, newest, second.plusNanos(200_000))), List.of());
        ContactBatchOutcome older = f.contacts(List.of(contact(jana, LinkedInMother.card("Jana", "Alt"),
                second.plusNanos(100_000))), List.of());
        ContactBatchOutcome deletion = f.contacts(List.of(), List.of(new Deletion(jana, second.plusNanos(900_000))));

        assertThat(results(created.contacts())).containsExactly(Result.CREATED);
        assertThat(results(older.contacts())).containsExactly(Result.UNCHANGED);
        assertThat(results(deletion.deletions())).as("not after the stored version").containsExactly(Result.UNCHANGED);
        assertThat(stored(jana).card()).isEqualTo(newest);
        assertThat(stored(jana).modifiedAt()).isEqualTo(second);
    }

    @Test
    void aProfileUrlGivenUpInABatchGoesToTheNewContactThatTakesIt() {
        Urn moved = LinkedInMother.profileUrn();
        Urn dropped = LinkedInMother.profileUrn();
        ProfileCard movedCard = LinkedInMother.card("Jana", "Schmidt");
        ProfileCard droppedCard = LinkedInMother.card("Max", "Muster");
        f.contacts(List.of(contact(moved, movedCard, t), contact(dropped, droppedCard, t)), List.of());
        ProfileCard elsewhere = withUrl(movedCard, LinkedInMother.card("Jana", "Schmidt").profileUrl());
        Urn takesMoved = LinkedInMother.profileUrn();
        Urn takesDropped = LinkedInMother.profileUrn();
        Urn bystander = LinkedInMother.profileUrn();

        ContactBatchOutcome outcome = f.contacts(List.of(
                contact(moved, elsewhere, t.plusSeconds(1)),
                contact(dropped, withUrl(droppedCard, Optional.empty()), t.plusSeconds(1)),
                contact(takesMoved, withUrl(LinkedInMother.card("Eva", "Neu"), movedCard.profileUrl()), t),
                contact(takesDropped, withUrl(LinkedInMother.card("Ole", "Neu"), droppedCard.profileUrl()), t),
                contact(bystander, LinkedInMother.card("Ida", "Dabei"), t)), List.of());

        assertThat(results(outcome.contacts())).containsExactly(Result.UPDATED, Result.UPDATED, Result.CREATED,
                Result.CREATED, Result.CREATED);
        assertThat(stored(moved).card().profileUrl()).isEqualTo(elsewhere.profileUrl());
        assertThat(stored(dropped).card().profileUrl()).isEmpty();
        assertThat(stored(takesMoved).card().profileUrl()).isEqualTo(movedCard.profileUrl());
        assertThat(stored(takesDropped).card().profileUrl()).isEqualTo(droppedCard.profileUrl());
        assertThat(stored(bystander)).isNotNull();
    }

    private static ProfileCard withUrl(ProfileCard card, Optional<ProfileUrl> url) {
        return new ProfileCard(card.firstName(), card.lastName(), card.headline(), card.company(), card.position(),
                card.location(), url);
    }

    @Test
    void badItemsAreRejectedOneByOneAndTheRestIsStored() {
        Urn jana = LinkedInMother.profileUrn();
        Urn max = LinkedInMother.profileUrn();
        Urn taker = LinkedInMother.profileUrn();
        ProfileCard janaCard = LinkedInMother.card("Jana", "Schmidt");
        ProfileCard sameUrl = new ProfileCard("Someone", "Else", Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), janaCard.profileUrl());
        List<Incoming<ContactUpsert>> items = List.of(
                Incoming.valid(contact(jana, janaCard, t)),
                Incoming.valid(contact(jana, janaCard, t.plusSeconds(1))),
                Incoming.valid(contact(max, LinkedInMother.card("Max", "Muster"), f.now().plus(Duration.ofHours(25)))),
                Incoming.build(() -> contact(LinkedInMother.profileUrn(), new ProfileCard("Bad", "Url",
                        Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                        Optional.of(ProfileUrl.parse("https://example.com/in/bad"))), t), () -> "profileUrl"),
                Incoming.valid(contact(taker, sameUrl, t)),
                Incoming.valid(contact(max, LinkedInMother.card("Max", "Muster"), f.now().plus(Duration.ofHours(23)))));

        ContactBatchOutcome outcome = f.sync.syncContacts(f.user, new ContactBatch(items, List.of()));

        assertThat(results(outcome.contacts())).containsExactly(Result.CREATED, Result.REJECTED, Result.REJECTED,
                Result.REJECTED, Result.REJECTED, Result.REJECTED);
        assertThat(codes(outcome.contacts())).containsExactly("-", "linkedin.duplicate_item",
                "linkedin.time_in_future", "linkedin.item_invalid", "linkedin.profile_url_taken",
                "linkedin.duplicate_item");
        assertThat(outcome.contacts().get(3).rejection().orElseThrow().detail()).startsWith("profileUrl: ");
        assertThat(stored(jana)).isNotNull();
        assertThat(stored(max)).isNull();
    }

    @Test
    void aBatchHoldsAtMost500Items() {
        List<Incoming<ContactUpsert>> many = new ArrayList<>(Collections.nCopies(400,
                Incoming.valid(contact(LinkedInMother.profileUrn(), LinkedInMother.card("A", "B"), t))));
        List<Incoming<Deletion>> deletions = Collections.nCopies(101,
                Incoming.valid(new Deletion(LinkedInMother.profileUrn(), t)));

        assertThatThrownBy(() -> f.sync.syncContacts(f.user, new ContactBatch(many, deletions)))
                .isInstanceOfSatisfying(InvalidValueException.class,
                        refused -> assertThat(refused.rule()).isEqualTo("batch.too_large"));
    }

    @Test
    void parallelBatchesOfTheSameContactsNeitherLoseNorDuplicateAnything() throws Exception {
        List<Urn> urns = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            urns.add(LinkedInMother.profileUrn());
        }
        java.util.concurrent.atomic.AtomicInteger round = new java.util.concurrent.atomic.AtomicInteger();

        List<Race.Outcome<ContactBatchOutcome>> outcomes = Race.run(6, () -> {
            int version = round.incrementAndGet();
            List<ContactUpsert> batch = urns.stream().map(urn -> contact(urn,
                    new ProfileCard("Name", "Version" + version, Optional.empty(), Optional.empty(),
                            Optional.empty(), Optional.empty(), Optional.empty()), t.plusSeconds(version))).toList();
            return f.contacts(batch, List.of());
        });

        assertThat(outcomes).allMatch(Race.Outcome::succeeded);
        long created = outcomes.stream().flatMap(o -> o.value().contacts().stream())
                .filter(o -> o.result() == Result.CREATED).count();
        assertThat(created).isEqualTo(urns.size());
        List<Contact> all = f.contacts.list(f.user, ContactQuery.ALL, PageRequest.first(100)).items().stream()
                .map(view -> view.contact()).toList();
        assertThat(all).hasSize(urns.size()).allSatisfy(c -> assertThat(c.card().lastName()).isEqualTo("Version6"));
    }
}
