package io.cockpit.domain.statistics;

import io.cockpit.domain.account.StatisticsId;
import io.cockpit.domain.settings.StatisticsAction;
import io.cockpit.domain.statistics.StatisticsPoint.ActionPoint;
import io.cockpit.domain.statistics.StatisticsPoint.ActivityMinute;
import org.junit.jupiter.api.Test;

import java.security.SecureRandom;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The daily rollup's days and marker. */
class RollupTest {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static final ZoneId KOLKATA = ZoneId.of("Asia/Kolkata");
    private static final StatisticsId SID = StatisticsId.random(new SecureRandom());
    private static final Instant NOW = Instant.parse("2026-11-29T10:15:00Z");

    private static List<StatisticsPoint> inbox(String from, int minutes) {
        List<StatisticsPoint> points = new ArrayList<>();
        for (int i = 0; i < minutes; i++) {
            points.add(new ActivityMinute(SID, Activity.INBOX, Minute.of(Instant.parse(from)).plus(i)));
        }
        return points;
    }

    @Test
    void anIntervalAcrossLocalMidnightCountsInBothDays() {
        // 18:00Z is 23:30 in Kolkata
        List<RollupDay> days = RollupDay.of(inbox("2026-11-29T18:00:00Z", 45), KOLKATA);

        assertThat(days).extracting(RollupDay::date)
                .containsExactly(LocalDate.parse("2026-11-29"), LocalDate.parse("2026-11-30"));
        assertThat(days.get(0).totals().minutes(Activity.INBOX)).isEqualTo(30);
        assertThat(days.get(1).totals().minutes(Activity.INBOX)).isEqualTo(15);
    }

    @Test
    void theLastMinutesOfA25HourDayHaveTheirOwnPlace() {
        // 2026-10-25 in Berlin runs from 2026-10-24T22:00Z to 2026-10-25T23:00Z: 1,500 minutes
        List<RollupDay> days = RollupDay.of(inbox("2026-10-25T22:00:00Z", 60), BERLIN);

        assertThat(days).singleElement().satisfies(day -> {
            assertThat(day.date()).isEqualTo(LocalDate.parse("2026-10-25"));
            assertThat(day.totals().minutes(Activity.INBOX)).isEqualTo(60);
        });
        assertThat(MinutesOfDay.indexOf(Minute.of(Instant.parse("2026-10-25T22:59:00Z")),
                LocalDate.parse("2026-10-25"), BERLIN)).isEqualTo(1499);
    }

    @Test
    void addsCountsAndJoinsMinutes() {
        RollupDay first = RollupDay.of(inbox("2026-11-29T10:00:00Z", 10), BERLIN).getFirst();
        List<StatisticsPoint> more = new ArrayList<>(inbox("2026-11-29T10:05:00Z", 10));
        more.add(new ActionPoint(SID, StatisticsAction.MESSAGE_SENT, Minute.of(NOW), 1));
        more.add(new ActionPoint(SID, StatisticsAction.MESSAGE_SENT, Minute.of(NOW), 2));
        RollupDay both = first.plus(RollupDay.of(more, BERLIN).getFirst());

        assertThat(both.totals().minutes(Activity.INBOX)).isEqualTo(15);
        assertThat(both.totals().count(StatisticsAction.MESSAGE_SENT)).isEqualTo(2);
        assertThat(MinutesOfDay.of(both.minutes().get(Activity.INBOX).bytes()))
                .isEqualTo(both.minutes().get(Activity.INBOX));
        assertThatThrownBy(() -> first.plus(new RollupDay(LocalDate.parse("2026-11-30"), java.util.Map.of(),
                java.util.Map.of()))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aMarkerSaysWhichDaysOfWhichZoneItHolds() {
        RollupMarker marker = RollupMarker.startingAfter(BERLIN, Instant.parse("2026-11-29T22:57:00Z"));

        assertThat(marker.completeFrom()).as("5 minutes ahead is the 30th in Berlin already")
                .contains(LocalDate.parse("2026-12-01"));
        assertThat(marker.covers(BERLIN, LocalDate.parse("2026-12-01"))).isTrue();
        assertThat(marker.covers(BERLIN, LocalDate.parse("2026-11-30"))).isFalse();
        assertThat(marker.covers(KOLKATA, LocalDate.parse("2026-12-02"))).isFalse();
        assertThat(RollupMarker.fromTheBeginning(BERLIN).covers(BERLIN, LocalDate.parse("2000-01-01"))).isTrue();
        assertThat(marker.forIntakeIn(BERLIN, NOW)).isSameAs(marker);
        assertThat(marker.forIntakeIn(KOLKATA, NOW)).isEqualTo(new RollupMarker(KOLKATA,
                Optional.of(LocalDate.parse("2026-11-30"))));
    }
}
