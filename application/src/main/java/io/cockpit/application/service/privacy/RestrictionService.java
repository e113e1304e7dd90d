package io.cockpit.application.service.privacy;

import io.cockpit.application.paging.Page;
import io.cockpit.application.paging.PageRequest;
import io.cockpit.application.port.in.privacy.RestrictionUseCase;
import io.cockpit.application.port.out.privacy.RestrictionRepository;
import io.cockpit.application.port.out.shared.Transactions;
import io.cockpit.domain.account.UserId;
import io.cockpit.domain.privacy.ProcessingRestriction;
import io.cockpit.domain.privacy.RestrictionChange;

import java.time.Clock;

/**
 * Sets and lifts the restriction of processing. The state and its history entry are written in one transaction, and
 * only a real change is recorded: the row of a restricted user is the lock, so two devices restricting at once record
 * one change.
 */
public final class RestrictionService implements RestrictionUseCase {

    private final RestrictionRepository restrictions;
    private final Transactions transactions;
    private final Clock clock;

    public RestrictionService(RestrictionRepository restrictions, Transactions transactions, Clock clock) {
        this.restrictions = restrictions;
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
            if (restrictions.restrict(userId, clock.instant())) {
                // the new row is this transaction's from here (a lift waits for it), so a time read now orders the
                // history as the changes took effect; the insert may have waited for a lift before it
                restrictions.append(new RestrictionChange(userId, true, clock.instant(), source));
            }
            return restrictions.find(userId);
        });
    }

    @Override
    public ProcessingRestriction lift(UserId userId, String source) {
        return transactions.inTransaction(() -> {
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
