package io.cockpit.application.service.website;

import io.cockpit.application.port.out.shared.Transactions;
import io.cockpit.application.port.out.website.ApplicationRepository;
import io.cockpit.domain.register.ErasureReason;
import io.cockpit.domain.shared.ItemId;
import io.cockpit.domain.website.Application;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The website's retention, run by a leased job: talent-pool consents end two years after they were given, and
 * applications are erased with their documents and notes once their retention date has come (6 months after the
 * process ended, later under a legal hold or in the talent pool). Each item is one transaction with its ledger line;
 * a run does at most {@link #MAX_BATCHES} batches of each and the next run continues. Contact requests have no
 * period: they are kept until handled or withdrawn.
 */
public final class WebsiteRetentionService {

    /** The leased job's name. */
    public static final String JOB = "website-retention";
    static final int BATCH = 100;
    static final int MAX_BATCHES = 20;

    private final ApplicationRepository applications;
    private final WebsiteErasures erasures;
    private final Transactions transactions;
    private final Clock clock;

    public WebsiteRetentionService(ApplicationRepository applications, WebsiteErasures erasures,
                                   Transactions transactions, Clock clock) {
        this.applications = applications;
        this.erasures = erasures;
        this.transactions = transactions;
        this.clock = clock;
    }

    /** What one run did. */
    public record Run(int talentPoolConsentsEnded, int applicationsErased) {

        public boolean didSomething() {
            return talentPoolConsentsEnded > 0 || applicationsErased > 0;
        }
    }

    public Run run() {
        Instant now = clock.instant();
        int ended = 0;
        for (int batch = 0; batch < MAX_BATCHES; batch++) {
            List<ItemId> due = applications.talentPoolEndedBy(now, BATCH);
            for (ItemId id : due) {
                ended += StaleWrites.retried(transactions, () -> endConsent(id, now)) ? 1 : 0;
            }
            if (due.size() < BATCH) {
                break;
            }
        }
        int erased = 0;
        for (int batch = 0; batch < MAX_BATCHES; batch++) {
            List<ItemId> due = applications.dueForErasure(now, BATCH);
            for (ItemId id : due) {
                erased += transactions.inTransaction(() -> erase(id, now)) ? 1 : 0;
            }
            if (due.size() < BATCH) {
                break;
            }
        }
        return new Run(ended, erased);
    }

    private boolean endConsent(ItemId id, Instant now) {
        Optional<Application> found = applications.find(id)
                .filter(application -> application.talentPool().filter(pool -> !pool.endsAt().isAfter(now))
                        .isPresent());
        found.ifPresent(application -> {
            applications.update(application.leaveTalentPool(now));
            erasures.talentPoolConsent(ErasureReason.RETENTION, Optional.empty());
        });
        return found.isPresent();
    }

    private boolean erase(ItemId id, Instant now) {
        boolean due = applications.findForUpdate(id).filter(application -> application.dueForErasure(now))
                .isPresent();
        return due && erasures.application(id, ErasureReason.RETENTION, Optional.empty());
    }
}
