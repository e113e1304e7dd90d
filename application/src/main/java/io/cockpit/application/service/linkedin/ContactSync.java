package io.cockpit.application.service.linkedin;

import io.cockpit.application.port.in.linkedin.ContactBatch;
import io.cockpit.application.port.in.linkedin.ContactBatchOutcome;
import io.cockpit.application.port.out.linkedin.ContactRepository;
import io.cockpit.application.port.out.linkedin.SuppressionRepository;
import io.cockpit.application.service.linkedin.Screening.Pending;
import io.cockpit.domain.account.UserId;
import io.cockpit.domain.linkedin.Contact;
import io.cockpit.domain.linkedin.ContactActivity;
import io.cockpit.domain.linkedin.ContactUpsert;
import io.cockpit.domain.linkedin.Deletion;
import io.cockpit.domain.linkedin.ItemKind;
import io.cockpit.domain.linkedin.ItemOutcome;
import io.cockpit.domain.linkedin.LinkedInErrors;
import io.cockpit.domain.linkedin.ProfileUrl;
import io.cockpit.domain.linkedin.SyncKind;
import io.cockpit.domain.linkedin.SyncState;
import io.cockpit.domain.linkedin.Urn;
import io.cockpit.domain.shared.ItemId;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Stores a batch of contacts, under the user's write lock: deletion markers first (they may free a profile URL),
 * then newer versions of stored contacts (they may give one up), then new contacts. A contact's activity is computed from the stored conversations when it first arrives,
 * so messages synced before their contacts still count.
 */
final class ContactSync {

    private final ContactRepository contacts;
    private final SuppressionRepository suppressions;
    private final ActivityRefresh activity;
    private final UrnHasher hasher;

    ContactSync(ContactRepository contacts, SuppressionRepository suppressions, ActivityRefresh activity,
                UrnHasher hasher) {
        this.contacts = contacts;
        this.suppressions = suppressions;
        this.activity = activity;
        this.hasher = hasher;
    }

    /** Runs inside the write lock; returns the outcomes and the state to save. */
    Result sync(UserId user, ContactBatch batch, SyncState state, Instant now) {
        ItemOutcome[] upserted = new ItemOutcome[batch.contacts().size()];
        ItemOutcome[] deleted = new ItemOutcome[batch.deletions().size()];
        Set<Urn> seen = new HashSet<>();
        List<Pending<ContactUpsert>> upserts = Screening.screen(batch.contacts(), upserted, seen, now,
                item -> Stream.concat(Stream.of(item.modifiedAt()), item.connectedAt().stream()));
        List<Pending<Deletion>> deletions = Screening.screen(batch.deletions(), deleted, seen, now,
                Screening::versionOnly);

        Map<Urn, Contact> stored = new HashMap<>(contacts.findByUrns(user, seen));
        Map<String, Urn> pathHolders = new HashMap<>(contacts.holdersOfProfilePaths(user, upserts.stream()
                .flatMap(p -> p.item().card().profileUrl().stream()).map(ProfileUrl::path).toList()));
        Map<Urn, String> hashes = new HashMap<>();
        seen.forEach(urn -> hashes.put(urn, hasher.hash(user, urn)));
        Set<String> suppressed = suppressions.suppressedAmong(user,
                upserts.stream().map(p -> hashes.get(p.item().urn())).toList());
        Map<String, Instant> tombstones = new HashMap<>(suppressions.tombstones(user, ItemKind.CONTACT,
                seen.stream().filter(urn -> !stored.containsKey(urn)).map(hashes::get).toList()));
        Map<String, Instant> buried = new HashMap<>();

        for (Pending<Deletion> pending : deletions) {
            Deletion deletion = pending.item();
            Contact contact = stored.get(deletion.urn());
            if (contact != null && deletion.deletedAt().isAfter(contact.modifiedAt())) {
                contacts.delete(user, contact.id());
                contact.card().profileUrl().ifPresent(url -> pathHolders.remove(url.path()));
                stored.remove(deletion.urn());
                buried.put(hashes.get(deletion.urn()), deletion.deletedAt());
                deleted[pending.position()] = ItemOutcome.updated(contact.id());
            } else if (contact != null) {
                deleted[pending.position()] = ItemOutcome.unchanged(Optional.of(contact.id()));
            } else {
                buried.merge(hashes.get(deletion.urn()), deletion.deletedAt(), ContactSync::later);
                deleted[pending.position()] = ItemOutcome.unchanged(Optional.empty());
            }
        }

        List<ContactUpsert> fresh = new ArrayList<>();
        List<Integer> freshPositions = new ArrayList<>();
        List<Contact> changed = new ArrayList<>();
        for (Pending<ContactUpsert> pending : upserts) {
            ContactUpsert item = pending.item();
            Contact contact = stored.get(item.urn());
            Optional<String> path = item.card().profileUrl().map(ProfileUrl::path);
            Instant tombstone = tombstones.get(hashes.get(item.urn()));
            if (suppressed.contains(hashes.get(item.urn()))) {
                upserted[pending.position()] = LinkedInErrors.suppressed();
            } else if (contact == null && tombstone != null && !item.modifiedAt().isAfter(tombstone)) {
                upserted[pending.position()] = ItemOutcome.unchanged(Optional.empty());
            } else if (contact != null && !item.modifiedAt().isAfter(contact.modifiedAt())) {
                upserted[pending.position()] = ItemOutcome.unchanged(Optional.of(contact.id()));
            } else if (path.map(pathHolders::get).filter(holder -> !holder.equals(item.urn())).isPresent()) {
                upserted[pending.position()] = LinkedInErrors.profileUrlTaken();
            } else {
                path.ifPresent(p -> pathHolders.put(p, item.urn()));
                if (contact == null) {
                    fresh.add(item);
                    freshPositions.add(pending.position());
                } else {
                    contact.card().profileUrl().map(ProfileUrl::path).filter(old -> !path.equals(Optional.of(old)))
                            .ifPresent(pathHolders::remove);
                    changed.add(contact.resynced(item, now));
                    upserted[pending.position()] = contact.sameProfileAs(item)
                            ? ItemOutcome.unchanged(Optional.of(contact.id())) : ItemOutcome.updated(contact.id());
                }
            }
        }

        Map<Urn, ContactActivity> activities = activity.of(user, fresh.stream().map(ContactUpsert::urn).toList());
        List<Contact> created = new ArrayList<>();
        for (int i = 0; i < fresh.size(); i++) {
            ContactUpsert item = fresh.get(i);
            Contact contact = Contact.synced(ItemId.random(), user, item, activities.get(item.urn()), now);
            created.add(contact);
            upserted[freshPositions.get(i)] = ItemOutcome.created(contact.id());
        }
        // in the batch's order, so a profile URL an update gives up is free before a new contact takes it
        contacts.updateProfiles(changed);
        contacts.insert(created);
        if (!buried.isEmpty()) {
            suppressions.bury(user, ItemKind.CONTACT, buried);
        }

        SyncState advanced = state;
        if (batch.size() > 0) {
            Optional<Instant> newest = Stream.concat(
                            Screening.newest(upserts, upserted, p -> p.item().version()).stream(),
                            Screening.newest(deletions, deleted, p -> p.item().version()).stream())
                    .max(Instant::compareTo);
            advanced = state.advanced(SyncKind.CONTACTS, now, newest);
        }
        return new Result(new ContactBatchOutcome(Arrays.asList(upserted), Arrays.asList(deleted)), advanced);
    }

    private static Instant later(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }

    record Result(ContactBatchOutcome outcome, SyncState state) {
    }
}
