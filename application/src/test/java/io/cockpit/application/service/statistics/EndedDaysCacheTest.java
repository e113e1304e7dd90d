package io.cockpit.application.service.statistics;

import io.cockpit.application.port.out.statistics.StatisticsStore;
import io.cockpit.application.port.out.statistics.StatisticsStoreContract;
import io.cockpit.application.testing.MutableClock;
import io.cockpit.application.testing.fakes.FakeStatisticsStore;
import io.cockpit.domain.account.StatisticsId;
import io.cockpit.domain.register.StoreKind;
import io.cockpit.domain.settings.StatisticsAction;
import io.cockpit.domain.statistics.DayRange;
import io.cockpit.domain.statistics.DayTotals;
import io.cockpit.domain.statistics.StatisticsPoint;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class EndedDaysCacheTest {

    /** The cache answers as the store does (the store contract, through the cache). */
    @Nested
    class AsAStore extends StatisticsStoreContract {
        private final StatisticsStore store = new EndedDaysCache(new FakeStatisticsStore(),
                MutableClock.startingAt("2026-11-29T10:00:00Z"));

        @Override
        protected StatisticsStore store() {
            return store;
        }
    }

    @Nested
    class Remembering extends StatisticsStoreContract {
        private final MutableClock clock = MutableClock.startingAt("2026-11-29T10:00:00Z");
        private final AskedRanges asked = new AskedRanges(new FakeStatisticsStore());
        private final EndedDaysCache cache = new EndedDaysCache(asked, clock);
        private final StatisticsId sid = newStatisticsId();
        private final DayRange year = DayRange.ending(LocalDate.parse("2026-11-29"), 366);

        @Override
        protected StatisticsStore store() {
            return cache;
        }

        private int messagesOn(String day) {
            return cache.daily(sid, BERLIN, year).getOrDefault(LocalDate.parse(day), DayTotals.NONE)
                    .count(StatisticsAction.MESSAGE_SENT);
        }

        @Test
        void aYearAskedAgainAsksTheStoreOnlyForToday() {
            cache.append(List.of(action(sid, StatisticsAction.MESSAGE_SENT, "2026-03-01T10:00:00Z"),
                    action(sid, StatisticsAction.MESSAGE_SENT, "2026-11-29T09:00:00Z")));

            Map<LocalDate, DayTotals> first = cache.daily(sid, BERLIN, year);
            Map<LocalDate, DayTotals> second = cache.daily(sid, BERLIN, year);

            assertThat(second).isEqualTo(first).containsOnlyKeys(LocalDate.parse("2026-03-01"),
                    LocalDate.parse("2026-11-29"));
            assertThat(asked.ranges).containsExactly(year, DayRange.of(LocalDate.parse("2026-11-29")));
        }

        @Test
        void aWriteToAnEndedDayIsCountedAtOnce() {
            cache.append(List.of(action(sid, StatisticsAction.MESSAGE_SENT, "2026-03-01T10:00:00Z")));
            assertThat(messagesOn("2026-03-01")).isEqualTo(1);

            cache.append(List.of(action(sid, StatisticsAction.MESSAGE_SENT, "2026-03-01T11:00:00Z"),
                    action(sid, StatisticsAction.MESSAGE_SENT, "2026-06-01T11:00:00Z")));

            assertThat(messagesOn("2026-03-01")).isEqualTo(2);
            assertThat(messagesOn("2026-06-01")).isEqualTo(1);
            assertThat(asked.ranges.subList(asked.ranges.size() - 2, asked.ranges.size())).containsExactly(
                    new DayRange(LocalDate.parse("2026-03-01"), LocalDate.parse("2026-11-29")),
                    DayRange.of(LocalDate.parse("2026-11-29")));
        }

        @Test
        void anEntryOlderThanItsTimeOrAnotherZoneIsCountedAgain() {
            cache.append(List.of(action(sid, StatisticsAction.MESSAGE_SENT, "2026-03-01T23:30:00Z")));
            assertThat(messagesOn("2026-03-02")).isEqualTo(1);
            asked.store.append(List.of(action(sid, StatisticsAction.MESSAGE_SENT, "2026-03-02T10:00:00Z")));  // elsewhere
            assertThat(messagesOn("2026-03-02")).isEqualTo(1);

            clock.advance(EndedDaysCache.KEEP.plus(Duration.ofSeconds(1)));

            assertThat(messagesOn("2026-03-02")).isEqualTo(2);
            assertThat(cache.daily(sid, ZoneId.of("UTC"), year).keySet())
                    .containsExactlyInAnyOrder(LocalDate.parse("2026-03-01"), LocalDate.parse("2026-03-02"));
            assertThat(cache.daily(sid, ZoneId.of("UTC"), year).get(LocalDate.parse("2026-03-01"))
                    .count(StatisticsAction.MESSAGE_SENT)).isEqualTo(1);
        }

        @Test
        void forgettingTheStatisticsIdForgetsWhatWasKept() {
            cache.append(List.of(action(sid, StatisticsAction.MESSAGE_SENT, "2026-03-01T10:00:00Z")));
            assertThat(messagesOn("2026-03-01")).isEqualTo(1);

            assertThat(cache.forget(sid, 10)).isEqualTo(1);

            assertThat(cache.daily(sid, BERLIN, year)).isEmpty();
            assertThat(cache.kind()).isEqualTo(StoreKind.STATISTICS);
        }
    }

    /** The store, noting each range it is asked for. */
    private static final class AskedRanges implements StatisticsStore {
        final FakeStatisticsStore store;
        final List<DayRange> ranges = new ArrayList<>();

        AskedRanges(FakeStatisticsStore store) {
            this.store = store;
        }

        @Override
        public StoreKind kind() {
            return store.kind();
        }

        @Override
        public void append(List<StatisticsPoint> points) {
            store.append(points);
        }

        @Override
        public Map<LocalDate, DayTotals> daily(StatisticsId statisticsId, ZoneId zone, DayRange range) {
            ranges.add(range);
            return store.daily(statisticsId, zone, range);
        }

        @Override
        public long forget(StatisticsId statisticsId) {
            return store.forget(statisticsId);
        }

        @Override
        public int forget(StatisticsId statisticsId, int limit) {
            return store.forget(statisticsId, limit);
        }
    }
}
