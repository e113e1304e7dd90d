package io.cockpit.application.port.out.statistics;

import io.cockpit.domain.account.StatisticsId;
import io.cockpit.domain.settings.StatisticsAction;
import io.cockpit.domain.statistics.Activity;
import io.cockpit.domain.statistics.DayRange;
import io.cockpit.domain.statistics.DayTotals;
import io.cockpit.domain.statistics.Minute;
import io.cockpit.domain.statistics.StatisticsPoint;
import io.cockpit.domain.statistics.StatisticsPoint.ActionPoint;
import io.cockpit.domain.statistics.StatisticsPoint.ActivityMinute;
import io.cockpit.application.port.out.register.PersonalDataStore;
import io.cockpit.application.port.out.register.PersonalDataStoreCases;
import io.cockpit.application.service.privacy.ProcessingPermissionsService;
import io.cockpit.application.service.settings.SettingsService;
import io.cockpit.application.service.statistics.StatisticsDays;
import io.cockpit.application.service.statistics.StatisticsOfUser;
import io.cockpit.application.testing.fakes.FakeDailyRollup;
import io.cockpit.application.testing.fakes.FakeStatisticsOutbox;
import io.cockpit.application.testing.fakes.FakeStores;
import io.cockpit.domain.account.Account;
import io.cockpit.domain.account.UserId;
import io.cockpit.domain.privacy.PrivacySwitches;
import org.junit.jupiter.api.Test;

import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

import static io.cockpit.application.testing.AccountMother.anAccount;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The statistics store: the same answers for the same points, in every implementation (InfluxDB, the relational
 * table, the fake). Each test uses Statistics-IDs of its own, so a store may be shared between tests.
 */
public abstract class StatisticsStoreContract implements PersonalDataStoreCases {

    protected static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    protected static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
    protected static final ZoneId KOLKATA = ZoneId.of("Asia/Kolkata");
    private static final SecureRandom RANDOM = new SecureRandom();
    private final AtomicLong pointNumbers = new AtomicLong(RANDOM.nextLong(1_000_000_000L));

    protected abstract StatisticsStore store();

    /** The register's view of the store under test: a user's statistics, found by the account's Statistics-ID. */
    private final FakeStores users = new FakeStores();
    private final FakeDailyRollup rollup = new FakeDailyRollup();
    private StatisticsOfUser ofUser;

    @Override
    public PersonalDataStore personalData() {
        if (ofUser == null) {
            ofUser = new StatisticsOfUser(users.accounts,
                    new ProcessingPermissionsService(users.privacy, users.restrictions),
                    new SettingsService(users.settings, users.templates, users.transactions, users.clock),
                    new StatisticsDays(rollup, store()), store(), new FakeStatisticsOutbox(), rollup, users.clock);
        }
        return ofUser;
    }

    /** An account for {@code user} with the statistics consent, and three points this week under its Statistics-ID. */
    @Override
    public int giveData(UserId user) {
        Account made = anAccount().build();
        Account account = new Account(user, made.partnerId(), made.externalId(), made.email(), made.name(),
                made.contract(), made.trackingId(), made.statisticsId(), made.createdAt(), made.updatedAt(),
                made.version());
        users.accounts.add(account);
        users.privacy.save(user, new PrivacySwitches(true, true, false, true, true), 0, users.clock.instant());
        StatisticsId sid = account.statisticsId();
        Instant now = users.clock.instant();
        store().append(List.of(
                action(sid, StatisticsAction.MESSAGE_SENT, now.minus(Duration.ofDays(2)).toString()),
                action(sid, StatisticsAction.MEETING_BOOKED, now.minus(Duration.ofHours(1)).toString()),
                minute(sid, Activity.INBOX, now.minus(Duration.ofMinutes(30)).toString())));
        return 3;
    }

    @Override
    public boolean holdsDataOf(UserId user) {
        StatisticsId sid = users.accounts.findById(user).orElseThrow().statisticsId();
        LocalDate today = LocalDate.ofInstant(users.clock.instant(), ZoneId.of("UTC"));
        return !store().daily(sid, ZoneId.of("UTC"), new DayRange(today.minusDays(365), today)).isEmpty();
    }

    @Override
    public List<String> exportedFields() {
        List<String> fields = new ArrayList<>(List.of("date", "timeZone"));
        for (StatisticsAction action : StatisticsAction.values()) {
            fields.add(action.wireName());
        }
        for (Activity activity : Activity.values()) {
            fields.add(activity.wireName() + "_minutes");
        }
        return fields;
    }

    protected static StatisticsId newStatisticsId() {
        return StatisticsId.random(RANDOM);
    }

    protected ActionPoint action(StatisticsId sid, StatisticsAction action, String at) {
        return new ActionPoint(sid, action, Minute.of(Instant.parse(at)), pointNumbers.incrementAndGet());
    }

    protected static ActivityMinute minute(StatisticsId sid, Activity activity, String at) {
        return new ActivityMinute(sid, activity, Minute.of(Instant.parse(at)));
    }

    private static DayRange days(String from, String to) {
        return new DayRange(LocalDate.parse(from), LocalDate.parse(to));
    }

    private static Map<String, Integer> messagesPerDay(Map<LocalDate, DayTotals> daily) {
        Map<String, Integer> counts = new java.util.TreeMap<>();
        daily.forEach((date, totals) -> counts.put(date.toString(), totals.count(StatisticsAction.MESSAGE_SENT)));
        return counts;
    }

    @Test
    void countsActionsPerLocalDayAcrossTheSpringChangeInBerlin() {
        StatisticsId sid = newStatisticsId();
        store().append(List.of(
                action(sid, StatisticsAction.MESSAGE_SENT, "2026-03-28T22:59:00Z"),   // Saturday 23:59 CET
                action(sid, StatisticsAction.MESSAGE_SENT, "2026-03-28T23:00:00Z"),   // Sunday 00:00 CET
                action(sid, StatisticsAction.MESSAGE_SENT, "2026-03-29T21:59:00Z"),   // Sunday 23:59 CEST
                action(sid, StatisticsAction.MESSAGE_SENT, "2026-03-29T22:00:00Z"))); // Monday 00:00 CEST

        assertThat(messagesPerDay(store().daily(sid, BERLIN, days("2026-03-28", "2026-03-30"))))
                .containsExactly(Map.entry("2026-03-28", 1), Map.entry("2026-03-29", 2), Map.entry("2026-03-30", 1));
    }

    @Test
    void countsActionsPerLocalDayAcrossTheAutumnChangeInBerlin() {
        StatisticsId sid = newStatisticsId();
        store().append(List.of(
                action(sid, StatisticsAction.MESSAGE_SENT, "2026-10-24T21:59:00Z"),   // Saturday 23:59 CEST
                action(sid, StatisticsAction.MESSAGE_SENT, "2026-10-24T22:00:00Z"),   // Sunday 00:00 CEST
                action(sid, StatisticsAction.MESSAGE_SENT, "2026-10-25T00:30:00Z"),   // 02:30 CEST
                action(sid, StatisticsAction.MESSAGE_SENT, "2026-10-25T01:30:00Z"),   // 02:30 CET, the hour again
                action(sid, StatisticsAction.MESSAGE_SENT, "2026-10-25T22:59:00Z"),   // Sunday 23:59 CET
                action(sid, StatisticsAction.MESSAGE_SENT, "2026-10-25T23:00:00Z"))); // Monday 00:00 CET

        assertThat(messagesPerDay(store().daily(sid, BERLIN, days("2026-10-24", "2026-10-26"))))
                .containsExactly(Map.entry("2026-10-24", 1), Map.entry("2026-10-25", 4), Map.entry("2026-10-26", 1));
    }

    @Test
    void theSamePointsFallOnOtherDaysInAnotherTimeZone() {
        StatisticsId sid = newStatisticsId();
        store().append(List.of(
                action(sid, StatisticsAction.MESSAGE_SENT, "2026-03-08T04:59:00Z"),   // New York: Saturday 23:59 EST
                action(sid, StatisticsAction.MESSAGE_SENT, "2026-03-08T05:00:00Z"),   // New York: Sunday 00:00 EST
                action(sid, StatisticsAction.MESSAGE_SENT, "2026-03-09T03:59:00Z"),   // New York: Sunday 23:59 EDT
                action(sid, StatisticsAction.MESSAGE_SENT, "2026-03-08T18:29:00Z"),   // Kolkata: Sunday 23:59
                action(sid, StatisticsAction.MESSAGE_SENT, "2026-03-08T18:30:00Z"))); // Kolkata: Monday 00:00
        DayRange range = days("2026-03-07", "2026-03-09");

        assertThat(messagesPerDay(store().daily(sid, NEW_YORK, range)))
                .containsExactly(Map.entry("2026-03-07", 1), Map.entry("2026-03-08", 4));
        assertThat(messagesPerDay(store().daily(sid, KOLKATA, range)))
                .containsExactly(Map.entry("2026-03-08", 3), Map.entry("2026-03-09", 2));
        assertThat(messagesPerDay(store().daily(sid, BERLIN, range)))
                .containsExactly(Map.entry("2026-03-08", 4), Map.entry("2026-03-09", 1));
    }

    @Test
    void twoActionsOfOneMinuteAreTwoPointsAndAPointWrittenTwiceIsOne() {
        StatisticsId sid = newStatisticsId();
        ActionPoint first = action(sid, StatisticsAction.CONNECTION_REQUEST_SENT, "2026-06-10T09:15:10Z");
        ActionPoint second = action(sid, StatisticsAction.CONNECTION_REQUEST_SENT, "2026-06-10T09:15:50Z");
        store().append(List.of(first, second));
        store().append(List.of(first));
        store().append(List.of(second, first));

        Map<LocalDate, DayTotals> daily = store().daily(sid, BERLIN, days("2026-06-10", "2026-06-10"));

        assertThat(daily.get(LocalDate.parse("2026-06-10")).count(StatisticsAction.CONNECTION_REQUEST_SENT))
                .isEqualTo(2);
    }

    @Test
    void countsEveryActionAndMinutesPerActivityAndEachActivityMinuteOnce() {
        StatisticsId sid = newStatisticsId();
        List<StatisticsPoint> points = new ArrayList<>();
        points.add(action(sid, StatisticsAction.MEETING_BOOKED, "2026-06-10T08:00:00Z"));
        points.add(action(sid, StatisticsAction.POST_LIKED, "2026-06-10T08:00:00Z"));
        points.add(action(sid, StatisticsAction.POST_LIKED, "2026-06-10T08:01:00Z"));
        for (int m = 0; m < 45; m++) {
            points.add(minute(sid, Activity.INBOX, "2026-06-10T09:" + String.format("%02d", m) + ":00Z"));
        }
        points.add(minute(sid, Activity.CONTENT, "2026-06-10T23:30:00Z"));   // 01:30 the next day in Berlin
        store().append(points);
        store().append(List.of(minute(sid, Activity.INBOX, "2026-06-10T09:10:00Z")));   // an overlapping interval

        Map<LocalDate, DayTotals> daily = store().daily(sid, BERLIN, days("2026-06-10", "2026-06-11"));

        DayTotals tenth = daily.get(LocalDate.parse("2026-06-10"));
        assertThat(tenth.count(StatisticsAction.MEETING_BOOKED)).isEqualTo(1);
        assertThat(tenth.count(StatisticsAction.POST_LIKED)).isEqualTo(2);
        assertThat(tenth.count(StatisticsAction.MESSAGE_SENT)).isZero();
        assertThat(tenth.minutes(Activity.INBOX)).isEqualTo(45);
        assertThat(tenth.minutes(Activity.CONTENT)).isZero();
        assertThat(daily.get(LocalDate.parse("2026-06-11")).minutes(Activity.CONTENT)).isEqualTo(1);
        assertThat(daily.get(LocalDate.parse("2026-06-11")).count(StatisticsAction.POST_LIKED)).isZero();
    }

    @Test
    void answersOnlyForTheDaysOfTheRangeThatHavePoints() {
        StatisticsId sid = newStatisticsId();
        store().append(List.of(
                action(sid, StatisticsAction.REPLY_RECEIVED, "2026-05-31T21:59:00Z"),   // 31 May, 23:59 in Berlin
                action(sid, StatisticsAction.REPLY_RECEIVED, "2026-06-01T10:00:00Z"),
                action(sid, StatisticsAction.REPLY_RECEIVED, "2026-06-03T10:00:00Z"),
                action(sid, StatisticsAction.REPLY_RECEIVED, "2026-06-04T22:00:00Z")));  // 5 June in Berlin

        Map<LocalDate, DayTotals> daily = store().daily(sid, BERLIN, days("2026-06-01", "2026-06-04"));

        assertThat(daily).containsOnlyKeys(LocalDate.parse("2026-06-01"), LocalDate.parse("2026-06-03"));
    }

    @Test
    void aStatisticsIdSeesOnlyItsOwnPoints() {
        StatisticsId mine = newStatisticsId();
        StatisticsId theirs = newStatisticsId();
        store().append(List.of(action(mine, StatisticsAction.MESSAGE_SENT, "2026-06-10T10:00:00Z"),
                action(theirs, StatisticsAction.MESSAGE_SENT, "2026-06-10T10:00:00Z"),
                action(theirs, StatisticsAction.MESSAGE_SENT, "2026-06-10T10:00:30Z"),
                minute(theirs, Activity.INBOX, "2026-06-10T10:00:00Z")));

        Map<LocalDate, DayTotals> daily = store().daily(mine, BERLIN, days("2026-06-10", "2026-06-10"));

        assertThat(daily.get(LocalDate.parse("2026-06-10")))
                .isEqualTo(DayTotals.NONE.withAction(StatisticsAction.MESSAGE_SENT, 1));
        assertThat(store().daily(newStatisticsId(), BERLIN, days("2026-06-10", "2026-06-10"))).isEmpty();
    }

    @Test
    void forgettingAStatisticsIdRemovesAllItsPointsAndNoOthers() {
        StatisticsId forgotten = newStatisticsId();
        StatisticsId kept = newStatisticsId();
        store().append(List.of(action(forgotten, StatisticsAction.MESSAGE_SENT, "2025-12-30T10:00:00Z"),
                action(forgotten, StatisticsAction.POST_LIKED, "2026-06-10T10:00:00Z"),
                minute(forgotten, Activity.TEMPLATES, "2026-06-10T10:00:00Z"),
                action(kept, StatisticsAction.MESSAGE_SENT, "2026-06-10T10:00:00Z")));

        assertThat(store().forget(forgotten)).isEqualTo(3);

        assertThat(store().daily(forgotten, BERLIN, days("2025-12-30", "2026-06-10"))).isEmpty();
        assertThat(store().daily(kept, BERLIN, days("2026-06-10", "2026-06-10"))).hasSize(1);
        assertThat(store().forget(forgotten)).isZero();
        assertThat(store().forget(newStatisticsId())).isZero();
    }

    @Test
    void aLeapYearOf366DaysIsOneQuestion() {
        StatisticsId sid = newStatisticsId();
        store().append(List.of(action(sid, StatisticsAction.PROFILE_VIEWED, "2027-12-31T23:30:00Z"),   // 1 Jan 2028
                action(sid, StatisticsAction.PROFILE_VIEWED, "2028-12-31T12:00:00Z"),
                action(sid, StatisticsAction.PROFILE_VIEWED, "2028-12-31T23:00:00Z")));                 // 2029

        Map<LocalDate, DayTotals> daily = store().daily(sid, BERLIN, days("2028-01-01", "2028-12-31"));

        assertThat(daily).containsOnlyKeys(LocalDate.parse("2028-01-01"), LocalDate.parse("2028-12-31"));
    }
}
