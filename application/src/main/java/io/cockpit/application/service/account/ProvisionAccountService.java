package io.cockpit.application.service.account;

import io.cockpit.application.port.in.account.ProvisionAccountUseCase;
import io.cockpit.application.port.out.account.AccountRepository;
import io.cockpit.application.port.out.access.ActivationTokens;
import io.cockpit.application.port.out.shared.Transactions;
import io.cockpit.application.port.out.statistics.DailyRollup;
import io.cockpit.application.port.out.shared.UniquenessViolation;
import io.cockpit.domain.access.ActivationGrant;
import io.cockpit.domain.account.Account;
import io.cockpit.domain.account.AccountErrors;
import io.cockpit.domain.account.NewAccount;
import io.cockpit.domain.account.StatisticsId;
import io.cockpit.domain.account.UserId;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

public final class ProvisionAccountService implements ProvisionAccountUseCase {

    private static final int MAX_ATTEMPTS = 3;

    private final AccountRepository accounts;
    private final ActivationTokens activationTokens;
    private final TrackingIdIssuer trackingIds;
    private final DailyRollup rollup;
    private final Transactions transactions;
    private final Clock clock;
    private final SecureRandom random;

    /** @param rollup keeps the fresh marker of each Statistics-ID issued (nothing recorded under it yet) */
    public ProvisionAccountService(AccountRepository accounts, ActivationTokens activationTokens,
                                   TrackingIdIssuer trackingIds, DailyRollup rollup, Transactions transactions,
                                   Clock clock, SecureRandom random) {
        this.accounts = accounts;
        this.activationTokens = activationTokens;
        this.trackingIds = trackingIds;
        this.rollup = rollup;
        this.transactions = transactions;
        this.clock = clock;
        this.random = random;
    }

    @Override
    public ProvisioningResult provision(NewAccount request) {
        for (int attempt = 1; ; attempt++) {
            try {
                return transactions.inTransaction(() -> provisionOnce(request));
            } catch (UniquenessViolation raced) {
                // A concurrent request took the reference or the e-mail between our check and our insert:
                // decide again on what is stored now.
                if (attempt == MAX_ATTEMPTS) {
                    throw raced;
                }
            }
        }
    }

    private ProvisioningResult provisionOnce(NewAccount request) {
        Optional<Account> byReference = accounts.findByExternalId(request.partnerId(), request.externalId());
        Optional<Account> byEmail = byReference.isPresent() ? Optional.empty() : accounts.findByEmail(request.email());
        // a concurrent request for the same reference may commit between the two reads: it then shows up by e-mail
        Optional<Account> existing = byReference.or(() -> byEmail.filter(account -> account.isReferencedBy(request)));
        if (existing.isPresent()) {
            if (accounts.erasureRequested(existing.get().userId())) {
                throw AccountErrors.erasureRunning();
            }
            if (existing.get().matches(request)) {
                return new AlreadyProvisioned(existing.get());
            }
            throw AccountErrors.externalIdConflict();
        }
        if (byEmail.isPresent()) {
            throw AccountErrors.emailTaken();
        }
        Instant now = clock.instant();
        Account account = Account.provision(request, UserId.generate(now, random), trackingIds.issue(now),
                StatisticsId.random(random), now);
        accounts.add(account);
        rollup.issued(account.statisticsId());
        ActivationGrant activation = ActivationIssuer.issue(account, activationTokens, now, random);
        return new Provisioned(account, activation);
    }
}
