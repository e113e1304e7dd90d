package io.cockpit.application.service.account;

import io.cockpit.application.port.in.account.FindAccountByEmailQuery;
import io.cockpit.application.port.out.account.AccountRepository;
import io.cockpit.application.port.out.audit.AuditLog;
import io.cockpit.application.port.out.shared.Transactions;
import io.cockpit.domain.account.Account;
import io.cockpit.domain.account.EmailAddress;
import io.cockpit.domain.audit.AuditEvent;

import java.time.Clock;
import java.util.Optional;

/** Operator staff look up the account behind an e-mailed request; the audit log gets the User-ID, never the address. */
public final class AccountLookupService implements FindAccountByEmailQuery {

    /** The audit target when no account has the address. */
    static final String NONE = "-";

    private final AccountRepository accounts;
    private final AuditLog audit;
    private final Transactions transactions;
    private final Clock clock;

    public AccountLookupService(AccountRepository accounts, AuditLog audit, Transactions transactions, Clock clock) {
        this.accounts = accounts;
        this.audit = audit;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Override
    public Optional<Account> findByEmail(String operator, EmailAddress email) {
        return transactions.inTransaction(() -> {
            Optional<Account> found = accounts.findByEmail(email);
            audit.record(new AuditEvent(operator, "accounts.find_by_email",
                    found.map(account -> account.userId().value()).orElse(NONE), clock.instant()));
            return found;
        });
    }
}
