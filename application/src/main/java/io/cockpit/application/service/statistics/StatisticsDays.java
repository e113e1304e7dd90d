package io.cockpit.application.service.statistics;

import io.cockpit.application.port.out.statistics.DailyRollup;
import io.cockpit.application.port.out.statistics.RolledUpDays;
import io.cockpit.application.port.out.statistics.StatisticsStore;
import io.cockpit.domain.account.StatisticsId;
import io.cockpit.domain.statistics.DayRange;
import io.cockpit.domain.statistics.DayTotals;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * A Statistics-ID's totals per local day: the days its daily rollup holds completely in the zone asked for come from
 * the rollup (a year is 365 rows), the others (before the rollup began, or all of them in another zone) are counted
 * from the statistics store's points. Both give the same totals for the same points.
 */
public final class StatisticsDays {

    private final DailyRollup rollup;
    private final StatisticsStore store;

    public StatisticsDays(DailyRollup rollup, StatisticsStore store) {
        this.rollup = rollup;
        this.store = store;
    }

    /** The days of {@code range} with anything recorded. */
    public Map<LocalDate, DayTotals> daily(StatisticsId statisticsId, ZoneId zone, DayRange range) {
        // the marker and the rollup's days of the whole range in one read: the days it does not hold completely are
        // left out below
        RolledUpDays kept = rollup.rolledUp(statisticsId, range);
        Optional<LocalDate> firstRolledUp = kept.marker()
                .filter(marker -> marker.zone().equals(zone))
                .map(marker -> marker.completeFrom().filter(from -> from.isAfter(range.from())).orElse(range.from()))
                .filter(from -> !from.isAfter(range.to()));
        if (firstRolledUp.isEmpty()) {
            return store.daily(statisticsId, zone, range);
        }
        LocalDate from = firstRolledUp.get();
        if (from.equals(range.from())) {
            return kept.days();
        }
        Map<LocalDate, DayTotals> days = new HashMap<>(store.daily(statisticsId, zone,
                new DayRange(range.from(), from.minusDays(1))));
        kept.days().forEach((date, totals) -> {
            if (!date.isBefore(from)) {
                days.put(date, totals);
            }
        });
        return days;
    }
}
