package io.cockpit.domain.statistics;

import io.cockpit.domain.account.StatisticsId;
import io.cockpit.domain.statistics.StatisticsPoint.ActionPoint;
import io.cockpit.domain.statistics.StatisticsPoint.ActivityMinute;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.random.RandomGenerator;

/**
 * A batch turned into the points to store under the user's Statistics-ID: each accepted action one point in its
 * minute, each accepted interval one point per minute it covers (a minute once per activity, however many intervals
 * cover it), and the refused items with their reasons.
 */
public record Intake(List<StatisticsPoint> points, IntakeResult result) {

    public Intake {
        points = List.copyOf(points);
    }

    public static Intake of(StatisticsBatch batch, StatisticsId statisticsId, Instant now, RandomGenerator random) {
        IntakeRules rules = new IntakeRules(now);
        List<StatisticsPoint> points = new ArrayList<>();
        List<RefusedItem> refused = new ArrayList<>();
        int events = 0;
        for (int i = 0; i < batch.events().size(); i++) {
            ActionEvent event = batch.events().get(i);
            Optional<ItemRefusal> refusal = rules.check(event);
            if (refusal.isPresent()) {
                refused.add(new RefusedItem(RefusedItem.Kind.EVENT, i, refusal.get()));
            } else {
                points.add(new ActionPoint(statisticsId, event.action(), Minute.of(event.occurredAt()),
                        random.nextLong(ActionPoint.NUMBERS)));
                events++;
            }
        }
        Set<ActivityMinute> spent = new LinkedHashSet<>();
        int intervals = 0;
        for (int i = 0; i < batch.intervals().size(); i++) {
            ActivityInterval interval = batch.intervals().get(i);
            Optional<ItemRefusal> refusal = rules.check(interval);
            if (refusal.isPresent()) {
                refused.add(new RefusedItem(RefusedItem.Kind.INTERVAL, i, refusal.get()));
            } else {
                IntakeRules.minutesOf(interval)
                        .forEach(minute -> spent.add(new ActivityMinute(statisticsId, interval.activity(), minute)));
                intervals++;
            }
        }
        points.addAll(spent);
        return new Intake(points, new IntakeResult(events, intervals, refused));
    }
}
