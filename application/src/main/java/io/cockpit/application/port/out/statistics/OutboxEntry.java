package io.cockpit.application.port.out.statistics;

import io.cockpit.domain.account.StatisticsId;
import io.cockpit.domain.statistics.StatisticsPoint;

import java.util.Objects;

/** One entry of the statistics outbox, numbered in arrival order. */
public sealed interface OutboxEntry {

    long id();

    /** A point the store has not taken yet. */
    record HeldPoint(long id, StatisticsPoint point) implements OutboxEntry {
        public HeldPoint {
            Objects.requireNonNull(point);
        }
    }

    /** Every point of a replaced Statistics-ID is to be removed from the store. */
    record HeldForgetting(long id, StatisticsId statisticsId) implements OutboxEntry {
        public HeldForgetting {
            Objects.requireNonNull(statisticsId);
        }
    }
}
