package io.cockpit.adapters.mysql.statistics;

import io.cockpit.adapters.mysql.JdbiTransactions;
import io.cockpit.adapters.mysql.StoreUnderTest;
import io.cockpit.adapters.mysql.account.JdbiAccountRepository;
import io.cockpit.application.port.out.statistics.DailyRollup;
import io.cockpit.application.port.out.statistics.DailyRollupContract;
import io.cockpit.application.port.out.statistics.StatisticsStore;
import io.cockpit.application.testing.NeedsRealServers;
import io.cockpit.domain.account.Account;
import io.cockpit.domain.account.StatisticsId;
import io.cockpit.domain.settings.StatisticsAction;
import io.cockpit.domain.statistics.Activity;
import io.cockpit.domain.statistics.DayRange;
import io.cockpit.domain.statistics.DayTotals;
import io.cockpit.domain.statistics.Minute;
import io.cockpit.domain.statistics.RollupDay;
import io.cockpit.domain.statistics.RollupMarker;
import io.cockpit.domain.statistics.StatisticsPoint;
import io.cockpit.domain.statistics.StatisticsPoint.ActionPoint;
import io.cockpit.domain.statistics.StatisticsPoint.ActivityMinute;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.security.SecureRandom;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static io.cockpit.application.testing.AccountMother.anAccount;
import static org.assertj.core.api.Assertions.assertThat;

/** The DailyRollup contract on JdbiDailyRollup, on H2 in MySQL mode and on the real MariaDB server. */
class JdbiDailyRollupTest {

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

    abstract static class Contract extends DailyRollupContract {

        private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
        private final StoreUnderTest under;

        Contract(StoreUnderTest under) {
            this.under = under;
        }

        @Override
        protected DailyRollup rollup() {
            return under.store().repository(JdbiDailyRollup::new);
        }

        @Override
        protected StatisticsStore store() {
            return under.store().repository(JdbiStatisticsStore::new);
        }

        @AfterEach
        void close() {
            under.close();
        }

        /**
         * Intakes of one Statistics-ID at once, each locking the marker in its own transaction and adding a minute
         * of its own and an action: every one is counted, none twice.
         */
        @Test
        void parallelIntakesOfOneStatisticsIdAllCount() throws Exception {
            JdbiTransactions db = under.store().repository(d -> d);
            DailyRollup rollup = rollup();
            StatisticsId sid = StatisticsId.random(new SecureRandom());
            Minute start = Minute.of(Instant.parse("2026-11-28T08:00:00Z"));
            int intakes = 40;
            ExecutorService threads = Executors.newFixedThreadPool(8);
            try {
                List<Future<?>> done = new ArrayList<>();
                for (int i = 0; i < intakes; i++) {
                    int n = i;
                    done.add(threads.submit(() -> db.inTransaction(() -> {
                        rollup.lock(sid, RollupMarker.fromTheBeginning(BERLIN), RollupMarker.fromTheBeginning(BERLIN));
                        List<StatisticsPoint> points = List.of(
                                new ActionPoint(sid, StatisticsAction.MESSAGE_SENT, start.plus(n), n),
                                new ActivityMinute(sid, Activity.INBOX, start.plus(n)));
                        rollup.add(sid, RollupDay.of(points, BERLIN));
                        return null;
                    })));
                }
                for (Future<?> each : done) {
                    each.get();
                }
            } finally {
                threads.shutdown();
            }

            DayTotals day = rollup.daily(sid, DayRange.of(LocalDate.parse("2026-11-28")))
                    .get(LocalDate.parse("2026-11-28"));
            assertThat(day.count(StatisticsAction.MESSAGE_SENT)).isEqualTo(intakes);
            assertThat(day.minutes(Activity.INBOX)).isEqualTo(intakes);
        }

        /** The retention job's share: days ended more than a day before the cutoff's UTC day go, in batches. */
        @Test
        void deletesDaysPastTheRetention() {
            JdbiDailyRollup rollup = under.store().repository(JdbiDailyRollup::new);
            StatisticsId sid = accountsStatisticsId();
            rollup.lock(sid, RollupMarker.fromTheBeginning(BERLIN), RollupMarker.fromTheBeginning(BERLIN));
            rollup.add(sid, RollupDay.of(List.of(
                    new ActionPoint(sid, StatisticsAction.POST_LIKED, Minute.of(Instant.parse("2025-11-01T10:00:00Z")), 1),
                    new ActionPoint(sid, StatisticsAction.POST_LIKED, Minute.of(Instant.parse("2025-11-02T10:00:00Z")), 2),
                    new ActionPoint(sid, StatisticsAction.POST_LIKED, Minute.of(Instant.parse("2025-11-03T10:00:00Z")), 3)),
                    BERLIN));
            Instant cutoff = Instant.parse("2025-11-04T10:00:00Z");

            assertThat(rollup.deleteExpired(cutoff, 1)).isEqualTo(1);
            assertThat(rollup.deleteExpired(cutoff, 10)).isEqualTo(1);
            assertThat(rollup.deleteExpired(cutoff, 10)).isZero();
            assertThat(rollup.daily(sid, new DayRange(LocalDate.parse("2025-11-01"), LocalDate.parse("2025-11-30"))))
                    .containsOnlyKeys(LocalDate.parse("2025-11-03"));
            assertThat(rollup.category()).isEqualTo("statistics");
        }

        /** The Statistics-ID of a new account in the store. */
        private StatisticsId accountsStatisticsId() {
            Account account = anAccount().build();
            under.store().repository(JdbiAccountRepository::new).add(account);
            return account.statisticsId();
        }

        /**
         * The retention job's other share: the days and marker of a Statistics-ID in no account (left behind by an
         * intake racing a withdrawal, or a node without the rollup), in batches; those of an account's stay.
         */
        @Test
        void deletesTheDaysAndMarkerOfAStatisticsIdInNoAccount() {
            JdbiDailyRollup rollup = under.store().repository(JdbiDailyRollup::new);
            StatisticsId kept = accountsStatisticsId();
            StatisticsId orphaned = StatisticsId.random(new SecureRandom());
            StatisticsId fresh = accountsStatisticsId();
            rollup.issued(fresh);
            Minute first = Minute.of(Instant.parse("2026-11-27T10:00:00Z"));
            for (StatisticsId sid : List.of(kept, orphaned)) {
                rollup.lock(sid, RollupMarker.fromTheBeginning(BERLIN), RollupMarker.fromTheBeginning(BERLIN));
                rollup.add(sid, RollupDay.of(List.of(new ActionPoint(sid, StatisticsAction.POST_LIKED, first, 1),
                        new ActionPoint(sid, StatisticsAction.POST_LIKED, first.plus(24 * 60), 2)), BERLIN));
            }
            Instant cutoff = Instant.parse("2025-11-30T10:00:00Z");
            DayRange november = new DayRange(LocalDate.parse("2026-11-01"), LocalDate.parse("2026-11-30"));

            assertThat(rollup.deleteExpired(cutoff, 1)).isEqualTo(1);
            assertThat(rollup.daily(orphaned, november)).hasSize(1);
            assertThat(rollup.deleteExpired(cutoff, 10)).as("its other day and its marker").isEqualTo(2);
            assertThat(rollup.deleteExpired(cutoff, 10)).isZero();

            assertThat(rollup.daily(orphaned, november)).isEmpty();
            assertThat(rollup.lock(orphaned, RollupMarker.fromTheBeginning(BERLIN), RollupMarker.startingAfter(BERLIN,
                    cutoff))).as("the marker is gone").isEqualTo(RollupMarker.startingAfter(BERLIN, cutoff));
            assertThat(rollup.daily(kept, november)).hasSize(2);
            assertThat(rollup.marker(kept)).contains(RollupMarker.fromTheBeginning(BERLIN));
            assertThat(rollup.lock(fresh, RollupMarker.fromTheBeginning(BERLIN), RollupMarker.startingAfter(BERLIN,
                    cutoff))).as("a fresh marker of an account stays").isEqualTo(RollupMarker.fromTheBeginning(BERLIN));
        }

        /**
         * Under REPEATABLE READ an intake whose transaction read before another intake of the Statistics-ID committed
         * still joins its minutes with the latest ones: none of the other's minutes is lost.
         */
        @Test
        void minutesAreJoinedWithTheLatestRowsWhateverTheTransactionReadBefore() throws Exception {
            JdbiTransactions db = under.store().repository(d -> d);
            DailyRollup rollup = rollup();
            StatisticsId sid = StatisticsId.random(new SecureRandom());
            Minute start = Minute.of(Instant.parse("2026-11-28T08:00:00Z"));
            DayRange day = DayRange.of(LocalDate.parse("2026-11-28"));
            rollup.lock(sid, RollupMarker.fromTheBeginning(BERLIN), RollupMarker.fromTheBeginning(BERLIN));
            rollup.add(sid, RollupDay.of(List.of(new ActivityMinute(sid, Activity.INBOX, start)), BERLIN));
            ExecutorService other = Executors.newSingleThreadExecutor();
            try {
                db.inTransaction(() -> {
                    assertThat(rollup.daily(sid, day)).hasSize(1);
                    Future<?> committed = other.submit(() -> db.inTransaction(() -> {
                        rollup.lock(sid, RollupMarker.fromTheBeginning(BERLIN), RollupMarker.fromTheBeginning(BERLIN));
                        rollup.add(sid, RollupDay.of(List.of(new ActivityMinute(sid, Activity.INBOX, start.plus(1))),
                                BERLIN));
                        return null;
                    }));
                    try {
                        committed.get(30, TimeUnit.SECONDS);
                    } catch (Exception e) {
                        throw new IllegalStateException(e);
                    }
                    rollup.lock(sid, RollupMarker.fromTheBeginning(BERLIN), RollupMarker.fromTheBeginning(BERLIN));
                    rollup.add(sid, RollupDay.of(List.of(new ActivityMinute(sid, Activity.INBOX, start.plus(2))),
                            BERLIN));
                    return null;
                });
            } finally {
                other.shutdown();
            }

            assertThat(rollup.daily(sid, day).get(LocalDate.parse("2026-11-28")).minutes(Activity.INBOX)).isEqualTo(3);
        }
    }
}
