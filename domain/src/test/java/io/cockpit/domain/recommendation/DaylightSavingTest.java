package io.cockpit.domain.recommendation;

import io.cockpit.domain.shared.LocalDay;

import io.cockpit.domain.label.Cadence;
import io.cockpit.domain.linkedin.ContactActivity;
import io.cockpit.domain.shared.ItemId;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** Days in the user's zone on the days the clocks change (Europe/Berlin: 29 March and 25 October 2026). */
class DaylightSavingTest {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    private static Instant berlin(int month, int day, int hour, int minute) {
        return ZonedDateTime.of(2026, month, day, hour, minute, 0, 0, BERLIN).toInstant();
    }

    @Test
    void theSpringDayHas23HoursAndTheAutumnDay25() {
        LocalDay spring = new LocalDay(LocalDate.of(2026, 3, 29), BERLIN);
        LocalDay autumn = new LocalDay(LocalDate.of(2026, 10, 25), BERLIN);

        assertThat(Duration.between(spring.start(), spring.end())).isEqualTo(Duration.ofHours(23));
        assertThat(Duration.between(autumn.start(), autumn.end())).isEqualTo(Duration.ofHours(25));
        assertThat(spring.start()).isEqualTo(Instant.parse("2026-03-28T23:00:00Z"));
        assertThat(autumn.end()).isEqualTo(Instant.parse("2026-10-25T23:00:00Z"));
    }

    @Test
    void aZoneWhoseMidnightDoesNotExistStartsAtItsFirstValidTime() {
        // Chile skips 00:00-00:59 on its spring change (6 September 2026)
        ZoneId santiago = ZoneId.of("America/Santiago");
        LocalDay day = new LocalDay(LocalDate.of(2026, 9, 6), santiago);

        assertThat(day.start().atZone(santiago).toLocalTime().getHour()).isEqualTo(1);
        assertThat(Duration.between(day.start(), day.end())).isEqualTo(Duration.ofHours(23));
    }

    @Test
    void writtenTodayOnTheAutumnChangeDayCountsItsExtraHour() {
        // 02:30 happens twice on 25 October; both are today, 23:30 the day before is not
        Instant firstHalfPastTwo = Instant.parse("2026-10-25T00:30:00Z");
        Instant secondHalfPastTwo = Instant.parse("2026-10-25T01:30:00Z");
        Instant evening = berlin(10, 25, 23, 30);
        Instant dayBefore = berlin(10, 24, 23, 30);
        Instant theyWrote = berlin(10, 23, 12, 0);

        for (Instant wrote : new Instant[] {firstHalfPastTwo, secondHalfPastTwo}) {
            Candidate c = candidate(new ContactActivity(Optional.of(wrote), Optional.of(wrote), Optional.of(theyWrote)));
            assertThat(Ranking.writtenToday(c, Ranking.Context.of(evening, BERLIN))).isTrue();
        }
        Candidate before = candidate(new ContactActivity(Optional.of(dayBefore), Optional.of(dayBefore),
                Optional.of(theyWrote)));
        assertThat(Ranking.writtenToday(before, Ranking.Context.of(evening, BERLIN))).isFalse();
    }

    @Test
    void followUpDaysAreCalendarDaysAcrossTheSpringChange() {
        // written Thursday 26 March 23:30; four calendar days later is Monday 30 March, though only 95.5 hours passed
        // by Monday 00:00 because Sunday had 23 hours
        Instant wrote = berlin(3, 26, 23, 30);
        Candidate c = candidate(new ContactActivity(Optional.of(wrote), Optional.of(wrote), Optional.empty()));

        assertThat(Ranking.reasons(c, Ranking.Context.of(berlin(3, 29, 23, 59), BERLIN))).isEmpty();
        assertThat(Ranking.reasons(c, Ranking.Context.of(berlin(3, 30, 0, 0), BERLIN)))
                .extracting(Finding::reason).containsExactly(Reason.FOLLOW_UP_DUE);
    }

    @Test
    void replyHoursAreElapsedHoursAcrossTheAutumnChange() {
        // they wrote Saturday 24 October 22:00; Sunday 22:00 is 25 hours later
        Instant theyWrote = berlin(10, 24, 22, 0);
        Candidate c = candidate(new ContactActivity(Optional.empty(), Optional.empty(), Optional.of(theyWrote)));

        Finding found = Ranking.reasons(c, Ranking.Context.of(berlin(10, 25, 22, 0), BERLIN)).getFirst();

        assertThat(found.reason()).isEqualTo(Reason.REPLY_DUE);
        assertThat(found.amount()).isEqualTo(25);
    }

    private static Candidate candidate(ContactActivity activity) {
        return new Candidate(ItemId.random(), false, Optional.empty(), activity, 0, 0, Cadence.DEFAULT);
    }
}
