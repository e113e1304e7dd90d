package io.cockpit.adapters.mysql.statistics;

import io.cockpit.adapters.mysql.StoreUnderTest;
import io.cockpit.application.port.out.statistics.StatisticsStore;
import io.cockpit.application.port.out.statistics.StatisticsStoreContract;
import io.cockpit.application.testing.NeedsRealServers;
import io.cockpit.domain.account.StatisticsId;
import io.cockpit.domain.settings.StatisticsAction;
import io.cockpit.domain.statistics.Activity;
import io.cockpit.domain.statistics.DayRange;
import io.cockpit.domain.statistics.DayTotals;
import io.cockpit.domain.statistics.Minute;
import io.cockpit.domain.statistics.StatisticsPoint;
import io.cockpit.domain.statistics.StatisticsPoint.ActivityMinute;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The StatisticsStore contract on the embedded table, on H2 in MySQL mode and on the real MariaDB server. */
class JdbiStatisticsStoreTest {

    @Nested
    class OnH2 extends Contract {
        OnH2() {
            super(StoreUnderTest.h2());
        }
    }

    @Nested
    @NeedsRealServers
    class OnMariaDb extends Contract {
        OnMariaDb() {
            super(StoreUnderTest.mariaDb());
        }
    }

    abstract static class Contract extends StatisticsStoreContract {

        private final StoreUnderTest under;
        private final JdbiStatisticsStore store;

        Contract(StoreUnderTest under) {
            this.under = under;
            this.store = under.store().repository(JdbiStatisticsStore::new);
        }

        @Override
        protected StatisticsStore store() {
            return store;
        }

        @AfterEach
        void close() {
            under.close();
        }

        /** The retention job's share: the embedded table deletes what is older than the cutoff, in batches. */
        @Test
        void deletesPointsOlderThanTheCutoffInBatches() {
            StatisticsId sid = newStatisticsId();
            store.append(List.of(action(sid, StatisticsAction.MESSAGE_SENT, "2025-11-01T10:00:00Z"),
                    action(sid, StatisticsAction.MESSAGE_SENT, "2025-11-02T10:00:00Z"),
                    action(sid, StatisticsAction.MESSAGE_SENT, "2025-11-03T10:00:00Z"),
                    action(sid, StatisticsAction.MESSAGE_SENT, "2026-11-03T10:00:00Z")));
            Instant cutoff = Instant.parse("2025-11-03T10:00:00Z");

            assertThat(store.deleteExpired(cutoff, 1)).isEqualTo(1);
            assertThat(store.deleteExpired(cutoff, 10)).isEqualTo(1);
            assertThat(store.deleteExpired(cutoff, 10)).isZero();

            assertThat(store.daily(sid, BERLIN, new DayRange(LocalDate.parse("2025-11-01"),
                    LocalDate.parse("2026-11-01")))).containsOnlyKeys(LocalDate.parse("2025-11-03"));
            assertThat(store.category()).isEqualTo("statistics");
        }

        /** The retention job cuts a chunk that holds points on both sides of the cutoff, and keeps the rest. */
        @Test
        void deletesOnlyThePointsOfAChunkThatLieBeforeTheCutoff() {
            StatisticsId sid = newStatisticsId();
            store.append(List.of(action(sid, StatisticsAction.MESSAGE_SENT, "2025-11-03T08:00:00Z"),
                    action(sid, StatisticsAction.POST_LIKED, "2025-11-03T09:00:00Z"),
                    minute(sid, Activity.INBOX, "2025-11-03T09:30:00Z"),
                    action(sid, StatisticsAction.MESSAGE_SENT, "2025-11-03T10:00:00Z")));
            Instant cutoff = Instant.parse("2025-11-03T09:30:00Z");

            assertThat(store.deleteExpired(cutoff, 1)).isEqualTo(1);
            assertThat(store.deleteExpired(cutoff, 10)).isEqualTo(1);
            assertThat(store.deleteExpired(cutoff, 10)).isZero();

            DayTotals day = store.daily(sid, ZoneId.of("UTC"), DayRange.of(LocalDate.parse("2025-11-03")))
                    .get(LocalDate.parse("2025-11-03"));
            assertThat(day).isEqualTo(DayTotals.NONE.withAction(StatisticsAction.MESSAGE_SENT, 1)
                    .withMinutes(Activity.INBOX, 1));
        }

        /** More points of one day than a chunk holds, written twice: each counted once, forgotten once. */
        @Test
        void aDayOfManyPointsWrittenTwiceCountsEachOnce() {
            StatisticsId sid = newStatisticsId();
            List<StatisticsPoint> points = new ArrayList<>();
            for (int i = 0; i < JdbiStatisticsStore.CHUNK_POINTS + 500; i++) {
                points.add(action(sid, StatisticsAction.PROFILE_VIEWED, "2026-06-10T10:00:00Z"));
            }
            for (int m = 0; m < 600; m++) {
                points.add(new ActivityMinute(sid, Activity.PROSPECTING, new Minute(
                        Minute.of(Instant.parse("2026-06-10T00:00:00Z")).epochMinute() + m)));
            }
            store.append(points);
            store.append(points.subList(1000, points.size()));

            DayTotals day = store.daily(sid, ZoneId.of("UTC"), DayRange.of(LocalDate.parse("2026-06-10")))
                    .get(LocalDate.parse("2026-06-10"));

            assertThat(day.count(StatisticsAction.PROFILE_VIEWED)).isEqualTo(JdbiStatisticsStore.CHUNK_POINTS + 500);
            assertThat(day.minutes(Activity.PROSPECTING)).isEqualTo(600);
            assertThat(store.forget(sid)).isEqualTo(JdbiStatisticsStore.CHUNK_POINTS + 500 + 600);
        }

        /** The one-row-per-point table of before V84 is moved into chunks at start, and left empty. */
        @Test
        void movesThePointsOfTheTableOfBeforeIntoChunks() {
            StatisticsId sid = newStatisticsId();
            long minute = Minute.of(Instant.parse("2026-03-29T21:59:00Z")).epochMinute();   // Sunday 23:59 CEST
            under.store().transactions().withHandle(h -> {
                h.createUpdate("INSERT INTO statistics_point (statistics_id, epoch_minute, kind, name, point_number) "
                        + "VALUES (:sid, :minute, 'a', 'message_sent', 7), (:sid, :minute, 'a', 'message_sent', 8), "
                        + "(:sid, :next, 't', 'inbox', 0)")
                        .bind("sid", sid.value()).bind("minute", minute).bind("next", minute + 1)
                        .execute();
                return null;
            });

            while (store.moveLegacyPoints(2) > 0) {
                // in steps of two
            }

            Map<LocalDate, DayTotals> daily = store.daily(sid, BERLIN, new DayRange(LocalDate.parse("2026-03-29"),
                    LocalDate.parse("2026-03-30")));
            assertThat(daily.get(LocalDate.parse("2026-03-29")))
                    .isEqualTo(DayTotals.NONE.withAction(StatisticsAction.MESSAGE_SENT, 2));
            assertThat(daily.get(LocalDate.parse("2026-03-30"))).isEqualTo(DayTotals.NONE.withMinutes(Activity.INBOX, 1));
            long left = under.store().transactions().withHandle(h -> h.createQuery(
                    "SELECT COUNT(*) FROM statistics_point WHERE statistics_id = :sid").bind("sid", sid.value())
                    .mapTo(Long.class).one());
            assertThat(left).isZero();
        }
    }
}
