package io.cockpit.domain.statistics;

import io.cockpit.domain.settings.StatisticsAction;
import io.cockpit.domain.settings.TimeZoneName;

import java.util.Objects;

/**
 * Totals over a period of local days of {@code timeZone}, and the average per day (every day of the period counts,
 * days without actions too).
 */
public record StatisticsSummary(SummaryPeriod period, DayRange range, TimeZoneName timeZone, DayTotals totals) {

    public StatisticsSummary {
        Objects.requireNonNull(period);
        Objects.requireNonNull(range);
        Objects.requireNonNull(timeZone);
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
