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
 * The talent-pool consents the retention job ends: those whose {@code endsAt} (the consent plus the register's 2
 * years, stored with the application) has come by the clock, the same moment as the job's cutoff but without the
 * calendar's month-end rounding.
 * The application leaves the pool with a ledger line; if it was kept only for the pool, it is then due itself and
 * {@link ApplicationsPastRetention} erases it, in the same run when its store comes after this one.
 */
public final class TalentPoolConsentsPastRetention implements ExpiringPersonalData {

    private final ApplicationRepository applications;
    private final WebsiteErasures erasures;
    private final Transactions transactions;
    private final Clock clock;

    public TalentPoolConsentsPastRetention(ApplicationRepository applications, WebsiteErasures erasures,
                                           Transactions transactions, Clock clock) {
        this.applications = applications;
        this.erasures = erasures;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Override
    public String category() {
        return WebsitePersonalData.TALENT_POOL.id();
    }

    @Override
    public int deleteExpired(Instant cutoff, int limit) {
        Instant now = clock.instant();
        int ended = 0;
        for (ItemId id : applications.talentPoolEndedBy(now, limit)) {
            ended += transactions.inTransaction(() -> endConsent(id, now)) ? 1 : 0;
        }
        return ended;
    }

    private boolean endConsent(ItemId id, Instant now) {
        Optional<Application> found = applications.findForUpdate(id)
                .filter(application -> application.talentPool().filter(pool -> !pool.endsAt().isAfter(now))
                        .isPresent());
        found.ifPresent(application -> {
            applications.update(application.leaveTalentPool(now));
            erasures.talentPoolConsent(ErasureReason.RETENTION, Optional.empty());
        });
        return found.isPresent();
    }
}
