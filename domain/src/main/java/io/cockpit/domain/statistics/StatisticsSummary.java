package io.cockpit.domain.statistics;

import io.cockpit.domain.settings.StatisticsAction;

import java.util.Objects;

/** Totals over a period, and the average per day (every day of the period counts, days without actions too). */
public record StatisticsSummary(SummaryPeriod period, DayRange range, DayTotals totals) {

    public StatisticsSummary {
        Objects.requireNonNull(period);
        Objects.requireNonNull(range);
        Objects.requireNonNull(totals);
    }

    public double averagePerDay(StatisticsAction action) {
        return average(totals.count(action));
    }

    public double averageMinutesPerDay(Activity activity) {
        return average(totals.minutes(activity));
    }

    /** Rounded to two decimals. */
    private double average(int total) {
        return Math.round(total * 100.0 / range.days()) / 100.0;
    }
}
