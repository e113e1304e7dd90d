package io.cockpit.application.service.register;

import io.cockpit.application.port.out.account.AccountRepository;
import io.cockpit.application.port.out.register.ExpiringPersonalData;
import io.cockpit.application.port.out.shared.Transactions;
import io.cockpit.domain.account.AccountPersonalData;
import io.cockpit.domain.account.UserId;
import io.cockpit.domain.register.ErasureReason;
import io.cockpit.domain.account.ErasureRequest;
import io.cockpit.domain.shared.Language;

import java.time.Clock;

/**
 * The account's retention as a rule of the retention job: a cancelled account archived before the cutoff (30 days
 * after the cancellation), under no legal hold and not restricted is erased with everything it owns, by the erasure
 * engine, without a confirmation mail (nobody asked). Each listed account is checked again under its row's lock and
 * marked for erasure in that transaction, so a hold or restriction placed while the job works through its list keeps
 * the account, and one placed after the mark is refused. It counts the accounts whose erasure completed; one that
 * failed stays with the engine, which tries it again.
 */
public final class ExpiringAccounts implements ExpiringPersonalData {

    private final AccountRepository accounts;
    private final ErasureService erasures;
    private final Transactions transactions;
    private final Clock clock;

    public ExpiringAccounts(AccountRepository accounts, ErasureService erasures, Transactions transactions,
                            Clock clock) {
        this.accounts = accounts;
        this.erasures = erasures;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Override
    public String category() {
        return AccountPersonalData.ACCOUNT.id();
    }

    @Override
    public int deleteExpired(java.time.Instant cutoff, int limit) {
        int erased = 0;
        for (UserId user : accounts.archivedBefore(cutoff, limit)) {
            boolean due = transactions.inTransaction(() -> {
                boolean still = accounts.lockIfStillDue(user, cutoff);
                if (still) {
                    accounts.markErasureRequested(user, clock.instant());
                }
                return still;
            });
            if (!due) {
                continue;
            }
            ErasureRequest erasure = erasures.request(user, ErasureReason.RETENTION, false, Language.DE);
            if (!erasure.completed() && erasures.run(erasure.id()).filter(ErasureRequest::completed).isPresent()) {
                erased++;
            }
        }
        return erased;
    }
}
