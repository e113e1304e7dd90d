package io.cockpit.domain.statistics;

import io.cockpit.domain.account.StatisticsId;
import io.cockpit.domain.settings.StatisticsAction;
import io.cockpit.domain.statistics.StatisticsPoint.ActionPoint;
import io.cockpit.domain.statistics.StatisticsPoint.ActivityMinute;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Minute truncation, the time bounds of the intake, and how intervals become minutes. */
class IntakeTest {

    private static final Instant NOW = Instant.parse("2026-11-29T10:15:42.123Z");
    private static final StatisticsId SID = new StatisticsId("AAAAAAAAAAAAAAAAAAAAAA");

    private static Intake intake(List<ActionEvent> events, List<ActivityInterval> intervals) {
        return Intake.of(new StatisticsBatch(events, intervals), SID, NOW, new Random(7));
    }

    private static ActionEvent event(String at) {
        return new ActionEvent(StatisticsAction.MESSAGE_SENT, Instant.parse(at));
    }

    @Test
    void anActionIsKeptToTheMinuteCutNotRounded() {
        Intake intake = intake(List.of(event("2026-11-29T10:14:59.999Z"), event("2026-11-29T10:14:00Z")), List.of());

        assertThat(intake.points()).hasSize(2).allSatisfy(point -> {
            assertThat(point.minute().start()).isEqualTo(Instant.parse("2026-11-29T10:14:00Z"));
            assertThat(point.statisticsId()).isEqualTo(SID);
        });
        assertThat(intake.points()).extracting(p -> ((ActionPoint) p).pointNumber()).doesNotHaveDuplicates();
        assertThat(Minute.of(Instant.parse("1970-01-01T00:00:59Z"))).isEqualTo(new Minute(0));
    }

    @Test
    void eventsOlderThan365DaysOrMoreThanFiveMinutesAheadAreRefusedOneByOne() {
        Intake intake = intake(List.of(
                event("2025-11-29T10:15:42.123Z"),   // exactly 365 days: kept
                event("2025-11-29T10:15:42.122Z"),   // a millisecond older: refused
                event("2026-11-29T10:20:42.123Z"),   // exactly 5 minutes ahead: kept
                event("2026-11-29T10:20:42.124Z")),  // further: refused
                List.of());

        assertThat(intake.result().eventsAccepted()).isEqualTo(2);
        assertThat(intake.result().refused()).containsExactly(
                new RefusedItem(RefusedItem.Kind.EVENT, 1, ItemRefusal.TOO_OLD),
                new RefusedItem(RefusedItem.Kind.EVENT, 3, ItemRefusal.IN_THE_FUTURE));
        assertThat(intake.points()).hasSize(2);
    }

    @Test
    void anIntervalCountsTheMinutesFromItsStartToItsEndCutToTheMinute() {
        ActivityInterval interval = new ActivityInterval(Activity.INBOX, Instant.parse("2026-11-29T09:00:30Z"),
                Instant.parse("2026-11-29T09:03:10Z"));

        assertThat(IntakeRules.minutesOf(interval)).extracting(Minute::toString)
                .containsExactly("2026-11-29T09:00:00Z", "2026-11-29T09:01:00Z", "2026-11-29T09:02:00Z");
        assertThat(IntakeRules.minutesOf(new ActivityInterval(Activity.INBOX, Instant.parse("2026-11-29T09:00:10Z"),
                Instant.parse("2026-11-29T09:00:50Z")))).isEmpty();
    }

    @Test
    void anIntervalStopsTwelveHoursAfterItsStart() {
        ActivityInterval day = new ActivityInterval(Activity.PROSPECTING, Instant.parse("2026-11-28T08:00:00Z"),
                Instant.parse("2026-11-29T08:00:00Z"));

        List<Minute> minutes = IntakeRules.minutesOf(day);

        assertThat(minutes).hasSize(720);
        assertThat(minutes.getLast().start()).isEqualTo(Instant.parse("2026-11-28T19:59:00Z"));
    }

    @Test
    void overlappingIntervalsOfOneActivityCountEachMinuteOnce() {
        Intake intake = intake(List.of(), List.of(
                new ActivityInterval(Activity.CONTENT, Instant.parse("2026-11-29T09:00:00Z"),
                        Instant.parse("2026-11-29T09:10:00Z")),
                new ActivityInterval(Activity.CONTENT, Instant.parse("2026-11-29T09:05:00Z"),
                        Instant.parse("2026-11-29T09:15:00Z")),
                new ActivityInterval(Activity.INBOX, Instant.parse("2026-11-29T09:05:00Z"),
                        Instant.parse("2026-11-29T09:06:00Z"))));

        assertThat(intake.result().intervalsAccepted()).isEqualTo(3);
        assertThat(intake.points()).filteredOn(p -> ((ActivityMinute) p).activity() == Activity.CONTENT).hasSize(15);
        assertThat(intake.points()).filteredOn(p -> ((ActivityMinute) p).activity() == Activity.INBOX).hasSize(1);
    }

    @Test
    void intervalsThatEndBeforeTheyStartOrLieOutsideTheBoundsAreRefused() {
        Intake intake = intake(List.of(), List.of(
                new ActivityInterval(Activity.INBOX, Instant.parse("2026-11-29T09:10:00Z"),
                        Instant.parse("2026-11-29T09:00:00Z")),
                new ActivityInterval(Activity.INBOX, Instant.parse("2025-11-01T09:00:00Z"),
                        Instant.parse("2025-11-01T09:10:00Z")),
                new ActivityInterval(Activity.INBOX, Instant.parse("2026-11-29T10:00:00Z"),
                        Instant.parse("2026-11-29T11:00:00Z"))));

        assertThat(intake.result().intervalsAccepted()).isZero();
        assertThat(intake.result().refused()).extracting(RefusedItem::reason).containsExactly(
                ItemRefusal.ENDS_BEFORE_START, ItemRefusal.TOO_OLD, ItemRefusal.IN_THE_FUTURE);
        assertThat(intake.points()).isEmpty();
    }

    @Test
    void aBatchHoldsAtMost1000EventsAnd100Intervals() {
        ActionEvent one = event("2026-11-29T10:00:00Z");
        assertThat(new StatisticsBatch(java.util.Collections.nCopies(1000, one), List.of()).events()).hasSize(1000);
        assertThatThrownBy(() -> new StatisticsBatch(java.util.Collections.nCopies(1001, one), List.of()))
                .hasMessageContaining("1000");
        ActivityInterval interval = new ActivityInterval(Activity.INBOX, NOW, NOW);
        assertThatThrownBy(() -> new StatisticsBatch(List.of(), java.util.Collections.nCopies(101, interval)))
                .hasMessageContaining("100");
    }
}
