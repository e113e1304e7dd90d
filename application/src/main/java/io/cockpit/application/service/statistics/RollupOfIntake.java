package io.cockpit.application.service.statistics;

import io.cockpit.application.port.out.statistics.DailyRollup;
import io.cockpit.domain.account.StatisticsId;
import io.cockpit.domain.statistics.RollupDay;
import io.cockpit.domain.statistics.RollupMarker;
import io.cockpit.domain.statistics.StatisticsPoint;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

/**
 * Adds an intake's points to the daily rollup of its Statistics-ID, in the user's zone: with the marker locked, so
 * that intakes of one Statistics-ID add up one after the other. The first intake of a fresh Statistics-ID makes its
 * rollup complete from the beginning; of one without a marker (it may hold points the rollup lacks), complete from
 * the day after. A zone other than the marker's starts the rollup
 * anew in the user's zone (its days were days of the other zone); days before the first complete one are left out.
 * Call inside the transaction that accepts the intake.
 */
final class RollupOfIntake {

    private final DailyRollup rollup;

    RollupOfIntake(DailyRollup rollup) {
        this.rollup = rollup;
    }

    void add(StatisticsId statisticsId, ZoneId zone, Instant now, List<StatisticsPoint> points) {
        RollupMarker locked = rollup.lock(statisticsId, RollupMarker.fromTheBeginning(zone),
                RollupMarker.startingAfter(zone, now));
        RollupMarker kept = locked.forIntakeIn(zone, now);
        if (!kept.equals(locked)) {
            rollup.restart(statisticsId, kept);
        }
        rollup.add(statisticsId, RollupDay.of(points, zone).stream()
                .filter(day -> kept.covers(zone, day.date()))
                .toList());
    }
}
