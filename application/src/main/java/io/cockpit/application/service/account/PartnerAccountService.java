package io.cockpit.application.service.account;

import io.cockpit.application.service.access.SessionService;
import io.cockpit.application.port.in.account.ChangeAccountUseCase;
import io.cockpit.application.port.in.account.FindPartnerAccountQuery;
import io.cockpit.application.port.in.account.IssueActivationUseCase;
import io.cockpit.application.port.out.account.AccountRepository;
import io.cockpit.application.port.out.access.ActivationTokens;
import io.cockpit.application.port.out.access.CredentialRepository;
import io.cockpit.application.port.out.shared.StaleWriteException;
import io.cockpit.application.port.out.shared.Transactions;
import io.cockpit.application.port.out.shared.UniquenessViolation;
import io.cockpit.domain.access.ActivationGrant;
import io.cockpit.domain.account.Account;
import io.cockpit.domain.account.AccountErrors;
import io.cockpit.domain.account.EmailAddress;
import io.cockpit.domain.account.ExternalId;
import io.cockpit.domain.account.PartnerId;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

/**
 * What the partner does with an account it provisioned: read it, change it, re-issue its activation token while the
 * user has not activated it (afterwards the password is the user's alone). Cancelling the contract ends every session
 * of the account at once.
 */
public final class PartnerAccountService implements FindPartnerAccountQuery, ChangeAccountUseCase,
        IssueActivationUseCase {

    private static final int ATTEMPTS_AGAINST_CONCURRENT_CHANGES = 3;

    private final AccountRepository accounts;
    private final ActivationTokens activationTokens;
    private final CredentialRepository credentials;
    private final SessionService sessions;
    private final Transactions transactions;
    private final Clock clock;
    private final SecureRandom random;

    public PartnerAccountService(AccountRepository accounts, ActivationTokens activationTokens,
                                 CredentialRepository credentials, SessionService sessions, Transactions transactions,
                                 Clock clock, SecureRandom random) {
        this.accounts = accounts;
        this.activationTokens = activationTokens;
        this.credentials = credentials;
        this.sessions = sessions;
        this.transactions = transactions;
        this.clock = clock;
        this.random = random;
    }

    @Override
    public Account find(PartnerId partnerId, ExternalId externalId) {
        // an account whose erasure runs is gone for the partner, as it will be once the erasure completes
        return accounts.findByExternalId(partnerId, externalId)
                .filter(account -> !accounts.erasureRequested(account.userId()))
                .orElseThrow(AccountErrors::notFound);
    }

    @Override
    public Account change(ChangeAccountCommand command) {
        for (int attempt = 1; ; attempt++) {
            try {
                return transactions.inTransaction(() -> changeOnce(command));
            } catch (StaleWriteException lost) {
                if (attempt == ATTEMPTS_AGAINST_CONCURRENT_CHANGES) {
                    throw lost;
                }
            } catch (UniquenessViolation emailRaced) {
                throw AccountErrors.emailTaken();
            }
        }
    }

    private Account changeOnce(ChangeAccountCommand command) {
        Account account = find(command.partnerId(), command.externalId());
        Instant now = clock.instant();
        Account changed = account;
        if (command.email().isPresent()) {
            EmailAddress email = command.email().get();
            if (!email.sameAddressAs(account.email()) && accounts.findByEmail(email).isPresent()) {
                throw AccountErrors.emailTaken();
            }
            changed = changed.changeEmail(email, now);
        }
        if (command.name().isPresent()) {
            changed = changed.changeName(command.name().get(), now);
        }
        if (command.contractStatus().isPresent()) {
            changed = changed.changeContract(command.contractStatus().get(), now);
        }
        if (changed == account) {
            return account;
        }
        Account stored = accounts.update(changed);
        if (!account.contract().isArchived() && stored.contract().isArchived()) {
            sessions.endAll(stored.userId(), Optional.empty());
        }
        return stored;
    }

    @Override
    public ActivationGrant issue(PartnerId partnerId, ExternalId externalId) {
        return transactions.inTransaction(() -> {
            Account account = find(partnerId, externalId);
            if (account.contract().isArchived()) {
                throw AccountErrors.archived(account.contract().deletionDueAt());
            }
            // an account whose erasure runs gets no new token, which the erasure may already have missed
            accounts.lockForNewAccess(account.userId()).orElseThrow(AccountErrors::notFound);
            if (credentials.find(account.userId()).isPresent()) {
                throw AccountErrors.alreadyActivated();
            }
            return ActivationIssuer.issue(account, activationTokens, clock.instant(), random);
        });
    }
}
