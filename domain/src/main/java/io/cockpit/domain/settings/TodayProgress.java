package io.cockpit.domain.settings;

import io.cockpit.domain.shared.LocalDay;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Today's progress in the user's time zone, against the daily goals: messages and follow-ups from the synced messages
 * (a follow-up is a message the user sent while their previous one in that conversation was still unanswered; every
 * follow-up is also a message sent), and, while the user consents to statistics, the other actions they recorded.
 *
 * @param statisticsIncluded whether the recorded statistics were read (the consent held)
 */
public record TodayProgress(LocalDay day, List<ActionCount> actions, boolean statisticsIncluded) {

    /** The actions counted from the synced messages. */
    public static final List<StatisticsAction> COUNTED = List.of(StatisticsAction.MESSAGE_SENT,
            StatisticsAction.FOLLOW_UP_SENT);

    public TodayProgress {
        Objects.requireNonNull(day, "day");
        actions = List.copyOf(actions);
    }

    /** Where a count comes from. */
    public enum Source {
        SYNCED_MESSAGES, STATISTICS;

        public String wireName() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    /** One action's count today; goal and remaining are empty when the user set no goal for it. */
    public record ActionCount(StatisticsAction action, int done, Optional<Integer> goal, Source source) {

        public ActionCount {
            Objects.requireNonNull(action, "action");
            Objects.requireNonNull(source, "source");
            Objects.requireNonNull(goal, "goal");
            if (done < 0) {
                throw new IllegalArgumentException("done must not be negative");
            }
        }

        public Optional<Integer> remaining() {
            return goal.map(target -> Math.max(0, target - done));
        }
    }

    /** From the synced messages only (the user does not consent to statistics). */
    public static TodayProgress of(LocalDay day, int messagesSent, int followUpsSent, DailyGoals goals) {
        return new TodayProgress(day, List.of(
                count(StatisticsAction.MESSAGE_SENT, messagesSent, goals, Source.SYNCED_MESSAGES),
                count(StatisticsAction.FOLLOW_UP_SENT, followUpsSent, goals, Source.SYNCED_MESSAGES)), false);
    }

    /**
     * From the synced messages and the statistics the user recorded today: every other action that has a goal or a
     * count, in the order of the actions. The synced messages stay the count of {@link #COUNTED}, so that a message
     * the client also recorded as an action is not counted twice.
     */
    public static TodayProgress of(LocalDay day, int messagesSent, int followUpsSent, DailyGoals goals,
                                   Map<StatisticsAction, Integer> recorded) {
        List<ActionCount> actions = new ArrayList<>(of(day, messagesSent, followUpsSent, goals).actions());
        for (StatisticsAction action : StatisticsAction.values()) {
            int done = recorded.getOrDefault(action, 0);
            if (!COUNTED.contains(action) && (done > 0 || goals.targetFor(action) > 0)) {
                actions.add(count(action, done, goals, Source.STATISTICS));
            }
        }
        return new TodayProgress(day, actions, true);
    }

    private static ActionCount count(StatisticsAction action, int done, DailyGoals goals, Source source) {
        int target = goals.targetFor(action);
        return new ActionCount(action, done, target == 0 ? Optional.empty() : Optional.of(target), source);
    }
}
