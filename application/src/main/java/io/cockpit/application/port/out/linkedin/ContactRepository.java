package io.cockpit.application.port.out.linkedin;

import io.cockpit.application.paging.Page;
import io.cockpit.application.paging.PageRequest;
import io.cockpit.application.port.out.register.PersonalDataStore;
import io.cockpit.application.port.out.shared.StaleWriteException;
import io.cockpit.domain.account.UserId;
import io.cockpit.domain.linkedin.Contact;
import io.cockpit.domain.linkedin.ContactActivity;
import io.cockpit.domain.linkedin.ContactQuery;
import io.cockpit.domain.linkedin.LabelIds;
import io.cockpit.domain.linkedin.Urn;
import io.cockpit.domain.shared.ItemId;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The user's contacts and their tags and categories, always scoped by User-ID. A contact's profile URN and its
 * normalised profile URL path are unique per user; the lookup by path is one index probe.
 */
public interface ContactRepository extends PersonalDataStore {

    Map<Urn, Contact> findByUrns(UserId user, Collection<Urn> urns);

    Optional<Contact> find(UserId user, ItemId id);

    /** The contact whose profile URL has this normalised path ({@code in/jana-schmidt-4711}), with its labels. */
    Optional<LabeledContact> findByProfilePath(UserId user, String path);

    /** Which of these paths another contact holds already, and whose they are. */
    Map<String, Urn> holdersOfProfilePaths(UserId user, Collection<String> paths);

    void insert(List<Contact> contacts);

    /** Stores newer versions of the profiles (card, connection date, modifiedAt); the rest stays. */
    void updateProfiles(List<Contact> contacts);

    /** Stores recomputed activity of the contacts with these URNs; URNs without a contact are passed over. */
    void updateActivity(UserId user, Map<Urn, ContactActivity> activity);

    /**
     * Stores the user's own fields (note, do not contact) if the stored user version is still
     * {@code changed.userVersion()}; the contact as stored, with the next user version.
     *
     * @throws StaleWriteException if the user changed it meanwhile
     */
    Contact updateByUser(Contact changed);

    /** Deletes the contact and its labels; whether there was one. */
    boolean delete(UserId user, ItemId id);

    /** The user's contacts that match, in the query's order, a page at a time (the cursor belongs to the order). */
    Page<Contact> list(UserId user, ContactQuery query, PageRequest page);

    Map<ItemId, LabelIds> labelsOf(UserId user, Collection<ItemId> contacts);

    /** Replaces the contact's tags and categories. */
    void setLabels(UserId user, ItemId contact, LabelIds labels);

    /** Takes a deleted tag or category off every contact. */
    void removeLabel(UserId user, ItemId label);
}
