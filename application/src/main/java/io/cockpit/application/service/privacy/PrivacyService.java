package io.cockpit.application.service.privacy;

import io.cockpit.application.service.shared.VersionedChange;
import io.cockpit.application.paging.Page;
import io.cockpit.application.paging.PageRequest;
import io.cockpit.application.port.in.privacy.PrivacySwitchesQuery;
import io.cockpit.application.port.in.privacy.PrivacyUseCase;
import io.cockpit.application.port.in.statistics.UnlinkStatisticsUseCase;
import io.cockpit.application.port.out.account.AccountRepository;
import io.cockpit.application.port.out.privacy.ConsentLedger;
import io.cockpit.application.port.out.privacy.PrivacyRepository;
import io.cockpit.application.port.out.shared.Transactions;
import io.cockpit.application.port.out.statistics.DailyRollup;
import io.cockpit.domain.account.Account;
import io.cockpit.domain.account.AccountErrors;
import io.cockpit.domain.account.StatisticsId;
import io.cockpit.domain.account.UserId;
import io.cockpit.domain.privacy.ConsentDecision;
import io.cockpit.domain.privacy.ConsentEvent;
import io.cockpit.domain.privacy.ConsentPurpose;
import io.cockpit.domain.privacy.PrivacySwitches;
import io.cockpit.domain.privacy.PrivacySwitchesChange;
import io.cockpit.domain.shared.VersionCheck;
import io.cockpit.domain.shared.Versioned;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * The privacy switches: consents, and objections to what rests on legitimate interest. Each change and its
 * consent-history entry are written together, so the history always explains the switches. Withdrawing the statistics
 * consent cuts the link at once: the account gets a fresh Statistics-ID, the old one is overwritten, and the
 * statistics capability deletes what was recorded under it.
 */
public final class PrivacyService implements PrivacyUseCase, PrivacySwitchesQuery {

    private final PrivacyRepository repository;
    private final ConsentLedger ledger;
    private final AccountRepository accounts;
    private final UnlinkStatisticsUseCase statistics;
    private final DailyRollup rollup;
    private final Transactions transactions;
    private final String policyVersion;
    private final Clock clock;
    private final SecureRandom random;

    /**
     * @param rollup        keeps the fresh marker of the Statistics-ID a withdrawal issues
     * @param policyVersion the privacy policy version in force, recorded with every decision
     */
    public PrivacyService(PrivacyRepository repository, ConsentLedger ledger, AccountRepository accounts,
                          UnlinkStatisticsUseCase statistics, DailyRollup rollup, Transactions transactions,
                          String policyVersion, Clock clock, SecureRandom random) {
        this.repository = repository;
        this.ledger = ledger;
        this.accounts = accounts;
        this.statistics = statistics;
        this.rollup = rollup;
        this.transactions = transactions;
        this.policyVersion = policyVersion;
        this.clock = clock;
        this.random = random;
    }

    @Override
    public Versioned<PrivacySwitches> privacy(UserId userId) {
        return repository.find(userId).orElse(new Versioned<>(PrivacySwitches.DEFAULT, 0));
    }

    @Override
    public PrivacySwitches switches(UserId userId) {
        return privacy(userId).value();
    }

    @Override
    public Versioned<PrivacySwitches> replace(UserId userId, VersionCheck expected, PrivacySwitchesChange change,
                                              String source) {
        return VersionedChange.run(expected, () -> transactions.inTransaction(() ->
                changeOnce(userId, expected, change::applyTo, source)));
    }

    @Override
    public Versioned<PrivacySwitches> turnOff(UserId userId, Set<ConsentPurpose> purposes, String source) {
        return VersionedChange.run(VersionCheck.ANY, () -> transactions.inTransaction(() -> {
            // locked until the switches are stored: a running erasure deletes the row after this and sweeps again
            accounts.lockForOperatorWrite(userId);
            return changeOnce(userId, VersionCheck.ANY, current -> current.without(purposes), source);
        }));
    }

    private Versioned<PrivacySwitches> changeOnce(UserId userId, VersionCheck expected,
                                                  UnaryOperator<PrivacySwitches> change, String source) {
        Versioned<PrivacySwitches> current = privacy(userId);
        expected.require(current.version());
        PrivacySwitches switches = change.apply(current.value());
        if (switches.equals(current.value())) {
            // nothing to record; a new version would only make the other device's next If-Match fail
            return current;
        }
        Instant now = clock.instant();
        long version = repository.save(userId, switches, current.version(), now);
        for (Map.Entry<ConsentPurpose, ConsentDecision> decision : current.value().changesTo(switches)) {
            ledger.append(new ConsentEvent(userId, decision.getKey(), decision.getValue(), now, policyVersion,
                    source));
            if (decision.getKey() == ConsentPurpose.STATISTICS && decision.getValue() == ConsentDecision.WITHDRAWN) {
                Account account = accounts.findById(userId).orElseThrow(AccountErrors::notFound);
                StatisticsId fresh = StatisticsId.random(random);
                accounts.update(account.withStatisticsId(fresh, now));
                rollup.issued(fresh);
                statistics.unlinked(account.statisticsId());
            }
        }
        return new Versioned<>(switches, version);
    }

    @Override
    public Page<ConsentEvent> consents(UserId userId, PageRequest page) {
        return ledger.list(userId, page);
    }
}
