package io.cockpit.domain.statistics;

import io.cockpit.domain.settings.StatisticsAction;

import java.util.Objects;

/** How far a day got towards the daily goal of one action. Only actions with a goal (target above 0) have one. */
public record GoalProgress(StatisticsAction action, int done, int target) {

    public GoalProgress {
        Objects.requireNonNull(action);
        if (done < 0) {
            throw new IllegalArgumentException("done is never negative");
        }
        if (target <= 0) {
            throw new IllegalArgumentException("a goal has a target of at least 1");
        }
    }

    public boolean met() {
        return done >= target;
    }

    /** Actions still to do to meet the goal; 0 once it is met. */
    public int remaining() {
        return Math.max(0, target - done);
    }

    /** Progress in whole percent, capped at 100 (rounded down: 99.9 % is not yet the goal). */
    public int percent() {
        return (int) Math.min(100, (long) done * 100 / target);
    }
}
