package io.cockpit.application.port.in.statistics;

import io.cockpit.domain.account.UserId;
import io.cockpit.domain.statistics.IntakeResult;
import io.cockpit.domain.statistics.StatisticsBatch;

/** The intake: the user's device reports actions and time spent. */
public interface RecordStatisticsUseCase {

    /**
     * Records the batch's acceptable items under the user's Statistics-ID, to the minute; refuses the others one by
     * one. Once this returns, the points are stored or held in the outbox: none is lost.
     *
     * @throws io.cockpit.domain.shared.DomainException {@code statistics.consent_required} (nothing recorded) while
     *                                                  the statistics consent is off or processing is restricted
     */
    IntakeResult record(UserId user, StatisticsBatch batch);
}
