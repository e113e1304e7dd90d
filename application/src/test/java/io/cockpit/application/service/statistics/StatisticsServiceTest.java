package io.cockpit.application.service.statistics;

import io.cockpit.application.port.in.statistics.StatisticsQuery;
import io.cockpit.application.port.out.register.ExportedItem;
import io.cockpit.domain.account.StatisticsId;
import io.cockpit.domain.account.UserId;
import io.cockpit.domain.register.ErasureReason;
import io.cockpit.domain.register.ErasureRecord;
import io.cockpit.domain.register.StoreKind;
import io.cockpit.domain.settings.DailyGoals;
import io.cockpit.domain.settings.StatisticsAction;
import io.cockpit.domain.shared.DomainException;
import io.cockpit.domain.statistics.ActionEvent;
import io.cockpit.domain.statistics.Activity;
import io.cockpit.domain.statistics.ActivityInterval;
import io.cockpit.domain.statistics.DailyStatistics;
import io.cockpit.domain.statistics.DayRange;
import io.cockpit.domain.statistics.GoalProgress;
import io.cockpit.domain.statistics.IntakeResult;
import io.cockpit.domain.statistics.StatisticsBatch;
import io.cockpit.domain.statistics.StatisticsSummary;
import io.cockpit.domain.statistics.SummaryPeriod;
import io.cockpit.application.paging.PageRequest;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Recording only with consent, reading per local day, the outbox while the store is away, and unlinking. */
class StatisticsServiceTest {

    private final StatisticsFixture f = new StatisticsFixture();

    private static StatisticsBatch messages(String... times) {
        List<ActionEvent> events = new ArrayList<>();
        for (String time : times) {
            events.add(new ActionEvent(StatisticsAction.MESSAGE_SENT, Instant.parse(time)));
        }
        return new StatisticsBatch(events, List.of());
    }

    @Test
    void withoutConsentNothingIsRecorded() {
        UserId user = f.newUser();

        assertThatThrownBy(() -> f.statistics.record(user, messages("2026-11-29T09:00:00Z")))
                .isInstanceOf(DomainException.class).hasFieldOrPropertyWithValue("code", "statistics.consent_required");

        assertThat(f.store.all()).isEmpty();
        assertThat(f.outbox.size()).isZero();
    }

    @Test
    void whileProcessingIsRestrictedNothingIsRecordedEvenWithConsent() {
        UserId user = f.consentingUser();
        f.restrictions.restrict(user, "self-service");

        assertThatThrownBy(() -> f.statistics.record(user, messages("2026-11-29T09:00:00Z")))
                .hasFieldOrPropertyWithValue("code", "statistics.consent_required");
        assertThat(f.store.all()).isEmpty();

        f.restrictions.lift(user, "self-service");
        assertThat(f.statistics.record(user, messages("2026-11-29T09:00:00Z")).eventsAccepted()).isEqualTo(1);
    }

    @Test
    void withConsentActionsAreCountedUnderTheStatisticsIdOnly() {
        UserId user = f.consentingUser();

        IntakeResult result = f.statistics.record(user, messages("2026-11-29T09:00:10Z", "2026-11-29T09:00:50Z",
                "2024-01-01T00:00:00Z"));

        assertThat(result.eventsAccepted()).isEqualTo(2);
        assertThat(result.eventsRefused()).isEqualTo(1);
        assertThat(f.store.all()).hasSize(2).allSatisfy(point ->
                assertThat(point.statisticsId()).isEqualTo(f.statisticsId(user)));
        assertThat(f.statistics.today(user).day().totals().count(StatisticsAction.MESSAGE_SENT)).isEqualTo(2);
    }

    @Test
    void todayIsTheLocalDayAgainstTheGoals() {
        UserId user = f.consentingUser();
        f.settings(user, "America/New_York", new DailyGoals(Map.of(StatisticsAction.MESSAGE_SENT, 3,
                StatisticsAction.MEETING_BOOKED, 1)));
        f.stores.clock.set(Instant.parse("2026-11-29T03:00:00Z"));   // 22:00 on the 28th in New York
        f.statistics.record(user, messages("2026-11-28T23:00:00Z", "2026-11-29T02:59:00Z", "2026-11-29T03:00:00Z"));

        DailyStatistics today = f.statistics.today(user).day();

        assertThat(today.date()).isEqualTo("2026-11-28");
        assertThat(today.progress()).containsExactly(new GoalProgress(StatisticsAction.MESSAGE_SENT, 3, 3),
                new GoalProgress(StatisticsAction.MEETING_BOOKED, 0, 1));
        assertThat(today.goalsMet()).containsExactly(StatisticsAction.MESSAGE_SENT);
    }

    @Test
    void aNewTimeZoneRebucketsTheHistoryWhenRead() {
        UserId user = f.consentingUser();
        f.statistics.record(user, messages("2026-11-28T23:30:00Z"));
        DayRange range = new DayRange(LocalDate.parse("2026-11-28"), LocalDate.parse("2026-11-29"));

        f.settings(user, "Europe/Berlin", DailyGoals.NONE);
        assertThat(f.statistics.daily(user, range).days()).extracting(d -> d.totals().count(
                StatisticsAction.MESSAGE_SENT)).containsExactly(0, 1);

        f.settings(user, "America/New_York", DailyGoals.NONE);
        StatisticsQuery.Days days = f.statistics.daily(user, range);
        assertThat(days.days()).extracting(d -> d.totals().count(StatisticsAction.MESSAGE_SENT)).containsExactly(1, 0);
        assertThat(days.timeZone().value()).isEqualTo("America/New_York");
    }

    @Test
    void theSummaryAddsUpTheLastDaysOfThePeriod() {
        UserId user = f.consentingUser();
        f.statistics.record(user, new StatisticsBatch(List.of(
                new ActionEvent(StatisticsAction.MESSAGE_SENT, Instant.parse("2026-11-29T09:00:00Z")),
                new ActionEvent(StatisticsAction.MESSAGE_SENT, Instant.parse("2026-11-23T09:00:00Z")),
                new ActionEvent(StatisticsAction.MESSAGE_SENT, Instant.parse("2026-11-22T09:00:00Z"))),
                List.of(new ActivityInterval(Activity.INBOX, Instant.parse("2026-11-29T08:00:00Z"),
                        Instant.parse("2026-11-29T08:35:00Z")))));

        StatisticsSummary week = f.statistics.summary(user, SummaryPeriod.WEEK);

        assertThat(week.range()).isEqualTo(new DayRange(LocalDate.parse("2026-11-23"), LocalDate.parse("2026-11-29")));
        assertThat(week.totals().count(StatisticsAction.MESSAGE_SENT)).isEqualTo(2);
        assertThat(week.totals().minutes(Activity.INBOX)).isEqualTo(35);
        assertThat(f.statistics.summary(user, SummaryPeriod.MONTH).totals().count(StatisticsAction.MESSAGE_SENT))
                .isEqualTo(3);
    }

    @Test
    void whatTheStoreCannotTakeWaitsInTheOutboxAndArrivesOnceWhenItIsBack() {
        UserId user = f.consentingUser();
        f.store.goAway();

        IntakeResult held = f.statistics.record(user, messages("2026-11-29T09:00:00Z", "2026-11-29T09:01:00Z"));
        f.statistics.record(user, messages("2026-11-29T09:02:00Z"));

        assertThat(held.eventsAccepted()).isEqualTo(2);
        assertThat(f.outbox.size()).isEqualTo(3);
        assertThat(f.flusher.flush()).as("the store is still away").isZero();
        assertThat(f.outbox.size()).isEqualTo(3);

        f.store.comeBack();
        assertThat(f.flusher.flush()).isEqualTo(3);
        assertThat(f.flusher.flush()).isZero();

        assertThat(f.outbox.size()).isZero();
        assertThat(f.store.all()).hasSize(3);
        assertThat(f.statistics.today(user).day().totals().count(StatisticsAction.MESSAGE_SENT)).isEqualTo(3);
    }

    @Test
    void aHeldPointThatPassedItsRetentionMeanwhileIsRemovedNotMoved() {
        UserId user = f.consentingUser();
        f.store.goAway();
        f.statistics.record(user, messages("2025-11-29T10:30:00Z", "2026-11-29T09:00:00Z"));
        assertThat(f.outbox.size()).isEqualTo(2);

        f.stores.clock.advance(java.time.Duration.ofDays(1));
        f.store.comeBack();

        assertThat(f.flusher.flush()).isEqualTo(2);
        assertThat(f.outbox.size()).isZero();
        assertThat(f.store.all()).singleElement().extracting(p -> p.minute().start())
                .isEqualTo(java.time.Instant.parse("2026-11-29T09:00:00Z"));
    }

    @Test
    void afterAFailureWritesGoToTheOutboxForAWhileThenToTheStoreAgain() {
        UserId user = f.consentingUser();
        f.store.goAway();
        f.statistics.record(user, messages("2026-11-29T09:00:00Z"));
        f.store.comeBack();

        f.statistics.record(user, messages("2026-11-29T09:01:00Z"));
        assertThat(f.outbox.size()).as("within the pause, without asking the store").isEqualTo(2);

        f.stores.clock.advance(StatisticsWriter.PAUSE_AFTER_FAILURE.plusMillis(1));
        f.statistics.record(user, messages("2026-11-29T09:02:00Z"));
        assertThat(f.outbox.size()).isEqualTo(2);
        assertThat(f.store.all()).hasSize(1);
    }

    @Test
    void withdrawingTheConsentDeletesTheHistoryAndRecordsItInTheLedger() {
        UserId user = f.consentingUser();
        StatisticsId old = f.statisticsId(user);
        f.statistics.record(user, messages("2026-11-29T09:00:00Z", "2026-11-29T09:01:00Z"));

        f.statisticsConsent(user, false);

        assertThat(f.statisticsId(user)).isNotEqualTo(old);
        assertThat(f.store.all()).isEmpty();
        assertThat(f.outbox.size()).isZero();
        assertThat(f.stores.erasureLedger.list(PageRequest.first(10)).items()).singleElement()
                .returns(ErasureReason.CONSENT_WITHDRAWN, ErasureRecord::reason)
                .returns(StoreKind.STATISTICS, ErasureRecord::store)
                .returns(2L, ErasureRecord::items)
                .returns("statistics", ErasureRecord::category);
        assertThatThrownBy(() -> f.statistics.record(user, messages("2026-11-29T09:02:00Z")))
                .hasFieldOrPropertyWithValue("code", "statistics.consent_required");

        f.statisticsConsent(user, true);
        f.statistics.record(user, messages("2026-11-29T09:03:00Z"));
        assertThat(f.store.all()).singleElement().extracting(p -> p.statisticsId()).isEqualTo(f.statisticsId(user))
                .isNotEqualTo(old);
    }

    @Test
    void heldPointsThatAllPassedTheRetentionMeanwhileAreRemovedAndTheFlushEnds() {
        UserId user = f.consentingUser();
        f.store.goAway();
        f.statistics.record(user, messages("2026-11-29T09:00:00Z"));
        f.statistics.record(user, messages("2026-11-29T09:01:00Z"));
        assertThat(f.outbox.size()).isEqualTo(2);
        f.store.comeBack();
        f.stores.clock.advance(Duration.ofDays(366));

        assertThat(f.flusher.flush()).as("nothing left to move: both were past the retention").isEqualTo(2);

        assertThat(f.outbox.size()).isZero();
        assertThat(f.store.all()).as("InfluxDB would refuse them").isEmpty();
        assertThat(f.flusher.flush()).isZero();
    }

    @Test
    void aWithdrawalWhileTheStoreIsAwayIsCarriedOutWhenItIsBack() {
        UserId user = f.consentingUser();
        StatisticsId old = f.statisticsId(user);
        f.statistics.record(user, messages("2026-11-29T09:00:00Z"));
        f.store.goAway();
        f.statistics.record(user, messages("2026-11-29T09:01:00Z"));

        f.statisticsConsent(user, false);

        assertThat(f.outbox.oldest(10)).as("the held point is dropped, the order to forget is held")
                .singleElement().isInstanceOf(io.cockpit.application.port.out.statistics.OutboxEntry.HeldForgetting.class);
        f.store.comeBack();
        f.stores.clock.advance(Duration.ofMinutes(1));
        f.flusher.flush();

        assertThat(f.store.all()).isEmpty();
        assertThat(f.outbox.size()).isZero();
        assertThat(f.stores.erasureLedger.list(PageRequest.first(10)).items())
                .extracting(ErasureRecord::store, ErasureRecord::items)
                .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple(StoreKind.RELATIONAL, 1L),
                        org.assertj.core.groups.Tuple.tuple(StoreKind.STATISTICS, 1L));
        assertThat(old).isNotEqualTo(f.statisticsId(user));
    }

    @Test
    void aWithdrawalWhileTheOutboxMovesThePointsLeavesNoneOfThemInTheStore() {
        UserId user = f.consentingUser();
        StatisticsId old = f.statisticsId(user);
        f.store.goAway();
        f.statistics.record(user, messages("2026-11-29T09:00:00Z", "2026-11-29T09:01:00Z"));
        f.store.comeBack();
        f.stores.clock.advance(StatisticsWriter.PAUSE_AFTER_FAILURE.plusMillis(1));
        f.store.beforeNextAppend(() -> f.statisticsConsent(user, false));

        f.flusher.flush();

        assertThat(f.statisticsId(user)).isNotEqualTo(old);
        assertThat(f.store.all()).as("the points the flusher had read before the withdrawal are forgotten again")
                .isEmpty();
        assertThat(f.outbox.size()).isZero();
    }

    @Test
    void usersSeeOnlyTheirOwnStatistics() {
        UserId mine = f.consentingUser();
        UserId theirs = f.consentingUser();
        f.statistics.record(theirs, messages("2026-11-29T09:00:00Z", "2026-11-29T09:01:00Z"));
        f.statistics.record(mine, messages("2026-11-29T09:00:00Z"));

        assertThat(f.statistics.today(mine).day().totals().count(StatisticsAction.MESSAGE_SENT)).isEqualTo(1);
        assertThat(f.statistics.today(theirs).day().totals().count(StatisticsAction.MESSAGE_SENT)).isEqualTo(2);
    }

    @Test
    void theExportHasADailyRowPerDayWithStatisticsWhileTheConsentHolds() {
        UserId user = f.consentingUser();
        f.statistics.record(user, messages("2026-11-29T09:00:00Z", "2026-11-20T09:00:00Z", "2026-11-20T10:00:00Z"));
        List<ExportedItem> items = new ArrayList<>();

        f.ofUser.export(user, items::add);

        assertThat(items).extracting(item -> item.fields().get("date")).containsExactly("2026-11-20", "2026-11-29");
        assertThat(items.getFirst().fields()).containsEntry("message_sent", 2).containsEntry("inbox_minutes", 0)
                .containsEntry("timeZone", "Europe/Berlin");

        f.statisticsConsent(user, false);
        List<ExportedItem> after = new ArrayList<>();
        f.ofUser.export(user, after::add);
        assertThat(after).isEmpty();
    }

    @Test
    void theErasureRemovesEveryPointOfTheUserInTheStoreAndTheOutbox() {
        UserId user = f.consentingUser();
        UserId other = f.consentingUser();
        f.statistics.record(user, messages("2026-11-29T09:00:00Z", "2026-11-29T09:01:00Z"));
        f.statistics.record(other, messages("2026-11-29T09:00:00Z"));
        f.store.goAway();
        f.statistics.record(user, messages("2026-11-29T09:02:00Z"));
        f.store.comeBack();

        assertThat(f.ofUser.erase(user, 1)).as("the store, oldest first, a bounded step").isEqualTo(1);
        assertThat(f.ofUser.erase(user, 500)).as("the rest of the store").isEqualTo(1);
        assertThat(f.ofUser.erase(user, 500)).as("then what the outbox held").isEqualTo(1);
        assertThat(f.ofUser.erase(user, 500)).as("then its daily rollup: a day and the marker").isEqualTo(2);
        assertThat(f.ofUser.erase(user, 500)).isZero();

        assertThat(f.store.all()).singleElement().extracting(p -> p.statisticsId()).isEqualTo(f.statisticsId(other));
        assertThat(f.outbox.size()).isZero();
        assertThat(f.rollup.marker(f.statisticsId(user))).isEmpty();
        assertThat(f.rollup.marker(f.statisticsId(other))).isPresent();
    }
}
