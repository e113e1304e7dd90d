package io.cockpit.domain.statistics;

import io.cockpit.domain.settings.DailyGoals;
import io.cockpit.domain.settings.StatisticsAction;
import io.cockpit.domain.settings.TimeZoneName;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Goal arithmetic: met, remaining, percent, and the averages of a summary. */
class GoalsTest {

    @Test
    void aGoalIsMetAtItsTargetAndProgressIsCappedAt100Percent() {
        assertThat(new GoalProgress(StatisticsAction.MESSAGE_SENT, 0, 30))
                .extracting(GoalProgress::met, GoalProgress::remaining, GoalProgress::percent)
                .containsExactly(false, 30, 0);
        assertThat(new GoalProgress(StatisticsAction.MESSAGE_SENT, 29, 30))
                .extracting(GoalProgress::met, GoalProgress::remaining, GoalProgress::percent)
                .containsExactly(false, 1, 96);
        assertThat(new GoalProgress(StatisticsAction.MESSAGE_SENT, 30, 30))
                .extracting(GoalProgress::met, GoalProgress::remaining, GoalProgress::percent)
                .containsExactly(true, 0, 100);
        assertThat(new GoalProgress(StatisticsAction.MESSAGE_SENT, 75, 30))
                .extracting(GoalProgress::met, GoalProgress::remaining, GoalProgress::percent)
                .containsExactly(true, 0, 100);
        assertThat(new GoalProgress(StatisticsAction.MESSAGE_SENT, 999, 1000).percent()).isEqualTo(99);
    }

    @Test
    void aDayHasProgressOnlyForActionsWithAGoal() {
        DayTotals done = DayTotals.NONE.withAction(StatisticsAction.MESSAGE_SENT, 31)
                .withAction(StatisticsAction.CONNECTION_REQUEST_SENT, 5)
                .withAction(StatisticsAction.POST_LIKED, 12);
        DailyGoals goals = new DailyGoals(Map.of(StatisticsAction.MESSAGE_SENT, 30,
                StatisticsAction.CONNECTION_REQUEST_SENT, 20));

        DailyStatistics day = new DailyStatistics(LocalDate.parse("2026-11-29"), done, goals);

        assertThat(day.progress()).containsExactly(
                new GoalProgress(StatisticsAction.CONNECTION_REQUEST_SENT, 5, 20),
                new GoalProgress(StatisticsAction.MESSAGE_SENT, 31, 30));
        assertThat(day.goalsMet()).containsExactly(StatisticsAction.MESSAGE_SENT);
        assertThat(new DailyStatistics(day.date(), done, DailyGoals.NONE).progress()).isEmpty();
    }

    @Test
    void totalsAddUpAndAveragesCountEveryDayOfThePeriod() {
        DayTotals monday = DayTotals.NONE.withAction(StatisticsAction.MESSAGE_SENT, 10).withMinutes(Activity.INBOX, 45);
        DayTotals friday = DayTotals.NONE.withAction(StatisticsAction.MESSAGE_SENT, 5).withMinutes(Activity.INBOX, 20);

        StatisticsSummary week = new StatisticsSummary(SummaryPeriod.WEEK,
                SummaryPeriod.WEEK.endingOn(LocalDate.parse("2026-11-29")), TimeZoneName.DEFAULT, monday.plus(friday));

        assertThat(week.range().from()).isEqualTo("2026-11-23");
        assertThat(week.totals().count(StatisticsAction.MESSAGE_SENT)).isEqualTo(15);
        assertThat(week.averagePerDay(StatisticsAction.MESSAGE_SENT)).isEqualTo(2.14);
        assertThat(week.averageMinutesPerDay(Activity.INBOX)).isEqualTo(9.29);
        assertThat(week.averagePerDay(StatisticsAction.MEETING_BOOKED)).isZero();
        assertThat(SummaryPeriod.YEAR.endingOn(LocalDate.parse("2026-11-29")).days()).isEqualTo(365);
    }
}
