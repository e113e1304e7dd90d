package io.cockpit.application.port.out.statistics;

import io.cockpit.domain.account.StatisticsId;
import io.cockpit.domain.settings.StatisticsAction;
import io.cockpit.domain.statistics.Activity;
import io.cockpit.domain.statistics.ActivityInterval;
import io.cockpit.domain.statistics.DayRange;
import io.cockpit.domain.statistics.DayTotals;
import io.cockpit.domain.statistics.IntakeRules;
import io.cockpit.domain.statistics.Minute;
import io.cockpit.domain.statistics.RollupDay;
import io.cockpit.domain.statistics.RollupMarker;
import io.cockpit.domain.statistics.StatisticsPoint;
import io.cockpit.domain.statistics.StatisticsPoint.ActionPoint;
import io.cockpit.domain.statistics.StatisticsPoint.ActivityMinute;
import org.junit.jupiter.api.Test;

import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The daily rollup, and that it answers as the statistics store does for the same points. Each test uses
 * Statistics-IDs of its own.
 */
public abstract class DailyRollupContract {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
    private static final ZoneId KOLKATA = ZoneId.of("Asia/Kolkata");
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Instant NOW = Instant.parse("2026-11-29T10:15:00Z");

    protected abstract DailyRollup rollup();

    /** A statistics store, empty of the tests' Statistics-IDs: the answers to compare with. */
    protected abstract StatisticsStore store();

    private static StatisticsId sid() {
        return StatisticsId.random(RANDOM);
    }

    private static ActionPoint action(StatisticsId sid, StatisticsAction action, String at) {
        return new ActionPoint(sid, action, Minute.of(Instant.parse(at)), RANDOM.nextLong(ActionPoint.NUMBERS));
    }

    private static List<StatisticsPoint> minutes(StatisticsId sid, Activity activity, String from, String to) {
        return IntakeRules.minutesOf(new ActivityInterval(activity, Instant.parse(from), Instant.parse(to))).stream()
                .<StatisticsPoint>map(minute -> new ActivityMinute(sid, activity, minute)).toList();
    }

    private static DayRange days(String from, String to) {
        return new DayRange(LocalDate.parse(from), LocalDate.parse(to));
    }

    @Test
    void aFreshStatisticsIdIsCompleteFromTheBeginningAndKeepsItsMarker() {
        StatisticsId sid = sid();
        RollupMarker fresh = RollupMarker.fromTheBeginning(BERLIN);
        RollupMarker older = RollupMarker.startingAfter(BERLIN, NOW);

        rollup().issued(sid);

        assertThat(rollup().marker(sid)).as("no intake has decided its zone yet").isEmpty();
        assertThat(rollup().lock(sid, fresh, older)).isEqualTo(fresh);
        assertThat(rollup().lock(sid, RollupMarker.fromTheBeginning(KOLKATA), older)).isEqualTo(fresh);
        assertThat(rollup().marker(sid)).contains(fresh);
    }

    @Test
    void aStatisticsIdWithoutMarkerIsCompleteFromTheDayAfterItsFirstIntake() {
        StatisticsId sid = sid();
        RollupMarker older = RollupMarker.startingAfter(NEW_YORK, NOW);

        assertThat(rollup().marker(sid)).isEmpty();
        assertThat(rollup().lock(sid, RollupMarker.fromTheBeginning(NEW_YORK), older)).isEqualTo(older);
        assertThat(rollup().lock(sid, RollupMarker.fromTheBeginning(NEW_YORK), RollupMarker.startingAfter(NEW_YORK,
                NOW.plus(Duration.ofDays(3))))).isEqualTo(older);
        assertThat(rollup().marker(sid)).contains(older);
        assertThat(older.completeFrom()).contains(LocalDate.parse("2026-11-30"));
    }

    @Test
    void concurrentFirstIntakesOfAFreshStatisticsIdAgreeOnItsMarker() throws Exception {
        StatisticsId sid = sid();
        rollup().issued(sid);

        assertThat(firstLocksAtOnce(sid)).containsOnly(rollup().marker(sid).orElseThrow())
                .allMatch(marker -> marker.completeFrom().isEmpty());
    }

    @Test
    void concurrentFirstIntakesOfAStatisticsIdWithoutMarkerAgreeOnItsMarker() throws Exception {
        StatisticsId sid = sid();

        assertThat(firstLocksAtOnce(sid)).containsOnly(rollup().marker(sid).orElseThrow())
                .allMatch(marker -> marker.completeFrom().isPresent());
    }

    @Test
    void aMarkerForgottenWhileIntakesLockItNeverFailsThem() throws Exception {
        DailyRollup rollup = rollup();
        ExecutorService threads = Executors.newFixedThreadPool(5);
        try {
            for (int round = 0; round < 150; round++) {
                StatisticsId sid = sid();
                rollup.issued(sid);
                RollupMarker fresh = RollupMarker.fromTheBeginning(BERLIN);
                rollup.lock(sid, fresh, RollupMarker.startingAfter(BERLIN, NOW));
                RollupMarker older = RollupMarker.startingAfter(BERLIN, NOW);
                CountDownLatch start = new CountDownLatch(1);
                List<Future<RollupMarker>> locked = new ArrayList<>();
                for (int i = 0; i < 4; i++) {
                    locked.add(threads.submit(() -> {
                        start.await();
                        return rollup.lock(sid, fresh, older);
                    }));
                }
                Future<?> forgotten = threads.submit(() -> {
                    start.await();
                    rollup.forget(sid);
                    return null;
                });
                start.countDown();
                forgotten.get(30, TimeUnit.SECONDS);
                for (Future<RollupMarker> each : locked) {
                    assertThat(each.get(30, TimeUnit.SECONDS)).as("the kept marker, or one written again")
                            .isIn(fresh, older);
                }
            }
        } finally {
            threads.shutdownNow();
        }
    }

    /** What eight first intakes in different zones, each with a marker of its own, get when they lock at once. */
    private List<RollupMarker> firstLocksAtOnce(StatisticsId sid) throws Exception {
        List<ZoneId> zones = List.of(BERLIN, NEW_YORK, KOLKATA, ZoneId.of("UTC"), ZoneId.of("Asia/Tokyo"),
                ZoneId.of("Europe/Lisbon"), ZoneId.of("America/Chicago"), ZoneId.of("Australia/Sydney"));
        DailyRollup rollup = rollup();
        ExecutorService threads = Executors.newFixedThreadPool(zones.size());
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<RollupMarker>> locked = new ArrayList<>();
            for (int i = 0; i < zones.size(); i++) {
                ZoneId zone = zones.get(i);
                Instant now = NOW.plus(Duration.ofDays(i));
                locked.add(threads.submit(() -> {
                    start.await();
                    return rollup.lock(sid, RollupMarker.fromTheBeginning(zone), RollupMarker.startingAfter(zone, now));
                }));
            }
            start.countDown();
            List<RollupMarker> markers = new ArrayList<>();
            for (Future<RollupMarker> each : locked) {
                markers.add(each.get(30, TimeUnit.SECONDS));
            }
            return markers;
        } finally {
            threads.shutdownNow();
        }
    }

    @Test
    void addsCountsAndCountsAMinuteOnceHoweverOftenItIsAdded() {
        StatisticsId sid = sid();
        rollup().lock(sid, RollupMarker.fromTheBeginning(BERLIN), RollupMarker.fromTheBeginning(BERLIN));
        List<StatisticsPoint> first = new ArrayList<>(minutes(sid, Activity.INBOX, "2026-11-28T10:00:00Z",
                "2026-11-28T10:10:00Z"));
        first.add(action(sid, StatisticsAction.MESSAGE_SENT, "2026-11-28T10:00:00Z"));
        List<StatisticsPoint> second = new ArrayList<>(minutes(sid, Activity.INBOX, "2026-11-28T10:05:00Z",
                "2026-11-28T10:20:00Z"));
        second.add(action(sid, StatisticsAction.MESSAGE_SENT, "2026-11-28T10:00:30Z"));
        second.add(action(sid, StatisticsAction.MEETING_BOOKED, "2026-11-29T09:00:00Z"));

        rollup().add(sid, RollupDay.of(first, BERLIN));
        rollup().add(sid, RollupDay.of(second, BERLIN));

        Map<LocalDate, DayTotals> days = rollup().daily(sid, days("2026-11-01", "2026-11-30"));
        assertThat(days).containsOnlyKeys(LocalDate.parse("2026-11-28"), LocalDate.parse("2026-11-29"));
        assertThat(days.get(LocalDate.parse("2026-11-28")).count(StatisticsAction.MESSAGE_SENT)).isEqualTo(2);
        assertThat(days.get(LocalDate.parse("2026-11-28")).minutes(Activity.INBOX)).isEqualTo(20);
        assertThat(days.get(LocalDate.parse("2026-11-29")).count(StatisticsAction.MEETING_BOOKED)).isEqualTo(1);
        assertThat(rollup().daily(sid, days("2026-11-29", "2026-11-29"))).containsOnlyKeys(LocalDate.parse("2026-11-29"));
    }

    @Test
    void aRestartDropsTheDaysAndKeepsTheNewMarker() {
        StatisticsId sid = sid();
        rollup().lock(sid, RollupMarker.fromTheBeginning(BERLIN), RollupMarker.fromTheBeginning(BERLIN));
        rollup().add(sid, RollupDay.of(List.of(action(sid, StatisticsAction.POST_LIKED, "2026-11-28T10:00:00Z")),
                BERLIN));
        RollupMarker restarted = RollupMarker.startingAfter(KOLKATA, NOW);

        rollup().restart(sid, restarted);

        assertThat(rollup().daily(sid, days("2026-11-01", "2026-11-30"))).isEmpty();
        assertThat(rollup().marker(sid)).contains(restarted);
        assertThat(rollup().lock(sid, RollupMarker.fromTheBeginning(BERLIN), RollupMarker.fromTheBeginning(BERLIN)))
                .isEqualTo(restarted);
    }

    @Test
    void forgettingDropsDaysAndMarkerOfThatStatisticsIdOnly() {
        StatisticsId sid = sid();
        StatisticsId other = sid();
        for (StatisticsId each : List.of(sid, other)) {
            rollup().lock(each, RollupMarker.fromTheBeginning(BERLIN), RollupMarker.fromTheBeginning(BERLIN));
            rollup().add(each, RollupDay.of(List.of(action(each, StatisticsAction.POST_LIKED, "2026-11-27T10:00:00Z"),
                    action(each, StatisticsAction.POST_LIKED, "2026-11-28T10:00:00Z")), BERLIN));
        }

        assertThat(rollup().forget(sid)).isEqualTo(3);
        assertThat(rollup().forget(sid)).isZero();

        assertThat(rollup().marker(sid)).isEmpty();
        assertThat(rollup().daily(sid, days("2026-11-01", "2026-11-30"))).isEmpty();
        assertThat(rollup().daily(other, days("2026-11-01", "2026-11-30"))).hasSize(2);
        assertThat(rollup().marker(other)).isPresent();
    }

    @Test
    void readsMarkerAndDaysTogetherAsEachAloneAnswers() {
        StatisticsId unknown = sid();
        StatisticsId issued = sid();
        rollup().issued(issued);
        StatisticsId kept = sid();
        rollup().lock(kept, RollupMarker.fromTheBeginning(BERLIN), RollupMarker.fromTheBeginning(BERLIN));
        rollup().add(kept, RollupDay.of(List.of(action(kept, StatisticsAction.POST_LIKED, "2026-11-27T10:00:00Z"),
                action(kept, StatisticsAction.MESSAGE_SENT, "2026-11-28T10:00:00Z")), BERLIN));
        rollup().add(kept, RollupDay.of(minutes(kept, Activity.INBOX, "2026-11-29T10:00:00Z",
                "2026-11-29T10:07:00Z"), BERLIN));
        StatisticsId restarted = sid();
        rollup().lock(restarted, RollupMarker.fromTheBeginning(BERLIN), RollupMarker.fromTheBeginning(BERLIN));
        rollup().add(restarted, RollupDay.of(List.of(action(restarted, StatisticsAction.POST_LIKED,
                "2026-11-28T10:00:00Z")), BERLIN));
        rollup().restart(restarted, RollupMarker.startingAfter(KOLKATA, NOW));

        for (StatisticsId sid : List.of(unknown, issued, kept, restarted)) {
            for (DayRange range : List.of(days("2026-11-01", "2026-11-30"), days("2026-11-28", "2026-11-28"),
                    days("2026-11-29", "2026-12-31"), days("2026-12-01", "2026-12-31"))) {
                assertThat(rollup().rolledUp(sid, range)).as(range.toString())
                        .isEqualTo(new RolledUpDays(rollup().marker(sid), rollup().daily(sid, range)));
            }
        }
        RolledUpDays november = rollup().rolledUp(kept, days("2026-11-01", "2026-11-30"));
        assertThat(november.marker()).contains(RollupMarker.fromTheBeginning(BERLIN));
        assertThat(november.days()).containsOnlyKeys(LocalDate.parse("2026-11-27"), LocalDate.parse("2026-11-28"),
                LocalDate.parse("2026-11-29"));
        assertThat(november.days().get(LocalDate.parse("2026-11-29")).minutes(Activity.INBOX)).isEqualTo(7);
        assertThat(rollup().rolledUp(kept, days("2026-11-28", "2026-11-28")).days())
                .containsOnlyKeys(LocalDate.parse("2026-11-28"));
        assertThat(rollup().rolledUp(issued, days("2026-11-01", "2026-11-30")).marker()).as("zone not decided yet")
                .isEmpty();
        assertThat(rollup().rolledUp(restarted, days("2026-11-01", "2026-11-30")).days()).isEmpty();
    }

    /**
     * The same random points, in the store and (bucketed in each zone) in a rollup of that zone: every day of the
     * days around the daylight-saving changes of 2026 and an interval across midnight has the same totals.
     */
    @Test
    void answersAsTheStoreDoesForTheSamePointsAcrossDaylightSavingChangesAndMidnight() {
        Random random = new Random(RANDOM.nextLong());
        StatisticsId stored = sid();
        List<StatisticsPoint> points = new ArrayList<>();
        for (String day : List.of("2026-03-08", "2026-03-28", "2026-03-29", "2026-10-25", "2026-11-01")) {
            Instant start = LocalDate.parse(day).atStartOfDay(java.time.ZoneOffset.UTC).toInstant()
                    .minus(Duration.ofHours(12));
            for (int i = 0; i < 200; i++) {
                Instant at = start.plusSeconds(random.nextInt(48 * 3600));
                StatisticsAction action = StatisticsAction.values()[random.nextInt(StatisticsAction.values().length)];
                points.add(new ActionPoint(stored, action, Minute.of(at), random.nextLong(ActionPoint.NUMBERS)));
            }
            Instant from = start.plusSeconds(random.nextInt(36 * 3600));
            Activity activity = Activity.values()[random.nextInt(Activity.values().length)];
            Instant to = from.plus(Duration.ofMinutes(30 + random.nextInt(600)));
            points.addAll(minutes(stored, activity, from.toString(), to.toString()));
        }
        points.addAll(minutes(stored, Activity.CONTENT, "2026-11-29T22:30:00Z", "2026-11-30T01:15:00Z"));
        points.addAll(minutes(stored, Activity.CONTENT, "2026-11-29T22:00:00Z", "2026-11-29T23:30:00Z"));
        store().append(points);

        DayRange year = days("2026-01-01", "2026-12-31");
        for (ZoneId zone : List.of(BERLIN, NEW_YORK, KOLKATA)) {
            StatisticsId rolled = sid();
            rollup().lock(rolled, RollupMarker.fromTheBeginning(zone), RollupMarker.fromTheBeginning(zone));
            for (int from = 0; from < points.size(); from += 97) {
                rollup().add(rolled, RollupDay.of(points.subList(from, Math.min(points.size(), from + 97)), zone));
            }
            Map<LocalDate, DayTotals> expected = store().daily(stored, zone, year);
            assertThat(expected).as("the store has the points").hasSizeGreaterThan(8);
            assertThat(rollup().daily(rolled, year)).as(zone.getId()).isEqualTo(expected);
        }
    }
}
