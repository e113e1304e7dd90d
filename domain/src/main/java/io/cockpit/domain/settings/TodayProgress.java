package io.cockpit.domain.settings;

import io.cockpit.domain.shared.LocalDay;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Today's progress in the user's time zone: what the synced messages show the user did today, against the daily
 * goals. A follow-up is a message the user sent while their previous one in that conversation was still unanswered;
 * every follow-up is also a message sent.
 */
public record TodayProgress(LocalDay day, List<ActionCount> actions) {

    /** The actions counted from the synced messages. */
    public static final List<StatisticsAction> COUNTED = List.of(StatisticsAction.MESSAGE_SENT,
            StatisticsAction.FOLLOW_UP_SENT);

    public TodayProgress {
        Objects.requireNonNull(day, "day");
        actions = List.copyOf(actions);
    }

    /** One action's count today; goal and remaining are empty when the user set no goal for it. */
    public record ActionCount(StatisticsAction action, int done, Optional<Integer> goal) {

        public ActionCount {
            Objects.requireNonNull(action, "action");
            Objects.requireNonNull(goal, "goal");
            if (done < 0) {
                throw new IllegalArgumentException("done must not be negative");
            }
        }

        public Optional<Integer> remaining() {
            return goal.map(target -> Math.max(0, target - done));
        }
    }

    public static TodayProgress of(LocalDay day, int messagesSent, int followUpsSent, DailyGoals goals) {
        return new TodayProgress(day, List.of(
                count(StatisticsAction.MESSAGE_SENT, messagesSent, goals),
                count(StatisticsAction.FOLLOW_UP_SENT, followUpsSent, goals)));
    }

    private static ActionCount count(StatisticsAction action, int done, DailyGoals goals) {
        int target = goals.targetFor(action);
        return new ActionCount(action, done, target == 0 ? Optional.empty() : Optional.of(target));
    }
}
