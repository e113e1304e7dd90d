package io.cockpit.domain.statistics;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneRules;
import java.util.ArrayList;
import java.util.List;

/**
 * Which local day a UTC minute belongs to in a time zone. Points are stored as UTC minutes; a day is bucketed when
 * read, in the zone the user has then, so a changed time zone re-buckets all history and a day with a daylight-saving
 * change has 23 or 25 hours.
 */
public final class LocalDays {

    private static final long SECONDS_PER_DAY = 86_400;

    private LocalDays() {
    }

    public static LocalDate dayOf(Minute minute, ZoneId zone) {
        return LocalDate.ofInstant(minute.start(), zone);
    }

    /**
     * The stretches of {@code [from, to)} in which {@code zone} keeps one UTC offset, in order. Within one, the local
     * day of a minute is plain arithmetic ({@link OffsetSpan#epochDay}), which a store can do in its query.
     */
    public static List<OffsetSpan> offsetSpans(ZoneId zone, Instant from, Instant to) {
        ZoneRules rules = zone.getRules();
        List<OffsetSpan> spans = new ArrayList<>();
        Instant start = from;
        while (start.isBefore(to)) {
            ZoneOffsetTransition next = rules.nextTransition(start);
            Instant end = next == null || !next.getInstant().isBefore(to) ? to : next.getInstant();
            spans.add(new OffsetSpan(start, end, rules.getOffset(start).getTotalSeconds()));
            start = end;
        }
        return spans;
    }

    /**
     * A stretch of time {@code [from, to)} with one UTC offset.
     *
     * @param offsetSeconds the zone's offset from UTC in it, e.g. 3600 for CET, 19800 for India
     */
    public record OffsetSpan(Instant from, Instant to, int offsetSeconds) {

        /** The local day of {@code epochMinute} (a UTC minute inside this span), as days since 1970-01-01. */
        public long epochDay(long epochMinute) {
            return Math.floorDiv(epochMinute * 60 + offsetSeconds, SECONDS_PER_DAY);
        }

        public long fromMinute() {
            return Math.floorDiv(from.getEpochSecond(), 60);
        }

        /** The first minute after the span (spans start and end on whole minutes in every zone in use today). */
        public long toMinute() {
            return Math.floorDiv(to.getEpochSecond() + 59, 60);
        }
    }
}
