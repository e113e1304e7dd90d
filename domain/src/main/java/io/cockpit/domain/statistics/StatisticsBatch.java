package io.cockpit.domain.statistics;

import io.cockpit.domain.shared.InvalidValueException;

import java.util.List;

/** One intake request: up to 1,000 actions and up to 100 intervals of time spent. */
public record StatisticsBatch(List<ActionEvent> events, List<ActivityInterval> intervals) {

    public static final int MAX_EVENTS = 1000;
    /** An interval can stand for up to 720 minutes, so fewer fit in one batch. */
    public static final int MAX_INTERVALS = 100;

    public StatisticsBatch {
        events = List.copyOf(events);
        intervals = List.copyOf(intervals);
        if (events.size() > MAX_EVENTS) {
            throw new InvalidValueException("statistics_batch.too_many_events", "at most " + MAX_EVENTS + " events");
        }
        if (intervals.size() > MAX_INTERVALS) {
            throw new InvalidValueException("statistics_batch.too_many_intervals",
                    "at most " + MAX_INTERVALS + " intervals");
        }
    }
}
