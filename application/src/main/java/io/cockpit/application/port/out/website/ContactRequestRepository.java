package io.cockpit.application.port.out.website;

import io.cockpit.application.paging.Page;
import io.cockpit.application.paging.PageRequest;
import io.cockpit.domain.access.TokenHash;
import io.cockpit.domain.account.EmailAddress;
import io.cockpit.domain.shared.ItemId;
import io.cockpit.domain.website.ContactRequest;

import java.util.List;
import java.util.Optional;

/** The contact requests sent with the website's form; every stored one is open. */
public interface ContactRequestRepository {

    void add(ContactRequest request);

    Optional<ContactRequest> find(ItemId id);

    /** The request whose withdrawal link carries the token with this hash. */
    Optional<ContactRequest> findByWithdrawal(TokenHash withdrawal);

    /** Erases the request; whether it was there (of two concurrent deletes, one finds it). */
    boolean delete(ItemId id);

    /** The oldest first (by receipt, then id). */
    Page<ContactRequest> list(PageRequest page);

    /** Every request sent with this address (compared without regard to case), the oldest first. */
    List<ContactRequest> findByEmail(EmailAddress email);
}
