package io.cockpit.application.port.in.website;

import io.cockpit.domain.account.EmailAddress;
import io.cockpit.domain.website.Application;
import io.cockpit.domain.website.ContactRequest;

import java.util.List;
import java.util.Objects;

/**
 * One person's website data for a request that came by e-mail (access, erasure): found and erased by e-mail address,
 * since visitors and applicants have no account. Audited with ids only (the erasure with its receipt), never the
 * address.
 */
public interface WebsiteDataUseCase {

    /** Everything held under this address (compared without regard to case). */
    Found lookUp(String operator, EmailAddress email);

    /**
     * Erases everything held under this address at once, except applications under a legal hold in force (Art.
     * 17(3)(e) GDPR), which are named in the answer. The erasure ledger records each erasure under the receipt.
     */
    Erasure erase(String operator, EmailAddress email);

    record Found(List<ContactRequest> contactRequests, List<Application> applications) {

        public Found {
            contactRequests = List.copyOf(contactRequests);
            applications = List.copyOf(applications);
        }
    }

    /**
     * @param receipt            the id under which the erasure ledger records this erasure
     * @param keptUnderLegalHold applications kept because a legal hold is in force
     */
    record Erasure(String receipt, int contactRequests, int applications, int talentPoolEntries,
                   List<Application> keptUnderLegalHold) {

        public Erasure {
            Objects.requireNonNull(receipt, "receipt");
            keptUnderLegalHold = List.copyOf(keptUnderLegalHold);
        }
    }
}
