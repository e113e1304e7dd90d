package io.cockpit.application.service.website;

import io.cockpit.application.port.out.register.ErasureLedger;
import io.cockpit.application.port.out.website.ApplicationDocumentStore;
import io.cockpit.application.port.out.website.ApplicationRepository;
import io.cockpit.application.port.out.website.ContactRequestRepository;
import io.cockpit.domain.register.ErasureReason;
import io.cockpit.domain.register.ErasureRecord;
import io.cockpit.domain.register.PersonalDataCategory;
import io.cockpit.domain.register.StoreKind;
import io.cockpit.domain.shared.ItemId;
import io.cockpit.domain.website.WebsitePersonalData;

import java.time.Clock;
import java.util.Optional;

/**
 * Erasing the website's data, each erasure with its line in the erasure ledger (category, count, reason, receipt; no
 * personal data). Called inside the caller's transaction, so the erasure and its line commit together. The ledger
 * counts contact requests, applications (each with its documents and notes) and talent-pool consents.
 */
public final class WebsiteErasures {

    private final ContactRequestRepository contactRequests;
    private final ApplicationRepository applications;
    private final ApplicationDocumentStore documents;
    private final ErasureLedger ledger;
    private final Clock clock;

    public WebsiteErasures(ContactRequestRepository contactRequests, ApplicationRepository applications,
                           ApplicationDocumentStore documents, ErasureLedger ledger, Clock clock) {
        this.contactRequests = contactRequests;
        this.applications = applications;
        this.documents = documents;
        this.ledger = ledger;
        this.clock = clock;
    }

    /** @return whether the request was there to erase */
    public boolean contactRequest(ItemId id, ErasureReason reason, Optional<String> receipt) {
        boolean erased = contactRequests.delete(id);
        if (erased) {
            record(WebsitePersonalData.CONTACT_REQUESTS, reason, receipt);
        }
        return erased;
    }

    /**
     * Erases the application with its documents, notes and talent-pool consent. The application is locked first, so
     * that an upload running at the same time either finishes before or finds it gone. Callers that keep an
     * application under a legal hold check the hold on the application they locked ({@code findForUpdate}) in the
     * same transaction, so that a hold placed meanwhile is seen.
     *
     * @return whether the application was there to erase
     */
    public boolean application(ItemId id, ErasureReason reason, Optional<String> receipt) {
        if (applications.findForUpdate(id).isEmpty()) {
            return false;
        }
        documents.deleteAll(id);
        Optional<ApplicationRepository.Erased> erased = applications.erase(id);
        erased.ifPresent(what -> {
            record(WebsitePersonalData.APPLICATIONS, reason, receipt);
            if (what.talentPoolEntry()) {
                record(WebsitePersonalData.TALENT_POOL, reason, receipt);
            }
        });
        return erased.isPresent();
    }

    /** A talent-pool consent ended while its application stays (the caller stored the application without it). */
    public void talentPoolConsent(ErasureReason reason, Optional<String> receipt) {
        record(WebsitePersonalData.TALENT_POOL, reason, receipt);
    }

    private void record(PersonalDataCategory category, ErasureReason reason, Optional<String> receipt) {
        ledger.record(new ErasureRecord(receipt, category.id(), StoreKind.RELATIONAL, reason, 1, clock.instant()));
    }
}
