package io.cockpit.domain.statistics;

import io.cockpit.domain.settings.DailyGoals;
import io.cockpit.domain.settings.StatisticsAction;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/** One local day: what was done, and how it stands against the daily goals the user has now. */
public record DailyStatistics(LocalDate date, DayTotals totals, DailyGoals goals) {

    public DailyStatistics {
        Objects.requireNonNull(date);
        Objects.requireNonNull(totals);
        Objects.requireNonNull(goals);
    }

    /** Progress for every action with a goal, in the order of the actions. */
    public List<GoalProgress> progress() {
        return java.util.Arrays.stream(StatisticsAction.values())
                .filter(action -> goals.targetFor(action) > 0)
                .map(action -> new GoalProgress(action, totals.count(action), goals.targetFor(action)))
                .toList();
    }

    public List<StatisticsAction> goalsMet() {
        return progress().stream().filter(GoalProgress::met).map(GoalProgress::action).toList();
    }
}
