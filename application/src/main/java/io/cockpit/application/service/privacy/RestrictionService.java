package io.cockpit.application.service.privacy;

import io.cockpit.application.paging.Page;
import io.cockpit.application.paging.PageRequest;
import io.cockpit.application.port.in.privacy.RestrictionUseCase;
import io.cockpit.application.port.out.account.AccountRepository;
import io.cockpit.application.port.out.privacy.RestrictionRepository;
import io.cockpit.application.port.out.shared.Transactions;
import io.cockpit.domain.account.AccountErrors;
import io.cockpit.domain.account.UserId;
import io.cockpit.domain.privacy.ProcessingRestriction;
import io.cockpit.domain.privacy.RestrictionChange;

import java.time.Clock;
import java.time.Instant;

/**
 * Sets and lifts the restriction of processing. The state and its history entry are written in one transaction, and
 * only a real change is recorded. Every change of one user's restriction first locks their account row, so changes
 * take turns: the time a restriction is in force from is the time of its history entry, and the answer is the state
 * this change left (found in an attack run: with only the restriction's row as the lock, a restriction that waited
 * for a lift kept the time from before the lift, and a restriction that found one in force answered the state after a
 * lift that committed meanwhile).
 */
public final class RestrictionService implements RestrictionUseCase {

    private final RestrictionRepository restrictions;
    private final AccountRepository accounts;
    private final Transactions transactions;
    private final Clock clock;

    public RestrictionService(RestrictionRepository restrictions, AccountRepository accounts,
                              Transactions transactions, Clock clock) {
        this.restrictions = restrictions;
        this.accounts = accounts;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Override
    public ProcessingRestriction restriction(UserId userId) {
        return restrictions.find(userId);
    }

    @Override
    public ProcessingRestriction restrict(UserId userId, String source) {
        return transactions.inTransaction(() -> {
            accounts.lock(userId).orElseThrow(AccountErrors::notFound);
            Instant now = clock.instant();
            if (restrictions.restrict(userId, now)) {
                restrictions.append(new RestrictionChange(userId, true, now, source));
            }
            return restrictions.find(userId);
        });
    }

    @Override
    public ProcessingRestriction lift(UserId userId, String source) {
        return transactions.inTransaction(() -> {
            accounts.lock(userId).orElseThrow(AccountErrors::notFound);
            if (restrictions.lift(userId)) {
                restrictions.append(new RestrictionChange(userId, false, clock.instant(), source));
            }
            return ProcessingRestriction.NONE;
        });
    }

    @Override
    public Page<RestrictionChange> changes(UserId userId, PageRequest page) {
        return restrictions.changes(userId, page);
    }
}
