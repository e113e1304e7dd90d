package io.cockpit.adapters.mysql.statistics;

import io.cockpit.domain.account.StatisticsId;
import io.cockpit.domain.settings.StatisticsAction;
import io.cockpit.domain.statistics.Activity;
import io.cockpit.domain.statistics.Minute;
import io.cockpit.domain.statistics.StatisticsPoint;
import io.cockpit.domain.statistics.StatisticsPoint.ActionPoint;
import io.cockpit.domain.statistics.StatisticsPoint.ActivityMinute;

import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.List;

/**
 * The points of one UTC day as a {@code statistics_chunk} holds them: each a long (minute of the day in the top bits,
 * then the action or activity code, then the action's point number), so that sorted longs are in time order and equal
 * longs are the same point; stored as 8 bytes each.
 */
final class PackedPoints {

    static final int MINUTES_PER_DAY = 1440;
    private static final int MINUTE_SHIFT = 48;
    private static final int CODE_SHIFT = 40;
    private static final long NUMBER_MASK = (1L << CODE_SHIFT) - 1;
    /** Codes are stored: a new action or activity gets a new code at the end, none is ever reused. */
    private static final List<String> ACTION_CODES = List.of("connection_request_sent", "connection_accepted",
            "message_sent", "follow_up_sent", "reply_received", "profile_viewed", "post_liked", "post_commented",
            "post_published", "meeting_booked");
    private static final List<String> ACTIVITY_CODES = List.of("inbox", "prospecting", "profile_visits", "content",
            "templates");
    /** Activity codes start here; action codes start at 1. */
    private static final int FIRST_ACTIVITY_CODE = 128;
    private static final StatisticsAction[] ACTIONS = new StatisticsAction[FIRST_ACTIVITY_CODE];
    private static final Activity[] ACTIVITIES = new Activity[256 - FIRST_ACTIVITY_CODE];
    private static final int[] ACTION_CODE = new int[StatisticsAction.values().length];
    private static final int[] ACTIVITY_CODE = new int[Activity.values().length];

    static {
        for (int i = 0; i < ACTION_CODES.size(); i++) {
            StatisticsAction action = StatisticsAction.fromWireName(ACTION_CODES.get(i));
            ACTIONS[i + 1] = action;
            ACTION_CODE[action.ordinal()] = i + 1;
        }
        for (int i = 0; i < ACTIVITY_CODES.size(); i++) {
            Activity activity = Activity.fromWireName(ACTIVITY_CODES.get(i));
            ACTIVITIES[i] = activity;
            ACTIVITY_CODE[activity.ordinal()] = FIRST_ACTIVITY_CODE + i;
        }
        if (Arrays.stream(ACTION_CODE).anyMatch(code -> code == 0)
                || Arrays.stream(ACTIVITY_CODE).anyMatch(code -> code == 0)) {
            throw new IllegalStateException("every statistics action and activity needs a code in PackedPoints");
        }
    }

    private PackedPoints() {
    }

    static long epochDay(StatisticsPoint point) {
        return Math.floorDiv(point.minute().epochMinute(), MINUTES_PER_DAY);
    }

    static long of(StatisticsPoint point) {
        long minuteOfDay = Math.floorMod(point.minute().epochMinute(), MINUTES_PER_DAY);
        return switch (point) {
            case ActionPoint action -> (minuteOfDay << MINUTE_SHIFT)
                    | ((long) ACTION_CODE[action.action().ordinal()] << CODE_SHIFT) | action.pointNumber();
            case ActivityMinute spent -> (minuteOfDay << MINUTE_SHIFT)
                    | ((long) ACTIVITY_CODE[spent.activity().ordinal()] << CODE_SHIFT);
        };
    }

    static int minuteOfDay(long point) {
        return (int) (point >>> MINUTE_SHIFT);
    }

    /** The action of a packed point, or null if it is an activity minute. */
    static StatisticsAction action(long point) {
        int code = code(point);
        return code < FIRST_ACTIVITY_CODE ? ACTIONS[code] : null;
    }

    /** The activity of a packed point, or null if it is an action. */
    static Activity activity(long point) {
        int code = code(point);
        return code >= FIRST_ACTIVITY_CODE ? ACTIVITIES[code - FIRST_ACTIVITY_CODE] : null;
    }

    private static int code(long point) {
        int code = (int) ((point >>> CODE_SHIFT) & 0xFF);
        if (code == 0 || (code < FIRST_ACTIVITY_CODE ? ACTIONS[code] : ACTIVITIES[code - FIRST_ACTIVITY_CODE]) == null) {
            throw new IllegalStateException("unknown statistics code " + code + " in a packed point");
        }
        return code;
    }

    static StatisticsPoint point(StatisticsId statisticsId, long epochDay, long point) {
        Minute minute = new Minute(epochDay * MINUTES_PER_DAY + minuteOfDay(point));
        StatisticsAction action = action(point);
        return action != null ? new ActionPoint(statisticsId, action, minute, point & NUMBER_MASK)
                : new ActivityMinute(statisticsId, activity(point), minute);
    }

    static byte[] bytes(long[] points, int from, int to) {
        ByteBuffer buffer = ByteBuffer.allocate((to - from) * Long.BYTES);
        buffer.asLongBuffer().put(points, from, to - from);
        return buffer.array();
    }

    static long[] points(byte[] bytes) {
        long[] points = new long[bytes.length / Long.BYTES];
        ByteBuffer.wrap(bytes).asLongBuffer().get(points);
        return points;
    }

    /** Sorts {@code points[0, length)} and drops repeats; says how many distinct points are left at the front. */
    static int sortDistinct(long[] points, int length) {
        Arrays.sort(points, 0, length);
        int distinct = 0;
        for (int i = 0; i < length; i++) {
            if (distinct == 0 || points[i] != points[distinct - 1]) {
                points[distinct++] = points[i];
            }
        }
        return distinct;
    }
}
