package io.cockpit.domain.statistics;

import java.util.Objects;

/**
 * One item of a batch that was not recorded.
 *
 * @param index its position in the batch's list of its kind, from 0
 */
public record RefusedItem(Kind kind, int index, ItemRefusal reason) {

    public enum Kind { EVENT, INTERVAL }

    public RefusedItem {
        Objects.requireNonNull(kind);
        Objects.requireNonNull(reason);
        if (index < 0) {
            throw new IllegalArgumentException("an index counts from 0");
        }
    }
}
