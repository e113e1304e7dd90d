package io.cockpit.domain.statistics;

import io.cockpit.domain.account.StatisticsId;
import io.cockpit.domain.settings.StatisticsAction;

import java.util.Objects;

/**
 * What the statistics store keeps, and all it keeps: the Statistics-ID, an action or activity, and a minute. Nothing
 * else about the person goes there.
 */
public sealed interface StatisticsPoint {

    StatisticsId statisticsId();

    Minute minute();

    /** One action done in a minute. Two actions of one minute are two points. */
    record ActionPoint(StatisticsId statisticsId, StatisticsAction action, Minute minute, long pointNumber)
            implements StatisticsPoint {

        /** Point numbers lie in {@code [0, NUMBERS)}: a nanosecond inside the minute in a time-series store. */
        public static final long NUMBERS = 60_000_000_000L;

        /**
         * @param pointNumber random, drawn once per action: it tells two actions of the same minute apart and makes
         *                    writing a point again (a retried flush) overwrite it instead of counting it twice. It says
         *                    nothing about when in the minute the action happened.
         */
        public ActionPoint {
            Objects.requireNonNull(statisticsId);
            Objects.requireNonNull(action);
            Objects.requireNonNull(minute);
            if (pointNumber < 0 || pointNumber >= NUMBERS) {
                throw new IllegalArgumentException("a point number lies in [0, 60e9)");
            }
        }
    }

    /**
     * One minute spent in an activity. A minute is spent in an activity once: overlapping intervals of one activity
     * give the same points, which the stores keep once.
     */
    record ActivityMinute(StatisticsId statisticsId, Activity activity, Minute minute) implements StatisticsPoint {

        public ActivityMinute {
            Objects.requireNonNull(statisticsId);
            Objects.requireNonNull(activity);
            Objects.requireNonNull(minute);
        }
    }
}
