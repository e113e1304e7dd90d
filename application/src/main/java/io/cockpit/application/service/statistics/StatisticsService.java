package io.cockpit.application.service.statistics;

import io.cockpit.application.port.in.privacy.ProcessingPermissionsQuery;
import io.cockpit.application.port.in.settings.SettingsUseCase;
import io.cockpit.application.port.in.statistics.RecordStatisticsUseCase;
import io.cockpit.application.port.in.statistics.StatisticsQuery;
import io.cockpit.application.port.in.statistics.UnlinkStatisticsUseCase;
import io.cockpit.application.port.out.account.AccountRepository;
import io.cockpit.application.port.out.shared.Transactions;
import io.cockpit.application.port.out.statistics.DailyRollup;
import io.cockpit.domain.account.AccountErrors;
import io.cockpit.domain.account.StatisticsId;
import io.cockpit.domain.account.UserId;
import io.cockpit.domain.settings.UserSettings;
import io.cockpit.domain.statistics.DailyStatistics;
import io.cockpit.domain.statistics.DayRange;
import io.cockpit.domain.statistics.DayTotals;
import io.cockpit.domain.statistics.Intake;
import io.cockpit.domain.statistics.IntakeResult;
import io.cockpit.domain.statistics.StatisticsBatch;
import io.cockpit.domain.statistics.StatisticsErrors;
import io.cockpit.domain.statistics.StatisticsSummary;
import io.cockpit.domain.statistics.SummaryPeriod;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.random.RandomGenerator;

/**
 * Statistics of the user's actions: recorded only with consent and never while processing is restricted, under the
 * Statistics-ID alone, and added to its daily rollup in the user's zone; read back per local day of the time zone the
 * user has now (points are UTC minutes, so a changed zone re-buckets all history: from the store's points).
 */
public final class StatisticsService implements RecordStatisticsUseCase, StatisticsQuery {

    private final ProcessingPermissionsQuery permissions;
    private final AccountRepository accounts;
    private final SettingsUseCase settings;
    private final StatisticsWriter writer;
    private final StatisticsDays recorded;
    private final RollupOfIntake rollup;
    private final StatisticsIdLocks intakes = new StatisticsIdLocks();
    private final UnlinkStatisticsUseCase unlinking;
    private final Transactions transactions;
    private final Clock clock;
    private final RandomGenerator random;

    public StatisticsService(ProcessingPermissionsQuery permissions, AccountRepository accounts,
                             SettingsUseCase settings, StatisticsWriter writer, StatisticsDays days,
                             DailyRollup rollup, UnlinkStatisticsUseCase unlinking, Transactions transactions,
                             Clock clock, RandomGenerator random) {
        this.permissions = permissions;
        this.accounts = accounts;
        this.settings = settings;
        this.writer = writer;
        this.recorded = days;
        this.rollup = new RollupOfIntake(rollup);
        this.unlinking = unlinking;
        this.transactions = transactions;
        this.clock = clock;
        this.random = random;
    }

    @Override
    public IntakeResult record(UserId user, StatisticsBatch batch) {
        if (!permissions.permissions(user).mayRecordStatistics()) {
            throw StatisticsErrors.consentRequired();
        }
        StatisticsId statisticsId = statisticsId(user);
        Instant now = clock.instant();
        Intake intake = Intake.of(batch, statisticsId, now, random);
        if (intake.points().isEmpty()) {
            return intake.result();
        }
        ZoneId zone = settings.settings(user).value().timeZone().zone();
        // the transaction that accepts the points counts them in the rollup, once (a deadlock runs all of it again);
        // the store is written after it, so that no row lock waits for InfluxDB
        intakes.holding(statisticsId, () -> transactions.inTransaction(() -> {
            rollup.add(statisticsId, zone, now, intake.points());
            return null;
        }));
        writer.write(intake.points());
        if (!statisticsId(user).equals(statisticsId)) {
            // the consent was withdrawn while this batch was written under the Statistics-ID it replaced
            unlinking.unlinked(statisticsId);
        }
        return intake.result();
    }

    @Override
    public Days daily(UserId user, DayRange range) {
        return days(user, settings.settings(user).value(), range);
    }

    @Override
    public Today today(UserId user) {
        UserSettings own = settings.settings(user).value();
        Days today = days(user, own, DayRange.of(LocalDate.ofInstant(clock.instant(), own.timeZone().zone())));
        return new Today(today.timeZone(), today.days().getFirst());
    }

    private Days days(UserId user, UserSettings own, DayRange range) {
        Map<LocalDate, DayTotals> stored = recorded.daily(statisticsId(user), own.timeZone().zone(), range);
        List<DailyStatistics> days = range.dates().stream()
                .map(date -> new DailyStatistics(date, stored.getOrDefault(date, DayTotals.NONE), own.dailyGoals()))
                .toList();
        return new Days(own.timeZone(), days);
    }

    @Override
    public StatisticsSummary summary(UserId user, SummaryPeriod period) {
        UserSettings own = settings.settings(user).value();
        DayRange range = period.endingOn(LocalDate.ofInstant(clock.instant(), own.timeZone().zone()));
        DayTotals totals = recorded.daily(statisticsId(user), own.timeZone().zone(), range).values().stream()
                .reduce(DayTotals.NONE, DayTotals::plus);
        return new StatisticsSummary(period, range, own.timeZone(), totals);
    }

    private StatisticsId statisticsId(UserId user) {
        return accounts.findById(user).orElseThrow(AccountErrors::notFound).statisticsId();
    }
}
