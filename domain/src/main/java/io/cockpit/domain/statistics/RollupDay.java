package io.cockpit.domain.statistics;

import io.cockpit.domain.settings.StatisticsAction;
import io.cockpit.domain.statistics.StatisticsPoint.ActionPoint;
import io.cockpit.domain.statistics.StatisticsPoint.ActivityMinute;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * One local day of a Statistics-ID's daily rollup: the count of each action and the set of minutes of each activity
 * (sets, so that an activity minute an intake reports again counts once, as in the statistics store).
 */
public record RollupDay(LocalDate date, Map<StatisticsAction, Integer> actions, Map<Activity, MinutesOfDay> minutes) {

    public RollupDay {
        Objects.requireNonNull(date, "date");
        EnumMap<StatisticsAction, Integer> allActions = new EnumMap<>(StatisticsAction.class);
        for (StatisticsAction action : StatisticsAction.values()) {
            int count = actions.getOrDefault(action, 0);
            if (count < 0) {
                throw new IllegalArgumentException("a count is never negative");
            }
            allActions.put(action, count);
        }
        EnumMap<Activity, MinutesOfDay> allMinutes = new EnumMap<>(Activity.class);
        for (Activity activity : Activity.values()) {
            allMinutes.put(activity, minutes.getOrDefault(activity, MinutesOfDay.none()));
        }
        actions = Collections.unmodifiableMap(allActions);
        minutes = Collections.unmodifiableMap(allMinutes);
    }

    /** The points bucketed into local days of {@code zone}, oldest day first: the same days the stores read them in. */
    public static List<RollupDay> of(List<StatisticsPoint> points, ZoneId zone) {
        Map<LocalDate, EnumMap<StatisticsAction, Integer>> actions = new TreeMap<>();
        Map<LocalDate, EnumMap<Activity, MinutesOfDay>> minutes = new TreeMap<>();
        for (StatisticsPoint point : points) {
            LocalDate day = LocalDays.dayOf(point.minute(), zone);
            switch (point) {
                case ActionPoint action -> actions.computeIfAbsent(day, d -> new EnumMap<>(StatisticsAction.class))
                        .merge(action.action(), 1, Integer::sum);
                case ActivityMinute spent -> minutes.computeIfAbsent(day, d -> new EnumMap<>(Activity.class))
                        .merge(spent.activity(), MinutesOfDay.none().with(
                                MinutesOfDay.indexOf(spent.minute(), day, zone)), MinutesOfDay::plus);
            }
        }
        TreeMap<LocalDate, RollupDay> days = new TreeMap<>();
        actions.forEach((day, counts) -> days.put(day, new RollupDay(day, counts, Map.of())));
        minutes.forEach((day, sets) -> days.merge(day, new RollupDay(day, Map.of(), sets), RollupDay::plus));
        return List.copyOf(days.values());
    }

    /** This day and {@code other} (the same date) together: counts added, minute sets joined. */
    public RollupDay plus(RollupDay other) {
        if (!date.equals(other.date)) {
            throw new IllegalArgumentException("only one day's rollups add up");
        }
        EnumMap<StatisticsAction, Integer> sumActions = new EnumMap<>(actions);
        other.actions.forEach((action, n) -> sumActions.merge(action, n, Integer::sum));
        EnumMap<Activity, MinutesOfDay> union = new EnumMap<>(minutes);
        other.minutes.forEach((activity, set) -> union.merge(activity, set, MinutesOfDay::plus));
        return new RollupDay(date, sumActions, union);
    }

    public boolean hasMinutes() {
        return minutes.values().stream().anyMatch(set -> set.count() > 0);
    }

    public DayTotals totals() {
        EnumMap<Activity, Integer> counts = new EnumMap<>(Activity.class);
        minutes.forEach((activity, set) -> counts.put(activity, set.count()));
        return new DayTotals(actions, counts);
    }
}
