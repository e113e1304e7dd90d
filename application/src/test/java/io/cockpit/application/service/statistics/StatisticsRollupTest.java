package io.cockpit.application.service.statistics;

import io.cockpit.application.port.out.statistics.StatisticsStoreUnavailable;
import io.cockpit.domain.account.StatisticsId;
import io.cockpit.domain.account.UserId;
import io.cockpit.domain.settings.DailyGoals;
import io.cockpit.domain.settings.StatisticsAction;
import io.cockpit.domain.statistics.ActionEvent;
import io.cockpit.domain.statistics.Activity;
import io.cockpit.domain.statistics.ActivityInterval;
import io.cockpit.domain.statistics.DailyStatistics;
import io.cockpit.domain.statistics.DayRange;
import io.cockpit.domain.statistics.RollupMarker;
import io.cockpit.domain.statistics.StatisticsBatch;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The daily rollup the intake keeps, and which days the reads take from it (the clock: 2026-11-29T10:00Z). */
class StatisticsRollupTest {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static final DayRange NOVEMBER = new DayRange(LocalDate.parse("2026-11-01"), LocalDate.parse("2026-11-30"));
    private final StatisticsFixture f = new StatisticsFixture();

    private static StatisticsBatch batch(String... times) {
        return new StatisticsBatch(List.of(times).stream()
                .map(time -> new ActionEvent(StatisticsAction.MESSAGE_SENT, Instant.parse(time))).toList(),
                List.of(new ActivityInterval(Activity.INBOX, Instant.parse(times[0]),
                        Instant.parse(times[0]).plus(Duration.ofMinutes(10)))));
    }

    private List<DailyStatistics> november(UserId user) {
        return f.statistics.daily(user, NOVEMBER).days();
    }

    @Test
    void aNewStatisticsIdIsReadFromItsRollupAlone() {
        UserId user = f.consentingUser();
        f.statistics.record(user, batch("2026-11-20T09:00:00Z", "2026-11-20T09:30:00Z"));
        f.statistics.record(user, batch("2026-11-29T09:00:00Z"));
        List<DailyStatistics> fromTheStore = november(user);

        f.store.goAway();

        assertThat(f.rollup.marker(f.statisticsId(user))).contains(RollupMarker.fromTheBeginning(BERLIN));
        assertThat(november(user)).as("the store is not asked").isEqualTo(fromTheStore);
        assertThat(november(user).get(19).totals().count(StatisticsAction.MESSAGE_SENT)).isEqualTo(2);
        assertThat(november(user).get(19).totals().minutes(Activity.INBOX)).isEqualTo(10);
        assertThat(f.statistics.today(user).day().totals().count(StatisticsAction.MESSAGE_SENT)).isEqualTo(1);
    }

    @Test
    void aStatisticsIdWithoutMarkerIsReadFromTheStoreUntilItsRollupIsCompleteFromTheNextDay() {
        UserId user = f.userWithoutMarker();
        f.statisticsConsent(user, true);
        StatisticsId sid = f.statisticsId(user);

        f.statistics.record(user, batch("2026-11-20T09:00:00Z", "2026-11-29T09:00:00Z"));

        assertThat(f.rollup.marker(sid)).contains(new RollupMarker(BERLIN, Optional.of(LocalDate.parse("2026-11-30"))));
        assertThat(f.rollup.daily(sid, NOVEMBER)).as("days before the first complete one are left out").isEmpty();
        assertThat(november(user).get(19).totals().count(StatisticsAction.MESSAGE_SENT)).isEqualTo(1);
        assertThat(november(user).get(19).totals().minutes(Activity.INBOX)).isEqualTo(10);

        f.stores.clock.advance(Duration.ofDays(1));
        f.statistics.record(user, batch("2026-11-30T09:00:00Z"));
        assertThat(f.rollup.daily(sid, NOVEMBER)).containsOnlyKeys(LocalDate.parse("2026-11-30"));
        f.store.goAway();
        assertThat(f.statistics.today(user).day().totals().count(StatisticsAction.MESSAGE_SENT))
                .as("today is complete in the rollup").isEqualTo(1);
        assertThatThrownBy(() -> november(user)).isInstanceOf(StatisticsStoreUnavailable.class);
    }

    @Test
    void aChangedZoneStartsTheRollupAnewAndAnswersStayTheStoresAnswers() {
        UserId user = f.consentingUser();
        f.statistics.record(user, batch("2026-11-20T23:30:00Z", "2026-11-29T09:00:00Z"));
        f.settings(user, "Asia/Kolkata", DailyGoals.NONE);
        List<DailyStatistics> beforeTheIntake = november(user);

        f.statistics.record(user, batch("2026-11-29T09:30:00Z"));

        StatisticsId sid = f.statisticsId(user);
        assertThat(f.rollup.marker(sid)).contains(new RollupMarker(ZoneId.of("Asia/Kolkata"),
                Optional.of(LocalDate.parse("2026-11-30"))));
        assertThat(f.rollup.daily(sid, NOVEMBER)).as("the Berlin days are gone").isEmpty();
        assertThat(november(user).get(20).totals().count(StatisticsAction.MESSAGE_SENT))
                .as("23:30Z is the 21st in Kolkata").isEqualTo(1);
        assertThat(november(user).get(28).totals().count(StatisticsAction.MESSAGE_SENT)).isEqualTo(2);
        assertThat(beforeTheIntake.get(28).totals().count(StatisticsAction.MESSAGE_SENT)).isEqualTo(1);
    }

    @Test
    void withdrawingTheConsentDropsTheRollupOfTheReplacedStatisticsId() {
        UserId user = f.consentingUser();
        StatisticsId old = f.statisticsId(user);
        f.statistics.record(user, batch("2026-11-29T09:00:00Z"));

        f.statisticsConsent(user, false);

        assertThat(f.rollup.marker(old)).isEmpty();
        assertThat(f.rollup.daily(old, NOVEMBER)).isEmpty();
        f.statisticsConsent(user, true);
        f.statistics.record(user, batch("2026-11-29T09:05:00Z"));
        assertThat(f.statistics.today(user).day().totals().count(StatisticsAction.MESSAGE_SENT)).isEqualTo(1);
    }
}
