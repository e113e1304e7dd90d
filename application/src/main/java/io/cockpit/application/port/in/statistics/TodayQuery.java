package io.cockpit.application.port.in.statistics;

import io.cockpit.domain.account.UserId;
import io.cockpit.domain.settings.TimeZoneName;
import io.cockpit.domain.statistics.DailyStatistics;

import java.util.Objects;

/**
 * Today's counts per action (and minutes per activity) for a user, in the user's time zone, with the daily goals:
 * what {@code GET /v1/me/statistics/today} shows, and what a daily overview of another capability may read.
 */
public interface TodayQuery {

    Today today(UserId user);

    /** Today so far, and the time zone whose day it is. */
    record Today(TimeZoneName timeZone, DailyStatistics day) {
        public Today {
            Objects.requireNonNull(timeZone);
            Objects.requireNonNull(day);
        }
    }
}
