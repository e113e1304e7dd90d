package io.cockpit.application.service.website;

import io.cockpit.application.port.out.register.ExpiringPersonalData;
import io.cockpit.application.port.out.shared.Transactions;
import io.cockpit.application.port.out.website.ApplicationRepository;
import io.cockpit.domain.register.ErasureReason;
import io.cockpit.domain.shared.ItemId;
import io.cockpit.domain.website.Application;
import io.cockpit.domain.website.WebsitePersonalData;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

/**
 * The applications the retention job erases, with their documents and notes: those whose retention date
 * ({@link Application#eraseAfter()}: the register's 6 months after the process ended, later while a legal hold is in
 * force or the applicant is in the talent pool) has come by the clock. Each application carries that date, which a
 * hold's or a consent's end can push past the category's cutoff, so the job's cutoff is not what decides here. Each
 * application is one transaction with its ledger line.
 */
public final class ApplicationsPastRetention implements ExpiringPersonalData {

    private final ApplicationRepository applications;
    private final WebsiteErasures erasures;
    private final Transactions transactions;
    private final Clock clock;

    public ApplicationsPastRetention(ApplicationRepository applications, WebsiteErasures erasures,
                                     Transactions transactions, Clock clock) {
        this.applications = applications;
        this.erasures = erasures;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Override
    public String category() {
        return WebsitePersonalData.APPLICATIONS.id();
    }

    @Override
    public int deleteExpired(Instant cutoff, int limit) {
        Instant now = clock.instant();
        int erased = 0;
        for (ItemId id : applications.dueForErasure(now, limit)) {
            erased += transactions.inTransaction(() -> erase(id, now)) ? 1 : 0;
        }
        return erased;
    }

    private boolean erase(ItemId id, Instant now) {
        boolean due = applications.findForUpdate(id).filter(application -> application.dueForErasure(now))
                .isPresent();
        return due && erasures.application(id, ErasureReason.RETENTION, Optional.empty());
    }
}
