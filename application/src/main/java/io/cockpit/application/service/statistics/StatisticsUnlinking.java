package io.cockpit.application.service.statistics;

import io.cockpit.application.port.in.statistics.UnlinkStatisticsUseCase;
import io.cockpit.application.port.out.register.ErasureLedger;
import io.cockpit.application.port.out.shared.Transactions;
import io.cockpit.application.port.out.statistics.DailyRollup;
import io.cockpit.application.port.out.statistics.StatisticsOutbox;
import io.cockpit.domain.account.StatisticsId;
import io.cockpit.domain.register.ErasureReason;
import io.cockpit.domain.register.ErasureRecord;
import io.cockpit.domain.register.StoreKind;
import io.cockpit.domain.statistics.StatisticsPersonalData;

import java.time.Clock;
import java.util.Optional;

/**
 * When the statistics consent is withdrawn the Statistics-ID is replaced, and the history recorded under the old one
 * is deleted, not only unlinked: the outbox drops what it holds of it and its daily rollup (the same points counted
 * per day; the ledger counts the points) goes at once, and an order to forget it is held in the same transaction,
 * carried out right after the commit, or by the flusher once the store is back if it is away.
 */
public final class StatisticsUnlinking implements UnlinkStatisticsUseCase {

    private final StatisticsOutbox outbox;
    private final DailyRollup rollup;
    private final StatisticsOutboxFlusher flusher;
    private final ErasureLedger ledger;
    private final Transactions transactions;
    private final Clock clock;

    public StatisticsUnlinking(StatisticsOutbox outbox, DailyRollup rollup, StatisticsOutboxFlusher flusher,
                               ErasureLedger ledger, Transactions transactions, Clock clock) {
        this.outbox = outbox;
        this.rollup = rollup;
        this.flusher = flusher;
        this.ledger = ledger;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Override
    public void unlinked(StatisticsId replaced) {
        int discarded = outbox.discard(replaced);
        rollup.forget(replaced);
        long order = outbox.holdForgetting(replaced);
        transactions.afterCommit(() -> {
            if (discarded > 0) {
                ledger.record(new ErasureRecord(Optional.empty(), StatisticsPersonalData.STATISTICS.id(),
                        StoreKind.RELATIONAL, ErasureReason.CONSENT_WITHDRAWN, discarded, clock.instant()));
            }
            flusher.forgetNowIfPossible(order, replaced);
        });
    }
}
