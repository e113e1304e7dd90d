package io.cockpit.application.port.in.statistics;

import io.cockpit.domain.account.StatisticsId;

/**
 * Forgets what was recorded under a Statistics-ID that was just replaced (the statistics consent was withdrawn): the
 * points go from the store, not only their link to the person. Called inside the transaction that replaces it.
 */
public interface UnlinkStatisticsUseCase {

    void unlinked(StatisticsId replaced);
}
