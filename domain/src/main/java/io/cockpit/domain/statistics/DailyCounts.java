package io.cockpit.domain.statistics;

import io.cockpit.domain.settings.StatisticsAction;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;

/**
 * Counts per local day of a range, added up as a store reads them (a point, or a day's count from the store) and
 * turned into {@link DayTotals} once at the end: a year is thousands of rows, so no totals are built per row.
 */
public final class DailyCounts {

    private static final int ACTIONS = StatisticsAction.values().length;

    private final DayRange range;
    private final long firstDay;
    private final int[][] counts;

    public DailyCounts(DayRange range) {
        this.range = range;
        this.firstDay = range.from().toEpochDay();
        this.counts = new int[range.days()][ACTIONS + Activity.values().length];
    }

    /** @param epochDay the local day, as days since 1970-01-01; days outside the range are ignored */
    public void addAction(long epochDay, StatisticsAction action, int count) {
        add(epochDay, action.ordinal(), count);
    }

    public void addMinutes(long epochDay, Activity activity, int count) {
        add(epochDay, ACTIONS + activity.ordinal(), count);
    }

    private void add(long epochDay, int column, int count) {
        long day = epochDay - firstDay;
        if (day >= 0 && day < counts.length) {
            counts[(int) day][column] += count;
        }
    }

    /** The days with anything counted. */
    public Map<LocalDate, DayTotals> days() {
        Map<LocalDate, DayTotals> days = new HashMap<>();
        for (int day = 0; day < counts.length; day++) {
            int[] row = counts[day];
            boolean any = false;
            for (int n : row) {
                any |= n > 0;
            }
            if (!any) {
                continue;
            }
            Map<StatisticsAction, Integer> actions = new EnumMap<>(StatisticsAction.class);
            for (StatisticsAction action : StatisticsAction.values()) {
                actions.put(action, row[action.ordinal()]);
            }
            Map<Activity, Integer> minutes = new EnumMap<>(Activity.class);
            for (Activity activity : Activity.values()) {
                minutes.put(activity, row[ACTIONS + activity.ordinal()]);
            }
            days.put(range.from().plusDays(day), new DayTotals(actions, minutes));
        }
        return days;
    }
}
