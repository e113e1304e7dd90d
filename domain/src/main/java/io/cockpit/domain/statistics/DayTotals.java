package io.cockpit.domain.statistics;

import io.cockpit.domain.settings.StatisticsAction;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

/** One day's (or a period's) statistics: the count of each action and the minutes of each activity, zeros included. */
public record DayTotals(Map<StatisticsAction, Integer> actions, Map<Activity, Integer> minutes) {

    public static final DayTotals NONE = new DayTotals(Map.of(), Map.of());

    public DayTotals {
        EnumMap<StatisticsAction, Integer> allActions = new EnumMap<>(StatisticsAction.class);
        for (StatisticsAction action : StatisticsAction.values()) {
            allActions.put(action, nonNegative(actions.getOrDefault(action, 0)));
        }
        EnumMap<Activity, Integer> allMinutes = new EnumMap<>(Activity.class);
        for (Activity activity : Activity.values()) {
            allMinutes.put(activity, nonNegative(minutes.getOrDefault(activity, 0)));
        }
        actions = Collections.unmodifiableMap(allActions);
        minutes = Collections.unmodifiableMap(allMinutes);
    }

    private static int nonNegative(int value) {
        if (value < 0) {
            throw new IllegalArgumentException("a count is never negative");
        }
        return value;
    }

    public int count(StatisticsAction action) {
        return actions.get(action);
    }

    public int minutes(Activity activity) {
        return minutes.get(activity);
    }

    public boolean isEmpty() {
        return actions.values().stream().allMatch(n -> n == 0) && minutes.values().stream().allMatch(n -> n == 0);
    }

    public DayTotals plus(DayTotals other) {
        EnumMap<StatisticsAction, Integer> sumActions = new EnumMap<>(actions);
        other.actions.forEach((action, n) -> sumActions.merge(action, n, Integer::sum));
        EnumMap<Activity, Integer> sumMinutes = new EnumMap<>(minutes);
        other.minutes.forEach((activity, n) -> sumMinutes.merge(activity, n, Integer::sum));
        return new DayTotals(sumActions, sumMinutes);
    }

    public DayTotals withAction(StatisticsAction action, int count) {
        EnumMap<StatisticsAction, Integer> changed = new EnumMap<>(actions);
        changed.put(action, count);
        return new DayTotals(changed, minutes);
    }

    public DayTotals withMinutes(Activity activity, int count) {
        EnumMap<Activity, Integer> changed = new EnumMap<>(minutes);
        changed.put(activity, count);
        return new DayTotals(actions, changed);
    }
}
