package io.cockpit.application.testing.fakes;

import io.cockpit.application.paging.Page;
import io.cockpit.application.paging.PageRequest;
import io.cockpit.application.port.out.shared.UniquenessViolation;
import io.cockpit.application.port.out.website.ContactRequestRepository;
import io.cockpit.domain.access.TokenHash;
import io.cockpit.domain.account.EmailAddress;
import io.cockpit.domain.shared.ItemId;
import io.cockpit.domain.website.ContactRequest;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** Contact requests in a {@link FakeDatabase}; the withdrawal hash is unique like its index. */
public final class FakeContactRequestRepository implements ContactRequestRepository {

    private final FakeTable<ContactRequest> requests;

    public FakeContactRequestRepository(FakeDatabase database) {
        this.requests = database.table("contact_request", ContactRequest::id, List.of(UniqueKey.unique(
                "uq_contact_request_withdrawal", UniquenessViolation.Rule.IDENTIFIER, ContactRequest::withdrawal)));
    }

    @Override
    public void add(ContactRequest request) {
        requests.insert(new ContactRequest(request.id(), request.name(), request.email(), request.phone(),
                request.company(), request.message(), request.pageUrl(), StoredTime.of(request.receivedAt()),
                request.withdrawal()));
    }

    @Override
    public Optional<ContactRequest> find(ItemId id) {
        return requests.find(id);
    }

    @Override
    public Optional<ContactRequest> findByWithdrawal(TokenHash withdrawal) {
        return requests.select(request -> request.withdrawal().equals(withdrawal)).stream().findFirst();
    }

    @Override
    public boolean delete(ItemId id) {
        return requests.delete(id, request -> true).isPresent();
    }

    @Override
    public Page<ContactRequest> list(PageRequest page) {
        return Keyset.oldestFirst(requests.select(request -> true), page, ContactRequest::receivedAt,
                request -> request.id().value());
    }

    @Override
    public List<ContactRequest> findByEmail(EmailAddress email) {
        return requests.select(request -> request.email().sameAddressAs(email)).stream()
                .sorted(Comparator.comparing(ContactRequest::receivedAt)
                        .thenComparing(request -> request.id().value(), Keyset.BINARY_TEXT))
                .toList();
    }
}
