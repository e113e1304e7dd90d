package io.cockpit.application.port.out.register;

import java.time.Instant;

/**
 * A store's share of a register category that is kept for a period after an event
 * ({@code RetentionRule.AfterEvent}): the retention job asks it to delete what lies before the cutoff.
 */
public interface ExpiringPersonalData {

    /** The id of the register category. */
    String category();

    /**
     * Deletes up to {@code limit} items whose retention event (creation, expiry, last use...) is before
     * {@code cutoff}; says how many it deleted (0: nothing more is due).
     */
    int deleteExpired(Instant cutoff, int limit);
}
