package io.cockpit.application.service.account;

import io.cockpit.application.paging.Page;
import io.cockpit.application.paging.PageRequest;
import io.cockpit.application.port.in.account.ErasedAccountsQuery;
import io.cockpit.application.port.in.account.LegalHoldUseCase;
import io.cockpit.application.port.out.account.AccountRepository;
import io.cockpit.application.port.out.account.LegalHolds;
import io.cockpit.application.port.out.audit.AuditLog;
import io.cockpit.application.port.out.register.ErasureRequests;
import io.cockpit.application.port.out.shared.Transactions;
import io.cockpit.domain.account.AccountErrors;
import io.cockpit.domain.account.LegalHold;
import io.cockpit.domain.account.PartnerId;
import io.cockpit.domain.account.UserId;
import io.cockpit.domain.audit.AuditEvent;
import io.cockpit.domain.account.ErasedAccount;

import java.time.Clock;
import java.time.Instant;

/**
 * Legal holds (the retention job does not erase a held account) and the partner's list of erased accounts. A hold
 * and its audit entry are one transaction; the entry names the User-ID, never the reason.
 */
public final class LegalHoldService implements LegalHoldUseCase, ErasedAccountsQuery {

    private final AccountRepository accounts;
    private final LegalHolds holds;
    private final ErasureRequests erasures;
    private final AuditLog audit;
    private final Transactions transactions;
    private final Clock clock;

    public LegalHoldService(AccountRepository accounts, LegalHolds holds, ErasureRequests erasures, AuditLog audit,
                            Transactions transactions, Clock clock) {
        this.accounts = accounts;
        this.holds = holds;
        this.erasures = erasures;
        this.audit = audit;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Override
    public LegalHold hold(String operator, UserId userId, String reason) {
        return transactions.inTransaction(() -> {
            // locked until the hold is stored: the retention job checks it under this lock before it marks the account
            // for erasure; once the erasure was asked for, a hold could keep nothing and is refused
            accounts.lockForOperatorWrite(userId);
            Instant now = clock.instant();
            LegalHold hold = new LegalHold(userId, reason, now);
            holds.put(hold);
            audit.record(new AuditEvent(operator, "accounts.legal_hold.put", userId.value(), now));
            return hold;
        });
    }

    @Override
    public void lift(String operator, UserId userId) {
        transactions.inTransaction(() -> {
            accounts.findById(userId).orElseThrow(AccountErrors::notFound);
            holds.remove(userId);
            audit.record(new AuditEvent(operator, "accounts.legal_hold.lift", userId.value(), clock.instant()));
            return null;
        });
    }

    @Override
    public Page<ErasedAccount> erasedSince(PartnerId partner, Instant since, PageRequest page) {
        return erasures.erasedSince(partner, since, page);
    }
}
