package io.cockpit.domain.statistics;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Local days across daylight-saving changes, and in a zone half an hour off the full hour. */
class LocalDaysTest {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
    private static final ZoneId KOLKATA = ZoneId.of("Asia/Kolkata");

    private static Minute at(String instant) {
        return Minute.of(Instant.parse(instant));
    }

    @Test
    void theLastSundayOfMarchInBerlinHas23Hours() {
        DayRange sunday = DayRange.of(LocalDate.parse("2026-03-29"));

        assertThat(Duration.between(sunday.start(BERLIN), sunday.end(BERLIN))).isEqualTo(Duration.ofHours(23));
        assertThat(sunday.start(BERLIN)).isEqualTo(Instant.parse("2026-03-28T23:00:00Z"));
        assertThat(sunday.end(BERLIN)).isEqualTo(Instant.parse("2026-03-29T22:00:00Z"));
        assertThat(LocalDays.dayOf(at("2026-03-28T22:59:00Z"), BERLIN)).isEqualTo("2026-03-28");
        assertThat(LocalDays.dayOf(at("2026-03-28T23:00:00Z"), BERLIN)).isEqualTo("2026-03-29");
        assertThat(LocalDays.dayOf(at("2026-03-29T21:59:00Z"), BERLIN)).isEqualTo("2026-03-29");
        assertThat(LocalDays.dayOf(at("2026-03-29T22:00:00Z"), BERLIN)).isEqualTo("2026-03-30");
    }

    @Test
    void theLastSundayOfOctoberInBerlinHas25Hours() {
        DayRange sunday = DayRange.of(LocalDate.parse("2026-10-25"));

        assertThat(Duration.between(sunday.start(BERLIN), sunday.end(BERLIN))).isEqualTo(Duration.ofHours(25));
        assertThat(LocalDays.dayOf(at("2026-10-24T21:59:00Z"), BERLIN)).isEqualTo("2026-10-24");
        assertThat(LocalDays.dayOf(at("2026-10-24T22:00:00Z"), BERLIN)).isEqualTo("2026-10-25");
        // 02:30 local happens twice: at 00:30Z (summer time) and 01:30Z (winter time), both on the 25th
        assertThat(LocalDays.dayOf(at("2026-10-25T00:30:00Z"), BERLIN)).isEqualTo("2026-10-25");
        assertThat(LocalDays.dayOf(at("2026-10-25T01:30:00Z"), BERLIN)).isEqualTo("2026-10-25");
        assertThat(LocalDays.dayOf(at("2026-10-25T22:59:00Z"), BERLIN)).isEqualTo("2026-10-25");
        assertThat(LocalDays.dayOf(at("2026-10-25T23:00:00Z"), BERLIN)).isEqualTo("2026-10-26");
    }

    @Test
    void newYorkChangesOnOtherSundaysAtOtherHours() {
        DayRange spring = DayRange.of(LocalDate.parse("2026-03-08"));
        DayRange autumn = DayRange.of(LocalDate.parse("2026-11-01"));

        assertThat(Duration.between(spring.start(NEW_YORK), spring.end(NEW_YORK))).isEqualTo(Duration.ofHours(23));
        assertThat(Duration.between(autumn.start(NEW_YORK), autumn.end(NEW_YORK))).isEqualTo(Duration.ofHours(25));
        assertThat(LocalDays.dayOf(at("2026-03-08T04:59:00Z"), NEW_YORK)).isEqualTo("2026-03-07");
        assertThat(LocalDays.dayOf(at("2026-03-08T05:00:00Z"), NEW_YORK)).isEqualTo("2026-03-08");
        assertThat(LocalDays.dayOf(at("2026-03-09T03:59:00Z"), NEW_YORK)).isEqualTo("2026-03-08");
        assertThat(LocalDays.dayOf(at("2026-11-02T04:59:00Z"), NEW_YORK)).isEqualTo("2026-11-01");
        assertThat(LocalDays.dayOf(at("2026-11-02T05:00:00Z"), NEW_YORK)).isEqualTo("2026-11-02");
    }

    @Test
    void kolkataIsFiveAndAHalfHoursAhead() {
        assertThat(LocalDays.dayOf(at("2026-06-30T18:29:00Z"), KOLKATA)).isEqualTo("2026-06-30");
        assertThat(LocalDays.dayOf(at("2026-06-30T18:30:00Z"), KOLKATA)).isEqualTo("2026-07-01");
        DayRange day = DayRange.of(LocalDate.parse("2026-07-01"));
        assertThat(day.start(KOLKATA)).isEqualTo(Instant.parse("2026-06-30T18:30:00Z"));
        assertThat(LocalDays.offsetSpans(KOLKATA, day.start(KOLKATA), day.end(KOLKATA)))
                .singleElement().extracting(LocalDays.OffsetSpan::offsetSeconds).isEqualTo(19_800);
    }

    @Test
    void offsetSpansSplitAtEachChangeAndBucketLikeTheZone() {
        DayRange year = new DayRange(LocalDate.parse("2026-01-01"), LocalDate.parse("2026-12-31"));
        List<LocalDays.OffsetSpan> spans = LocalDays.offsetSpans(BERLIN, year.start(BERLIN), year.end(BERLIN));

        assertThat(spans).extracting(LocalDays.OffsetSpan::offsetSeconds).containsExactly(3600, 7200, 3600);
        assertThat(spans.get(1).from()).isEqualTo(Instant.parse("2026-03-29T01:00:00Z"));
        assertThat(spans.get(1).to()).isEqualTo(Instant.parse("2026-10-25T01:00:00Z"));
        for (LocalDays.OffsetSpan span : spans) {
            for (long minute = span.fromMinute(); minute < span.toMinute(); minute += 37) {
                assertThat(LocalDate.ofEpochDay(span.epochDay(minute)))
                        .isEqualTo(LocalDays.dayOf(new Minute(minute), BERLIN));
            }
        }
    }

    @Test
    void aRangeHasAtMost366Days() {
        assertThat(new DayRange(LocalDate.parse("2028-01-01"), LocalDate.parse("2028-12-31")).days()).isEqualTo(366);
        org.assertj.core.api.Assertions.assertThatThrownBy(() ->
                        new DayRange(LocalDate.parse("2026-01-01"), LocalDate.parse("2027-01-02")))
                .hasMessageContaining("366");
        org.assertj.core.api.Assertions.assertThatThrownBy(() ->
                        new DayRange(LocalDate.parse("2026-01-02"), LocalDate.parse("2026-01-01")))
                .hasMessageContaining("end before");
    }

    @Test
    void aRangeLiesBetweenTheSecondDayOf1970AndTheYear9999() {
        assertThat(new DayRange(DayRange.FIRST_DAY, DayRange.FIRST_DAY).start(java.time.ZoneId.of("Etc/GMT-14")))
                .isAfterOrEqualTo(java.time.Instant.EPOCH);
        org.assertj.core.api.Assertions.assertThatThrownBy(() ->
                        new DayRange(LocalDate.parse("1970-01-01"), LocalDate.parse("1970-01-01")))
                .hasMessageContaining("before 1970-01-02");
        org.assertj.core.api.Assertions.assertThatThrownBy(() ->
                        new DayRange(LocalDate.parse("9999-12-31"), LocalDate.parse("9999-12-31")))
                .hasMessageContaining("after 9999-12-30");
    }
}
