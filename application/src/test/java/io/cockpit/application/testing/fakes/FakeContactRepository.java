package io.cockpit.application.testing.fakes;

import io.cockpit.application.paging.Page;
import io.cockpit.application.paging.PageRequest;
import io.cockpit.application.port.out.linkedin.ContactOrder;
import io.cockpit.application.port.out.linkedin.ContactRepository;
import io.cockpit.application.port.out.linkedin.LabeledContact;
import io.cockpit.application.port.out.linkedin.LinkedInExport;
import io.cockpit.application.port.out.register.ExportedItem;
import io.cockpit.application.port.out.shared.StaleWriteException;
import io.cockpit.application.port.out.shared.UniquenessViolation.Rule;
import io.cockpit.domain.account.UserId;
import io.cockpit.domain.linkedin.Contact;
import io.cockpit.domain.linkedin.ContactActivity;
import io.cockpit.domain.linkedin.ContactQuery;
import io.cockpit.domain.linkedin.ContactSort;
import io.cockpit.domain.linkedin.LabelIds;
import io.cockpit.domain.linkedin.LinkedInPersonalData;
import io.cockpit.domain.linkedin.ProfileUrl;
import io.cockpit.domain.linkedin.Urn;
import io.cockpit.domain.shared.ItemId;

import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;

import static io.cockpit.application.testing.fakes.UniqueKey.unique;

public final class FakeContactRepository implements ContactRepository {

    private final FakeTable<Contact> contacts;
    private final FakeLabelAssignments labels;

    public FakeContactRepository(FakeDatabase database) {
        this.contacts = database.table("linkedin_contact", c -> List.of(c.userId(), c.id()), List.of(
                unique("uq_linkedin_contact_urn", Rule.IDENTIFIER, c -> List.of(c.userId(), c.urn())),
                unique("uq_linkedin_contact_path", Rule.IDENTIFIER, c -> c.card().profileUrl()
                        .<Object>map(url -> List.of(c.userId(), url.path())).orElse(List.of(c.userId(), c.id())))));
        this.labels = new FakeLabelAssignments(database, "linkedin_contact_label");
    }

    private static Contact stored(Contact c) {
        ContactActivity a = c.activity();
        return new Contact(c.id(), c.userId(), c.urn(), c.card(), c.connectedAt().map(StoredTime::of),
                StoredTime.of(c.modifiedAt()), new ContactActivity(a.firstOutboundAt().map(StoredTime::of),
                a.lastOutboundAt().map(StoredTime::of), a.lastInboundAt().map(StoredTime::of)), c.note(),
                c.doNotContact(), c.userVersion(), StoredTime.of(c.createdAt()), StoredTime.of(c.updatedAt()));
    }

    private List<Contact> of(UserId user) {
        return contacts.select(c -> c.userId().equals(user));
    }

    @Override
    public Map<Urn, Contact> findByUrns(UserId user, Collection<Urn> urns) {
        Set<Urn> wanted = new HashSet<>(urns);
        Map<Urn, Contact> found = new HashMap<>();
        contacts.select(c -> c.userId().equals(user) && wanted.contains(c.urn())).forEach(c -> found.put(c.urn(), c));
        return found;
    }

    @Override
    public Optional<Contact> find(UserId user, ItemId id) {
        return contacts.find(List.of(user, id));
    }

    @Override
    public Optional<LabeledContact> findByProfilePath(UserId user, String path) {
        return of(user).stream().filter(c -> c.card().profileUrl().map(ProfileUrl::path).filter(path::equals)
                .isPresent()).findFirst().map(c -> new LabeledContact(c,
                        labelsOf(user, List.of(c.id())).getOrDefault(c.id(), LabelIds.NONE)));
    }

    @Override
    public Map<String, Urn> holdersOfProfilePaths(UserId user, Collection<String> paths) {
        Set<String> wanted = new HashSet<>(paths);
        Map<String, Urn> found = new HashMap<>();
        for (Contact c : of(user)) {
            c.card().profileUrl().map(ProfileUrl::path).filter(wanted::contains).ifPresent(p -> found.put(p, c.urn()));
        }
        return found;
    }

    @Override
    public void insert(List<Contact> newContacts) {
        newContacts.forEach(c -> contacts.insert(stored(c)));
    }

    @Override
    public void updateProfiles(List<Contact> changed) {
        for (Contact c : changed) {
            contacts.update(List.of(c.userId(), c.id()), any -> true, old -> stored(new Contact(old.id(), old.userId(),
                    old.urn(), c.card(), c.connectedAt(), c.modifiedAt(), old.activity(), old.note(),
                    old.doNotContact(), old.userVersion(), old.createdAt(), c.updatedAt())));
        }
    }

    @Override
    public void updateActivity(UserId user, Map<Urn, ContactActivity> activity) {
        findByUrns(user, activity.keySet()).forEach((urn, c) -> contacts.update(List.of(user, c.id()), any -> true,
                old -> stored(old.withActivity(activity.get(urn)))));
    }

    @Override
    public Contact updateByUser(Contact changed) {
        return contacts.update(List.of(changed.userId(), changed.id()),
                        old -> old.userVersion() == changed.userVersion(),
                        old -> stored(new Contact(old.id(), old.userId(), old.urn(), old.card(), old.connectedAt(),
                                old.modifiedAt(), old.activity(), changed.note(), changed.doNotContact(),
                                old.userVersion() + 1, old.createdAt(), changed.updatedAt())))
                .map(old -> new Contact(changed.id(), changed.userId(), changed.urn(), changed.card(),
                        changed.connectedAt(), changed.modifiedAt(), changed.activity(), changed.note(),
                        changed.doNotContact(), changed.userVersion() + 1, changed.createdAt(), changed.updatedAt()))
                .orElseThrow(() -> new StaleWriteException("contact"));
    }

    @Override
    public boolean delete(UserId user, ItemId id) {
        labels.removeOwner(user, id);
        return contacts.delete(List.of(user, id), any -> true).isPresent();
    }

    /** Where a contact (or a cursor) stands in an order: the name or the time it sorts by, then the id. */
    private record Position(String name, Instant time, String id) {
    }

    @Override
    public Page<Contact> list(UserId user, ContactQuery query, PageRequest page) {
        ContactSort sort = query.sort();
        boolean byName = sort == ContactSort.NAME || sort == ContactSort.NAME_DESCENDING;
        Function<Contact, Position> positionOf = c -> switch (sort) {
            case NAME, NAME_DESCENDING -> new Position(c.card().nameSort(), null, c.id().value());
            case LAST_CONTACT, LAST_CONTACT_DESCENDING -> new Position(null, ContactOrder.lastContactKey(c),
                    c.id().value());
            case CONNECTED, CONNECTED_DESCENDING -> new Position(null, ContactOrder.connectedKey(c), c.id().value());
        };
        Comparator<Position> ascending = (byName ? Comparator.comparing(Position::name, Keyset.BINARY_TEXT)
                : Comparator.comparing(Position::time)).thenComparing(Position::id, Keyset.BINARY_TEXT);
        Comparator<Position> order = sort.descending() ? ascending.reversed() : ascending;
        Optional<Position> after = page.after().map(cursor -> byName
                ? new Position(ContactOrder.namePosition(cursor), null, cursor.id())
                : new Position(null, ContactOrder.timePosition(cursor, sort), cursor.id()));
        List<Contact> fetched = of(user).stream()
                .filter(query::matches)
                .filter(c -> query.matchesLabels(labels.of(user, c.id())))
                .filter(c -> after.map(position -> order.compare(positionOf.apply(c), position) > 0).orElse(true))
                .sorted(Comparator.comparing(positionOf, order))
                .limit(page.limit() + 1L)
                .toList();
        return Page.of(fetched, page.limit(), c -> ContactOrder.cursorOf(c, sort));
    }

    @Override
    public Map<ItemId, LabelIds> labelsOf(UserId user, Collection<ItemId> owners) {
        return labels.of(user, owners);
    }

    @Override
    public void setLabels(UserId user, ItemId contact, LabelIds newLabels) {
        labels.set(user, contact, newLabels);
    }

    @Override
    public void removeLabel(UserId user, ItemId label) {
        labels.remove(user, label);
    }

    @Override
    public String category() {
        return LinkedInPersonalData.LINKEDIN_CONTACTS.id();
    }

    @Override
    public void export(UserId user, Consumer<ExportedItem> sink) {
        of(user).stream().sorted(Comparator.comparing(c -> c.id().value(), Keyset.BINARY_TEXT))
                .forEach(c -> sink.accept(LinkedInExport.contact(c, labels.of(user, c.id()))));
    }

    @Override
    public int erase(UserId user, int limit) {
        List<Contact> some = of(user).stream().limit(limit).toList();
        if (some.isEmpty()) {
            return labels.removeAll(user);
        }
        some.forEach(c -> delete(user, c.id()));
        return some.size();
    }
}
