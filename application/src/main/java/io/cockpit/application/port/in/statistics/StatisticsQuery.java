package io.cockpit.application.port.in.statistics;

import io.cockpit.domain.account.UserId;
import io.cockpit.domain.settings.TimeZoneName;
import io.cockpit.domain.statistics.DailyStatistics;
import io.cockpit.domain.statistics.DayRange;
import io.cockpit.domain.statistics.StatisticsSummary;
import io.cockpit.domain.statistics.SummaryPeriod;

import java.util.List;

/** The user's statistics, bucketed into local days of the time zone in their settings when read. */
public interface StatisticsQuery extends TodayQuery {

    /** Every day of the range (days without actions too), oldest first. */
    Days daily(UserId user, DayRange range);

    /** The last 7, 30 or 365 local days, today included. */
    StatisticsSummary summary(UserId user, SummaryPeriod period);

    /** Days, and the time zone they are days of. */
    record Days(TimeZoneName timeZone, List<DailyStatistics> days) {
        public Days {
            days = List.copyOf(days);
        }
    }
}
