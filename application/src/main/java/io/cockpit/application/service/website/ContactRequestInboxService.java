package io.cockpit.application.service.website;

import io.cockpit.application.paging.Page;
import io.cockpit.application.paging.PageRequest;
import io.cockpit.application.port.in.website.ContactRequestInboxUseCase;
import io.cockpit.application.port.out.audit.AuditLog;
import io.cockpit.application.port.out.shared.Transactions;
import io.cockpit.application.port.out.website.ContactRequestRepository;
import io.cockpit.domain.audit.AuditEvent;
import io.cockpit.domain.register.ErasureReason;
import io.cockpit.domain.shared.ItemId;
import io.cockpit.domain.website.ContactRequest;
import io.cockpit.domain.website.WebsiteErrors;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

/**
 * The operator's contact requests: each call and its audit entry (the request's id, never the visitor) are one
 * transaction; closing erases the request and records the erasure.
 */
public final class ContactRequestInboxService implements ContactRequestInboxUseCase {

    private final ContactRequestRepository requests;
    private final WebsiteErasures erasures;
    private final AuditLog audit;
    private final WebsiteRules rules;
    private final Transactions transactions;
    private final Clock clock;

    public ContactRequestInboxService(ContactRequestRepository requests, WebsiteErasures erasures, AuditLog audit,
                                      WebsiteRules rules, Transactions transactions, Clock clock) {
        this.requests = requests;
        this.erasures = erasures;
        this.audit = audit;
        this.rules = rules;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Override
    public Page<OpenRequest> list(String operator, PageRequest page) {
        return transactions.inTransaction(() -> {
            Instant now = clock.instant();
            audit.record(new AuditEvent(operator, "contact_requests.list", "-", now));
            return requests.list(page).map(request -> open(request, now));
        });
    }

    @Override
    public OpenRequest find(String operator, ItemId id) {
        return transactions.inTransaction(() -> {
            ContactRequest request = requests.find(id).orElseThrow(WebsiteErrors::contactRequestNotFound);
            Instant now = clock.instant();
            audit.record(new AuditEvent(operator, "contact_requests.read", id.value(), now));
            return open(request, now);
        });
    }

    @Override
    public void close(String operator, ItemId id) {
        transactions.inTransaction(() -> {
            if (!erasures.contactRequest(id, ErasureReason.REQUEST_HANDLED, Optional.empty())) {
                throw WebsiteErrors.contactRequestNotFound();
            }
            audit.record(new AuditEvent(operator, "contact_requests.close", id.value(), clock.instant()));
            return null;
        });
    }

    private OpenRequest open(ContactRequest request, Instant now) {
        return new OpenRequest(request, request.overdue(now, rules.openRequestMaximum()));
    }
}
