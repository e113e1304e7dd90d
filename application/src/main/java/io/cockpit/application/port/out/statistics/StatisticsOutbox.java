package io.cockpit.application.port.out.statistics;

import io.cockpit.domain.account.StatisticsId;
import io.cockpit.domain.statistics.StatisticsPoint;

import java.util.List;
import java.util.Set;

/**
 * What the statistics store could not take yet, kept in the relational store in arrival order until it can: points
 * (Statistics-ID, action or activity, minute and point number only) and orders to forget a replaced Statistics-ID.
 * Nothing acknowledged to a client is lost while the store is away.
 */
public interface StatisticsOutbox {

    void hold(List<StatisticsPoint> points);

    /** Holds the order to forget every point of a Statistics-ID that was replaced; says the entry's id. */
    long holdForgetting(StatisticsId statisticsId);

    /** Drops the held points of {@code statisticsId} (they would belong to no one); says how many. */
    int discard(StatisticsId statisticsId);

    /** Up to {@code limit} entries, oldest first. */
    List<OutboxEntry> oldest(int limit);

    /**
     * Removes entries once the store has them; says which of them it removed: an entry dropped meanwhile (its
     * Statistics-ID was replaced or erased) is not among them.
     */
    Set<Long> remove(List<Long> ids);

    /** How many entries are held. */
    long size();
}
