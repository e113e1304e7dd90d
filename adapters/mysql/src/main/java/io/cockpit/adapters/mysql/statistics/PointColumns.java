package io.cockpit.adapters.mysql.statistics;

import io.cockpit.domain.account.StatisticsId;
import io.cockpit.domain.settings.StatisticsAction;
import io.cockpit.domain.statistics.Activity;
import io.cockpit.domain.statistics.Minute;
import io.cockpit.domain.statistics.StatisticsPoint;
import io.cockpit.domain.statistics.StatisticsPoint.ActionPoint;
import io.cockpit.domain.statistics.StatisticsPoint.ActivityMinute;

/** How a point is spread over the columns {@code kind, name, epoch_minute, point_number} of both statistics tables. */
final class PointColumns {

    static final String ACTION = "a";
    static final String ACTIVITY = "t";

    private PointColumns() {
    }

    static String kind(StatisticsPoint point) {
        return point instanceof ActionPoint ? ACTION : ACTIVITY;
    }

    static String name(StatisticsPoint point) {
        return switch (point) {
            case ActionPoint action -> action.action().wireName();
            case ActivityMinute spent -> spent.activity().wireName();
        };
    }

    static long pointNumber(StatisticsPoint point) {
        return point instanceof ActionPoint action ? action.pointNumber() : 0;
    }

    static StatisticsPoint point(String statisticsId, String kind, String name, long minute, long pointNumber) {
        StatisticsId sid = new StatisticsId(statisticsId);
        return ACTION.equals(kind)
                ? new ActionPoint(sid, StatisticsAction.fromWireName(name), new Minute(minute), pointNumber)
                : new ActivityMinute(sid, Activity.fromWireName(name), new Minute(minute));
    }
}
