package io.cockpit.application.service.register;

import io.cockpit.application.port.out.account.AccountRepository;
import io.cockpit.application.port.out.register.ExpiringPersonalData;
import io.cockpit.domain.account.AccountPersonalData;
import io.cockpit.domain.account.UserId;
import io.cockpit.domain.register.ErasureReason;
import io.cockpit.domain.account.ErasureRequest;
import io.cockpit.domain.shared.Language;

/**
 * The account's retention as a rule of the retention job: a cancelled account archived before the cutoff (30 days
 * after the cancellation) and under no legal hold is erased with everything it owns, by the erasure engine, without
 * a confirmation mail (nobody asked). It counts the accounts whose erasure completed; one that failed stays with
 * the engine, which tries it again.
 */
public final class ExpiringAccounts implements ExpiringPersonalData {

    private final AccountRepository accounts;
    private final ErasureService erasures;

    public ExpiringAccounts(AccountRepository accounts, ErasureService erasures) {
        this.accounts = accounts;
        this.erasures = erasures;
    }

    @Override
    public String category() {
        return AccountPersonalData.ACCOUNT.id();
    }

    @Override
    public int deleteExpired(java.time.Instant cutoff, int limit) {
        int erased = 0;
        for (UserId user : accounts.archivedBefore(cutoff, limit)) {
            ErasureRequest erasure = erasures.request(user, ErasureReason.RETENTION, false, Language.DE);
            if (!erasure.completed() && erasures.run(erasure.id()).filter(ErasureRequest::completed).isPresent()) {
                erased++;
            }
        }
        return erased;
    }
}
