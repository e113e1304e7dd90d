package io.cockpit.adapters.http.statistics;

import io.cockpit.api.model.StatisticsIntakeResult;
import io.cockpit.api.model.StatisticsItemCounts;
import io.cockpit.api.model.StatisticsRejectedItem;
import io.cockpit.application.port.in.statistics.TodayQuery;
import io.cockpit.domain.settings.StatisticsAction;
import io.cockpit.domain.statistics.Activity;
import io.cockpit.domain.statistics.DayTotals;
import io.cockpit.domain.statistics.GoalProgress;
import io.cockpit.domain.statistics.IntakeResult;
import io.cockpit.domain.statistics.StatisticsSummary;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The statistics answers on the wire, as ordered maps rather than generated DTOs (the days of {@code daily} are written
 * by {@link DailyWire}).
 */
final class StatisticsWire {

    private StatisticsWire() {
    }

    static StatisticsIntakeResult intakeResult(IntakeResult result) {
        List<StatisticsRejectedItem> rejected = result.refused().stream()
                .map(r -> new StatisticsRejectedItem(StatisticsRejectedItem.KindEnum.fromValue(
                        r.kind().name().toLowerCase(Locale.ROOT)), r.index(),
                        StatisticsRejectedItem.CodeEnum.fromValue(r.reason().code())))
                .toList();
        return new StatisticsIntakeResult(
                new StatisticsItemCounts(result.eventsAccepted(), (int) result.eventsRefused()),
                new StatisticsItemCounts(result.intervalsAccepted(), (int) result.intervalsRefused()),
                rejected);
    }

    static Map<String, Object> today(TodayQuery.Today today) {
        Map<String, Object> wire = new LinkedHashMap<>();
        wire.put("date", today.day().date().toString());
        wire.put("timeZone", today.timeZone().value());
        wire.put("actions", actions(today.day().totals()));
        wire.put("minutes", minutes(today.day().totals()));
        wire.put("goals", today.day().progress().stream().map(StatisticsWire::goal).toList());
        return wire;
    }

    private static Map<String, Object> goal(GoalProgress progress) {
        Map<String, Object> wire = new LinkedHashMap<>();
        wire.put("action", progress.action().wireName());
        wire.put("target", progress.target());
        wire.put("done", progress.done());
        wire.put("remaining", progress.remaining());
        wire.put("percent", progress.percent());
        wire.put("met", progress.met());
        return wire;
    }

    static Map<String, Object> summary(StatisticsSummary summary) {
        Map<String, Object> wire = new LinkedHashMap<>();
        wire.put("period", summary.period().wireName());
        wire.put("from", summary.range().from().toString());
        wire.put("to", summary.range().to().toString());
        wire.put("days", summary.range().days());
        wire.put("timeZone", summary.timeZone().value());
        Map<String, Object> actions = new LinkedHashMap<>();
        for (StatisticsAction action : StatisticsAction.values()) {
            actions.put(action.wireName(), total(summary.totals().count(action), summary.averagePerDay(action)));
        }
        wire.put("actions", actions);
        Map<String, Object> minutes = new LinkedHashMap<>();
        for (Activity activity : Activity.values()) {
            minutes.put(activity.wireName(), total(summary.totals().minutes(activity),
                    summary.averageMinutesPerDay(activity)));
        }
        wire.put("minutes", minutes);
        return wire;
    }

    private static Map<String, Object> total(int total, double average) {
        Map<String, Object> wire = new LinkedHashMap<>();
        wire.put("total", total);
        wire.put("averagePerDay", average);
        return wire;
    }

    private static Map<String, Integer> actions(DayTotals totals) {
        Map<String, Integer> wire = new LinkedHashMap<>();
        for (StatisticsAction action : StatisticsAction.values()) {
            wire.put(action.wireName(), totals.count(action));
        }
        return wire;
    }

    private static Map<String, Integer> minutes(DayTotals totals) {
        Map<String, Integer> wire = new LinkedHashMap<>();
        for (Activity activity : Activity.values()) {
            wire.put(activity.wireName(), totals.minutes(activity));
        }
        return wire;
    }
}
