package io.cockpit.application.port.in.linkedin;

import io.cockpit.application.paging.Page;
import io.cockpit.application.paging.PageRequest;
import io.cockpit.domain.account.UserId;
import io.cockpit.domain.linkedin.ContactQuery;
import io.cockpit.domain.linkedin.ProfileUrl;
import io.cockpit.domain.shared.ItemId;
import io.cockpit.domain.shared.VersionCheck;

/** The user's contacts. Another user's contact is {@code contact.not_found}. */
public interface ContactsUseCase {

    Page<ContactView> list(UserId user, ContactQuery query, PageRequest page);

    ContactView get(UserId user, ItemId id);

    /** "Have I written to this person?": the contact with this profile URL, found by one index probe. */
    ContactView lookup(UserId user, ProfileUrl profileUrl);

    /**
     * @throws io.cockpit.domain.shared.DomainException {@code label.unknown} for a tag or category that is not the
     *                                                  user's, {@code precondition.failed} for a stale version
     */
    ContactView change(UserId user, ItemId id, ContactChange change, VersionCheck expected);

    /**
     * Forgets the contact: the contact, the messages they sent, the one-to-one conversations with them (with every
     * message), their place in group conversations; and puts a keyed hash of their profile URN on the suppression
     * list, so that a later sync does not bring them back.
     */
    void forget(UserId user, ItemId id);
}
