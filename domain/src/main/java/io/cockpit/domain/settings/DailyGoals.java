package io.cockpit.domain.settings;

import io.cockpit.domain.shared.InvalidValueException;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

/** A target count per action and day, 0 (no goal) to 1000. */
public record DailyGoals(Map<StatisticsAction, Integer> targets) {

    public static final int MAX_TARGET = 1000;
    public static final DailyGoals NONE = new DailyGoals(Map.of());

    public DailyGoals {
        EnumMap<StatisticsAction, Integer> all = new EnumMap<>(StatisticsAction.class);
        for (StatisticsAction action : StatisticsAction.values()) {
            int target = targets.getOrDefault(action, 0);
            if (target < 0 || target > MAX_TARGET) {
                throw new InvalidValueException("daily_goal.out_of_range", "must be 0-" + MAX_TARGET);
            }
            all.put(action, target);
        }
        targets = Collections.unmodifiableMap(all);
    }

    public int targetFor(StatisticsAction action) {
        return targets.get(action);
    }
}
