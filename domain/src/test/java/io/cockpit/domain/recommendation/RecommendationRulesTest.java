package io.cockpit.domain.recommendation;

import io.cockpit.domain.shared.LocalDay;
import io.cockpit.domain.settings.TodayProgress;

import io.cockpit.domain.account.UserId;
import io.cockpit.domain.label.Cadence;
import io.cockpit.domain.settings.DailyGoals;
import io.cockpit.domain.settings.StatisticsAction;
import io.cockpit.domain.shared.InvalidValueException;
import io.cockpit.domain.shared.ItemId;
import io.cockpit.domain.shared.Language;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Today's counts against the goals, the snooze's bounds, a cadence's bounds and the reasons' sentences. */
class RecommendationRulesTest {

    private static final LocalDay DAY = new LocalDay(LocalDate.of(2026, 11, 30), ZoneId.of("Europe/Berlin"));

    @Test
    void remainingIsTheGoalLessWhatWasDoneNeverBelowZeroAndNoneWithoutAGoal() {
        DailyGoals goals = new DailyGoals(Map.of(StatisticsAction.MESSAGE_SENT, 5));

        TodayProgress progress = TodayProgress.of(DAY, 7, 2, goals);

        assertThat(progress.actions()).extracting(TodayProgress.ActionCount::action)
                .containsExactly(StatisticsAction.MESSAGE_SENT, StatisticsAction.FOLLOW_UP_SENT);
        assertThat(progress.actions().get(0).remaining()).contains(0);
        assertThat(progress.actions().get(1).goal()).isEmpty();
        assertThat(progress.actions().get(1).remaining()).isEmpty();
        assertThat(TodayProgress.of(DAY, 2, 0, goals).actions().get(0).remaining()).contains(3);
    }

    @Test
    void recordedStatisticsAddTheOtherActionsWithACountOrAGoalButNeverRecountTheSyncedOnes() {
        DailyGoals goals = new DailyGoals(Map.of(StatisticsAction.MESSAGE_SENT, 5, StatisticsAction.MEETING_BOOKED, 2));
        Map<StatisticsAction, Integer> recorded = Map.of(StatisticsAction.MESSAGE_SENT, 40,
                StatisticsAction.PROFILE_VIEWED, 3, StatisticsAction.POST_LIKED, 0);

        TodayProgress progress = TodayProgress.of(DAY, 7, 2, goals, recorded);

        assertThat(progress.statisticsIncluded()).isTrue();
        assertThat(progress.actions()).extracting(TodayProgress.ActionCount::action).containsExactly(
                StatisticsAction.MESSAGE_SENT, StatisticsAction.FOLLOW_UP_SENT, StatisticsAction.PROFILE_VIEWED,
                StatisticsAction.MEETING_BOOKED);
        assertThat(progress.actions().get(0).done()).isEqualTo(7);
        assertThat(progress.actions().get(0).source()).isEqualTo(TodayProgress.Source.SYNCED_MESSAGES);
        assertThat(progress.actions().get(2).source()).isEqualTo(TodayProgress.Source.STATISTICS);
        assertThat(progress.actions().get(3).done()).isZero();
        assertThat(progress.actions().get(3).remaining()).contains(2);
        assertThat(TodayProgress.of(DAY, 7, 2, goals).statisticsIncluded()).isFalse();
    }

    @Test
    void aSnoozeEndsInTheFutureAndAtMost366DaysAhead() {
        UserId user = UserId.generate(Instant.parse("2026-11-30T09:00:00Z"), new java.util.Random(7));
        Instant now = Instant.parse("2026-11-30T09:00:00Z");

        assertThatThrownBy(() -> Snooze.asked(user, ItemId.random(), now, now))
                .isInstanceOfSatisfying(InvalidValueException.class,
                        e -> assertThat(e.rule()).isEqualTo("snooze.until_passed"));
        assertThatThrownBy(() -> Snooze.asked(user, ItemId.random(), now.plus(Duration.ofDays(367)), now))
                .isInstanceOfSatisfying(InvalidValueException.class,
                        e -> assertThat(e.rule()).isEqualTo("snooze.too_long"));
        assertThat(Snooze.asked(user, ItemId.random(), now.plus(Duration.ofDays(366)), now).until())
                .isEqualTo(now.plus(Duration.ofDays(366)));
    }

    @Test
    void aCadenceIsBounded() {
        assertThatThrownBy(() -> new Cadence(Optional.of(0), Optional.empty(), Optional.empty()))
                .isInstanceOfSatisfying(InvalidValueException.class,
                        e -> assertThat(e.rule()).isEqualTo("follow_up_after_days.out_of_range"));
        assertThatThrownBy(() -> new Cadence(Optional.empty(), Optional.of(11), Optional.empty()))
                .isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> new Cadence(Optional.empty(), Optional.empty(), Optional.of(731)))
                .isInstanceOf(InvalidValueException.class);
        assertThat(new Cadence(Optional.of(365), Optional.of(0), Optional.of(730)).maxFollowUpsOrDefault()).isZero();
    }

    @Test
    void theSentencesNameTheMeasureInTheUsersLanguage() {
        Finding followUp = new Finding(Reason.FOLLOW_UP_DUE, 5, 2, 3, 41);
        Finding reply = new Finding(Reason.REPLY_DUE, 1, 0, 0, 50);

        assertThat(ReasonText.of(followUp, Language.EN)).isEqualTo("No answer for 5 days: follow-up 2 of 3.");
        assertThat(ReasonText.of(followUp, Language.DE)).isEqualTo("Keine Antwort seit 5 Tagen: Nachfass 2 von 3.");
        assertThat(ReasonText.of(reply, Language.EN)).contains("1 hour ");
    }
}
