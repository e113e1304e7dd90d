package io.cockpit.application.port.out.linkedin;

import io.cockpit.application.paging.Page;
import io.cockpit.application.paging.PageRequest;
import io.cockpit.application.port.out.register.ExportedItem;
import io.cockpit.application.port.out.register.PersonalDataStore;
import io.cockpit.application.port.out.register.PersonalDataStoreCases;
import io.cockpit.application.port.out.shared.StaleWriteException;
import io.cockpit.application.port.out.shared.UniquenessViolation;
import io.cockpit.application.testing.LinkedInMother;
import io.cockpit.domain.account.UserId;
import io.cockpit.domain.linkedin.Contact;
import io.cockpit.domain.linkedin.ContactActivity;
import io.cockpit.domain.linkedin.ContactNote;
import io.cockpit.domain.linkedin.ContactQuery;
import io.cockpit.domain.linkedin.ContactSort;
import io.cockpit.domain.linkedin.LabelIds;
import io.cockpit.domain.linkedin.ProfileCard;
import io.cockpit.domain.linkedin.ProfileUrl;
import io.cockpit.domain.shared.DomainException;
import io.cockpit.domain.shared.ItemId;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;

import static io.cockpit.application.testing.LinkedInMother.T0;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

public abstract class ContactRepositoryContract implements PersonalDataStoreCases {

    protected abstract ContactRepository contacts();

    private static ContactQuery query(UnaryOperator<ContactQueryBuilder> filters) {
        return filters.apply(new ContactQueryBuilder()).build();
    }

    private List<String> names(UserId user, ContactQuery query) {
        return contacts().list(user, query, PageRequest.first(100)).items().stream()
                .map(c -> c.card().fullName()).toList();
    }

    private static ContactActivity activity(Instant firstOut, Instant lastOut, Instant lastIn) {
        return new ContactActivity(Optional.ofNullable(firstOut), Optional.ofNullable(lastOut),
                Optional.ofNullable(lastIn));
    }

    @Test
    void findsAContactByIdUrnAndProfilePathOnlyForItsUser() {
        UserId user = LinkedInMother.aUser();
        UserId other = LinkedInMother.aUser();
        Contact jana = LinkedInMother.contact(user, "Jana", "Schmidt");
        contacts().insert(List.of(jana));
        String path = jana.card().profileUrl().orElseThrow().path();

        assertThat(contacts().find(user, jana.id())).contains(jana);
        assertThat(contacts().findByUrns(user, List.of(jana.urn(), LinkedInMother.profileUrn())))
                .containsExactly(Map.entry(jana.urn(), jana));
        assertThat(contacts().findByProfilePath(user, path)).contains(new LabeledContact(jana, LabelIds.NONE));
        LabelIds labels = new LabelIds(List.of(ItemId.random(), ItemId.random()), List.of(ItemId.random()));
        contacts().setLabels(user, jana.id(), labels);
        assertThat(contacts().findByProfilePath(user, path)).as("with its tags and categories")
                .contains(new LabeledContact(jana, labels));
        assertThat(contacts().holdersOfProfilePaths(user, List.of(path, "in/nobody")))
                .containsExactly(Map.entry(path, jana.urn()));
        assertThat(contacts().find(other, jana.id())).isEmpty();
        assertThat(contacts().findByUrns(other, List.of(jana.urn()))).isEmpty();
        assertThat(contacts().findByProfilePath(other, path)).isEmpty();
    }

    @Test
    void urnAndProfilePathAreUniquePerUser() {
        UserId user = LinkedInMother.aUser();
        Contact jana = LinkedInMother.contact(user, "Jana", "Schmidt");
        contacts().insert(List.of(jana));
        Contact sameUrn = new Contact(ItemId.random(), user, jana.urn(), LinkedInMother.card("Other", "Person"),
                Optional.empty(), T0, ContactActivity.NONE, Optional.empty(), false, 1, T0, T0);
        Contact samePath = new Contact(ItemId.random(), user, LinkedInMother.profileUrn(), jana.card(),
                Optional.empty(), T0, ContactActivity.NONE, Optional.empty(), false, 1, T0, T0);
        Contact noUrlA = LinkedInMother.contact(user, LinkedInMother.card("No", "Url", null, null, null));
        Contact noUrlB = LinkedInMother.contact(user, LinkedInMother.card("Also", "None", null, null, null));

        assertThatThrownBy(() -> contacts().insert(List.of(sameUrn))).isInstanceOf(UniquenessViolation.class);
        assertThatThrownBy(() -> contacts().insert(List.of(samePath))).isInstanceOf(UniquenessViolation.class);
        contacts().insert(List.of(noUrlA, noUrlB));
        UserId other = LinkedInMother.aUser();
        contacts().insert(List.of(new Contact(ItemId.random(), other, jana.urn(), jana.card(), Optional.empty(), T0,
                ContactActivity.NONE, Optional.empty(), false, 1, T0, T0)));
        assertThat(contacts().findByUrns(other, List.of(jana.urn()))).hasSize(1);
    }

    @Test
    void aNewerProfileKeepsWhatTheUserAndTheMessagesAdded() {
        UserId user = LinkedInMother.aUser();
        Contact jana = LinkedInMother.contact(user, "Jana", "Schmidt");
        contacts().insert(List.of(jana));
        contacts().updateActivity(user, Map.of(jana.urn(), activity(T0, T0.plusSeconds(10), T0.plusSeconds(20))));
        Contact noted = contacts().updateByUser(jana.revisedByUser(Optional.of(new ContactNote("Met at DMEXCO")),
                true, T0.plusSeconds(1)));
        ProfileCard moved = new ProfileCard("Jana", "Schmidt-Meyer", Optional.of("CRO"), Optional.of("Beta AG"),
                Optional.of("CRO"), Optional.of("München"), jana.card().profileUrl());
        Contact newer = new Contact(jana.id(), user, jana.urn(), moved, Optional.empty(), T0.plusSeconds(300),
                ContactActivity.NONE, Optional.empty(), false, 1, T0, T0.plusSeconds(300));

        contacts().updateProfiles(List.of(newer));

        Contact stored = contacts().find(user, jana.id()).orElseThrow();
        assertThat(stored.card()).isEqualTo(moved);
        assertThat(stored.connectedAt()).isEmpty();
        assertThat(stored.modifiedAt()).isEqualTo(T0.plusSeconds(300));
        assertThat(stored.note()).contains(new ContactNote("Met at DMEXCO"));
        assertThat(stored.doNotContact()).isTrue();
        assertThat(stored.userVersion()).isEqualTo(noted.userVersion()).isEqualTo(2);
        assertThat(stored.activity()).isEqualTo(activity(T0, T0.plusSeconds(10), T0.plusSeconds(20)));
        assertThat(stored.createdAt()).isEqualTo(T0);
    }

    @Test
    void theUsersChangeNeedsTheVersionItWasBasedOn() {
        UserId user = LinkedInMother.aUser();
        Contact jana = LinkedInMother.contact(user, "Jana", "Schmidt");
        contacts().insert(List.of(jana));
        Contact change = jana.revisedByUser(Optional.of(new ContactNote("first")), false, T0.plusSeconds(1));

        Contact stored = contacts().updateByUser(change);

        assertThat(stored.userVersion()).isEqualTo(2);
        assertThatThrownBy(() -> contacts().updateByUser(change)).isInstanceOf(StaleWriteException.class);
        assertThat(contacts().updateByUser(stored.revisedByUser(Optional.empty(), false, T0.plusSeconds(2)))
                .note()).isEmpty();
    }

    @Test
    void listsByNameInPagesBothWays() {
        UserId user = LinkedInMother.aUser();
        for (String[] name : new String[][] {{"Émile", "Zola"}, {"anna", "Berg"}, {"Zoë", "Ahrens"}, {"Björn", "Ax"}}) {
            contacts().insert(List.of(LinkedInMother.contact(user, name[0], name[1])));
        }
        contacts().insert(List.of(LinkedInMother.contact(LinkedInMother.aUser(), "Aaron", "Other")));

        Page<Contact> first = contacts().list(user, ContactQuery.ALL, PageRequest.first(3));
        Page<Contact> rest = contacts().list(user, ContactQuery.ALL, new PageRequest(3, first.next()));

        assertThat(first.items()).extracting(c -> c.card().fullName()).containsExactly("anna Berg", "Björn Ax",
                "Émile Zola");
        assertThat(rest.items()).extracting(c -> c.card().fullName()).containsExactly("Zoë Ahrens");
        assertThat(rest.next()).isEmpty();
        assertThat(names(user, query(q -> q.sort(ContactSort.NAME_DESCENDING))))
                .containsExactly("Zoë Ahrens", "Émile Zola", "Björn Ax", "anna Berg");
        assertThatThrownBy(() -> contacts().list(user, query(q -> q.sort(ContactSort.LAST_CONTACT)),
                new PageRequest(3, first.next()))).isInstanceOf(DomainException.class)
                .hasFieldOrPropertyWithValue("code", "request.invalid_cursor");
    }

    @Test
    void listsByLastContactAndByConnectionDate() {
        UserId user = LinkedInMother.aUser();
        Contact never = LinkedInMother.contact(user, "Never", "Written");
        Contact old = LinkedInMother.contact(user, "Old", "Contact");
        Contact recent = LinkedInMother.contact(user, "Recent", "Contact");
        Contact unconnected = new Contact(ItemId.random(), user, LinkedInMother.profileUrn(),
                LinkedInMother.card("Not", "Connected"), Optional.empty(), T0, ContactActivity.NONE, Optional.empty(),
                false, 1, T0, T0);
        contacts().insert(List.of(never, old, recent, unconnected));
        contacts().updateActivity(user, Map.of(old.urn(), activity(T0.minusSeconds(900), T0.minusSeconds(900), null),
                recent.urn(), activity(null, null, T0.minusSeconds(5))));

        Page<Contact> newest = contacts().list(user, query(q -> q.sort(ContactSort.LAST_CONTACT_DESCENDING)),
                PageRequest.first(1));
        Page<Contact> next = contacts().list(user, query(q -> q.sort(ContactSort.LAST_CONTACT_DESCENDING)),
                new PageRequest(1, newest.next()));

        assertThat(newest.items()).extracting(Contact::id).containsExactly(recent.id());
        assertThat(next.items()).extracting(Contact::id).containsExactly(old.id());
        assertThat(names(user, query(q -> q.sort(ContactSort.LAST_CONTACT_DESCENDING))).subList(2, 4))
                .containsExactlyInAnyOrder("Never Written", "Not Connected");
        assertThat(names(user, query(q -> q.sort(ContactSort.LAST_CONTACT))).subList(2, 4))
                .containsExactly("Old Contact", "Recent Contact");
        assertThat(names(user, query(q -> q.sort(ContactSort.CONNECTED))).getFirst()).isEqualTo("Not Connected");
        assertThat(names(user, query(q -> q.sort(ContactSort.CONNECTED_DESCENDING))).getLast())
                .isEqualTo("Not Connected");
    }

    @Test
    void filtersByTheContactsFieldsAndTheirActivity() {
        UserId user = LinkedInMother.aUser();
        Contact mueller = LinkedInMother.contact(user, LinkedInMother.card("Jörg", "Müller", "Müller & Söhne GmbH",
                "Vertriebsleiter", "Köln"));
        Contact francois = LinkedInMother.contact(user, LinkedInMother.card("François", "Dupont", "ACME_100%",
                "Head of Sales", "Paris"));
        Contact quiet = LinkedInMother.contact(user, LinkedInMother.card("Quiet", "Person", null, null, null));
        contacts().insert(List.of(mueller, francois, quiet));
        contacts().updateActivity(user, Map.of(
                mueller.urn(), activity(T0.minusSeconds(100), T0.minusSeconds(100), T0.minusSeconds(50)),
                francois.urn(), activity(T0.minusSeconds(10), T0.minusSeconds(10), T0.minusSeconds(20))));
        contacts().updateByUser(quiet.revisedByUser(Optional.empty(), true, T0));

        assertThat(names(user, query(q -> q.company("muller")))).containsExactly("Jörg Müller");
        assertThat(names(user, query(q -> q.company("100%")))).containsExactly("François Dupont");
        assertThat(names(user, query(q -> q.company("e_1")))).containsExactly("François Dupont");
        assertThat(names(user, query(q -> q.company("%")))).containsExactly("François Dupont");
        assertThat(names(user, query(q -> q.position("SALES")))).containsExactly("François Dupont");
        assertThat(names(user, query(q -> q.location("koln")))).containsExactly("Jörg Müller");
        assertThat(names(user, query(q -> q.writtenTo(true)))).containsExactly("François Dupont", "Jörg Müller");
        assertThat(names(user, query(q -> q.writtenTo(false)))).containsExactly("Quiet Person");
        assertThat(names(user, query(q -> q.replied(true)))).containsExactly("Jörg Müller");
        assertThat(names(user, query(q -> q.replied(false)))).containsExactly("François Dupont", "Quiet Person");
        assertThat(names(user, query(q -> q.lastContactBefore(T0.minusSeconds(30))))).containsExactly("Jörg Müller");
        assertThat(names(user, query(q -> q.lastContactAfter(T0.minusSeconds(10))))).containsExactly("François Dupont");
        assertThat(names(user, query(q -> q.connectedSince(T0.minusSeconds(86_400))))).hasSize(3);
        assertThat(names(user, query(q -> q.connectedUntil(T0.minusSeconds(86_400))))).isEmpty();
        assertThat(names(user, query(q -> q.doNotContact(true)))).containsExactly("Quiet Person");
        assertThat(names(user, query(q -> q.company("acme").writtenTo(false)))).isEmpty();
    }

    @Test
    void aFilteredListPagesInEveryOrderAsTheWholeListFiltered() {
        UserId user = LinkedInMother.aUser();
        List<Contact> all = new ArrayList<>();
        String[] names = {"Hanna", "Bert", "Greta", "Anton", "Frieda", "Carl", "Emil", "Dora"};
        Map<io.cockpit.domain.linkedin.Urn, ContactActivity> activities = new java.util.HashMap<>();
        for (int i = 0; i < names.length; i++) {
            Contact contact = LinkedInMother.contact(user, LinkedInMother.card(names[i], "Muster",
                    i % 3 == 0 ? "Beta AG" : "Acme GmbH", "Sales", "Berlin"));
            all.add(contact);
            if (i % 4 != 1) {
                activities.put(contact.urn(), activity(T0.minusSeconds(100L * i), T0.minusSeconds(100L * i), null));
            }
        }
        contacts().insert(all);
        contacts().insert(List.of(LinkedInMother.contact(LinkedInMother.aUser(), LinkedInMother.card("Acme", "Other",
                "Acme GmbH", "Sales", "Berlin"))));
        contacts().updateActivity(user, activities);

        for (ContactSort sort : ContactSort.values()) {
            List<String> expected = contacts().list(user, query(q -> q.sort(sort)), PageRequest.first(100)).items()
                    .stream().filter(c -> c.card().company().orElseThrow().startsWith("Acme"))
                    .map(c -> c.card().firstName()).toList();
            List<String> paged = new ArrayList<>();
            Page<Contact> page = contacts().list(user, query(q -> q.company("acme").sort(sort)), PageRequest.first(2));
            paged.addAll(page.items().stream().map(c -> c.card().firstName()).toList());
            while (page.next().isPresent()) {
                page = contacts().list(user, query(q -> q.company("acme").sort(sort)),
                        new PageRequest(2, page.next()));
                paged.addAll(page.items().stream().map(c -> c.card().firstName()).toList());
            }
            assertThat(paged).as(sort.name()).hasSize(5).isEqualTo(expected);
            assertThat(names(user, query(q -> q.sort(sort).writtenTo(false)))).as(sort.name()).hasSize(2);
        }
    }

    @Test
    void tagsAndCategoriesAreSetFilteredAndTakenOff() {
        UserId user = LinkedInMother.aUser();
        Contact jana = LinkedInMother.contact(user, "Jana", "Schmidt");
        Contact max = LinkedInMother.contact(user, "Max", "Muster");
        contacts().insert(List.of(jana, max));
        ItemId hot = ItemId.random();
        ItemId cold = ItemId.random();
        ItemId customers = ItemId.random();
        contacts().setLabels(user, jana.id(), new LabelIds(List.of(hot, cold), List.of(customers)));
        contacts().setLabels(user, max.id(), new LabelIds(List.of(cold), List.of()));

        assertThat(contacts().labelsOf(user, List.of(jana.id(), max.id()))).containsOnly(
                Map.entry(jana.id(), new LabelIds(List.of(hot, cold), List.of(customers))),
                Map.entry(max.id(), new LabelIds(List.of(cold), List.of())));
        assertThat(names(user, query(q -> q.tag(cold)))).containsExactly("Jana Schmidt", "Max Muster");
        assertThat(names(user, query(q -> q.tag(hot)))).containsExactly("Jana Schmidt");
        assertThat(names(user, query(q -> q.category(customers).tag(cold)))).containsExactly("Jana Schmidt");
        assertThat(names(LinkedInMother.aUser(), query(q -> q.tag(cold)))).isEmpty();

        contacts().removeLabel(user, cold);
        contacts().setLabels(user, max.id(), LabelIds.NONE);

        assertThat(contacts().labelsOf(user, List.of(jana.id(), max.id()))).containsOnly(
                Map.entry(jana.id(), new LabelIds(List.of(hot), List.of(customers))));
        assertThat(contacts().delete(user, jana.id())).isTrue();
        assertThat(contacts().delete(user, jana.id())).isFalse();
        assertThat(contacts().labelsOf(user, List.of(jana.id()))).isEmpty();
    }

    @Test
    void exportsEveryContactWithLabelsAndErasesInBoundedBatches() {
        UserId user = LinkedInMother.aUser();
        UserId other = LinkedInMother.aUser();
        List<Contact> five = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            five.add(LinkedInMother.contact(user, "Person", "Number" + i));
        }
        contacts().insert(five);
        contacts().insert(List.of(LinkedInMother.contact(other, "Kept", "Contact")));
        ItemId tag = ItemId.random();
        contacts().setLabels(user, five.getFirst().id(), new LabelIds(List.of(tag), List.of()));
        contacts().updateByUser(five.getFirst().revisedByUser(Optional.of(new ContactNote("private")), false, T0));

        List<ExportedItem> exported = new ArrayList<>();
        contacts().export(user, exported::add);

        assertThat(exported).hasSize(5);
        assertThat(exported).filteredOn(item -> item.fields().get("id").equals(five.getFirst().id().value()))
                .singleElement().satisfies(item -> assertThat(item.fields())
                        .containsEntry("tags", List.of(tag.value()))
                        .containsEntry("note", "private")
                        .containsEntry("profileUrn", five.getFirst().urn().value())
                        .containsEntry("profileUrl", five.getFirst().card().profileUrl().map(ProfileUrl::url)
                                .orElseThrow()));
        assertThat(contacts().category()).isEqualTo("linkedin_contacts");
        assertThat(contacts().erase(user, 2)).isEqualTo(2);
        assertThat(contacts().erase(user, 2)).isEqualTo(2);
        assertThat(contacts().erase(user, 2)).isEqualTo(1);
        assertThat(contacts().erase(user, 2)).isZero();
        assertThat(contacts().list(user, ContactQuery.ALL, PageRequest.first(10)).items()).isEmpty();
        assertThat(contacts().labelsOf(user, List.of(five.getFirst().id()))).isEmpty();
        assertThat(contacts().list(other, ContactQuery.ALL, PageRequest.first(10)).items()).hasSize(1);
    }

    /** Filters for a test, the rest empty. */
    protected static final class ContactQueryBuilder {
        private Optional<ItemId> tag = Optional.empty();
        private Optional<ItemId> category = Optional.empty();
        private Optional<String> company = Optional.empty();
        private Optional<String> position = Optional.empty();
        private Optional<String> location = Optional.empty();
        private Optional<Instant> connectedSince = Optional.empty();
        private Optional<Instant> connectedUntil = Optional.empty();
        private Optional<Boolean> writtenTo = Optional.empty();
        private Optional<Boolean> replied = Optional.empty();
        private Optional<Instant> lastContactBefore = Optional.empty();
        private Optional<Instant> lastContactAfter = Optional.empty();
        private Optional<Boolean> doNotContact = Optional.empty();
        private ContactSort sort = ContactSort.NAME;

        ContactQueryBuilder tag(ItemId id) {
            tag = Optional.of(id);
            return this;
        }

        ContactQueryBuilder category(ItemId id) {
            category = Optional.of(id);
            return this;
        }

        ContactQueryBuilder company(String text) {
            company = Optional.of(text);
            return this;
        }

        ContactQueryBuilder position(String text) {
            position = Optional.of(text);
            return this;
        }

        ContactQueryBuilder location(String text) {
            location = Optional.of(text);
            return this;
        }

        ContactQueryBuilder connectedSince(Instant at) {
            connectedSince = Optional.of(at);
            return this;
        }

        ContactQueryBuilder connectedUntil(Instant at) {
            connectedUntil = Optional.of(at);
            return this;
        }

        ContactQueryBuilder writtenTo(boolean value) {
            writtenTo = Optional.of(value);
            return this;
        }

        ContactQueryBuilder replied(boolean value) {
            replied = Optional.of(value);
            return this;
        }

        ContactQueryBuilder lastContactBefore(Instant at) {
            lastContactBefore = Optional.of(at);
            return this;
        }

        ContactQueryBuilder lastContactAfter(Instant at) {
            lastContactAfter = Optional.of(at);
            return this;
        }

        ContactQueryBuilder doNotContact(boolean value) {
            doNotContact = Optional.of(value);
            return this;
        }

        ContactQueryBuilder sort(ContactSort order) {
            sort = order;
            return this;
        }

        ContactQuery build() {
            return new ContactQuery(tag, category, company, position, location, connectedSince, connectedUntil,
                    writtenTo, replied, lastContactBefore, lastContactAfter, doNotContact, sort);
        }
    }

    @Override
    public PersonalDataStore personalData() {
        return contacts();
    }

    @Override
    public int giveData(UserId user) {
        List<Contact> three = List.of(LinkedInMother.contact(user, "Jana", "Schmidt"),
                LinkedInMother.contact(user, "Max", "Müller"), LinkedInMother.contact(user, "Eva", "Weber"));
        contacts().insert(three);
        contacts().setLabels(user, three.getFirst().id(), new LabelIds(List.of(ItemId.random()), List.of()));
        return three.size();
    }

    @Override
    public boolean holdsDataOf(UserId user) {
        return !contacts().list(user, ContactQuery.ALL, PageRequest.first(1)).items().isEmpty();
    }

    @Override
    public List<String> exportedFields() {
        return List.of("id", "profileUrn", "firstName", "lastName", "headline", "company", "position", "location",
                "profileUrl", "connectedAt", "modifiedAt", "firstOutboundAt", "lastOutboundAt", "lastInboundAt",
                "note", "doNotContact", "tags", "categories", "createdAt", "updatedAt");
    }
}
