package io.cockpit.application.service.website;

import io.cockpit.application.port.in.website.WebsiteDataUseCase;
import io.cockpit.application.port.out.audit.AuditLog;
import io.cockpit.application.port.out.shared.Transactions;
import io.cockpit.application.port.out.website.ApplicationRepository;
import io.cockpit.application.port.out.website.ContactRequestRepository;
import io.cockpit.domain.account.EmailAddress;
import io.cockpit.domain.audit.AuditEvent;
import io.cockpit.domain.register.ErasureReason;
import io.cockpit.domain.shared.ItemId;
import io.cockpit.domain.website.Application;
import io.cockpit.domain.website.ContactRequest;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One person's website data, found and erased by e-mail address for a request that came by e-mail. The erasure runs
 * in one transaction under a fresh receipt, which the audit entry and every ledger line carry; the address itself is
 * written nowhere. Each application is locked before its legal hold is checked.
 */
public final class WebsiteDataService implements WebsiteDataUseCase {

    private final ContactRequestRepository contactRequests;
    private final ApplicationRepository applications;
    private final WebsiteErasures erasures;
    private final AuditLog audit;
    private final Transactions transactions;
    private final Clock clock;

    public WebsiteDataService(ContactRequestRepository contactRequests, ApplicationRepository applications,
                              WebsiteErasures erasures, AuditLog audit, Transactions transactions, Clock clock) {
        this.contactRequests = contactRequests;
        this.applications = applications;
        this.erasures = erasures;
        this.audit = audit;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Override
    public Found lookUp(String operator, EmailAddress email) {
        return transactions.inTransaction(() -> {
            audit.record(new AuditEvent(operator, "website_data.lookup", "-", clock.instant()));
            return new Found(contactRequests.findByEmail(email), applications.findByEmail(email));
        });
    }

    @Override
    public Erasure erase(String operator, EmailAddress email) {
        String receipt = ItemId.random().value();
        Optional<String> underReceipt = Optional.of(receipt);
        return transactions.inTransaction(() -> {
            Instant now = clock.instant();
            int requests = 0;
            for (ContactRequest request : contactRequests.findByEmail(email)) {
                requests += erasures.contactRequest(request.id(), ErasureReason.ERASURE_REQUEST, underReceipt) ? 1 : 0;
            }
            int erased = 0;
            int poolEntries = 0;
            List<Application> kept = new ArrayList<>();
            for (Application found : applications.findByEmail(email)) {
                // the hold is checked on the locked application: a hold placed meanwhile is seen, or waits
                Optional<Application> locked = applications.findForUpdate(found.id());
                if (locked.isEmpty()) {
                    continue;
                }
                Application application = locked.get();
                boolean inPool = application.talentPool().isPresent();
                if (application.heldAt(now)) {
                    // the hold keeps the application (Art. 17(3)(e) GDPR) until it ends; the talent-pool consent
                    // ends all the same
                    kept.add(applications.update(application.withdrawnUnderHold(now)));
                    if (inPool) {
                        erasures.talentPoolConsent(ErasureReason.ERASURE_REQUEST, underReceipt);
                        poolEntries++;
                    }
                } else if (erasures.application(application.id(), ErasureReason.ERASURE_REQUEST, underReceipt)) {
                    erased++;
                    poolEntries += inPool ? 1 : 0;
                }
            }
            audit.record(new AuditEvent(operator, "website_data.erase", receipt, now));
            return new Erasure(receipt, requests, erased, poolEntries, kept);
        });
    }
}
