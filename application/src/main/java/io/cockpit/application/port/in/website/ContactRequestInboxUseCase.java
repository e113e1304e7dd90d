package io.cockpit.application.port.in.website;

import io.cockpit.application.paging.Page;
import io.cockpit.application.paging.PageRequest;
import io.cockpit.domain.shared.ItemId;
import io.cockpit.domain.website.ContactRequest;

import java.util.Objects;

/**
 * The operator's staff answer the contact requests: the open ones, the oldest first, those waiting longer than the
 * configured maximum flagged; closing a handled one erases it. Every call is audited with ids only.
 */
public interface ContactRequestInboxUseCase {

    Page<OpenRequest> list(String operator, PageRequest page);

    /** @throws io.cockpit.domain.shared.DomainException {@code contact_request.not_found} */
    OpenRequest find(String operator, ItemId id);

    /**
     * The request was handled: erased at once, the erasure ledger records it.
     *
     * @throws io.cockpit.domain.shared.DomainException {@code contact_request.not_found}
     */
    void close(String operator, ItemId id);

    /** @param overdue open for longer than the configured maximum */
    record OpenRequest(ContactRequest request, boolean overdue) {

        public OpenRequest {
            Objects.requireNonNull(request, "request");
        }
    }
}
