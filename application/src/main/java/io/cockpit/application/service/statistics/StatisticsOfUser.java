package io.cockpit.application.service.statistics;

import io.cockpit.application.port.in.privacy.ProcessingPermissionsQuery;
import io.cockpit.application.port.in.settings.SettingsUseCase;
import io.cockpit.application.port.out.account.AccountRepository;
import io.cockpit.application.port.out.register.ExportedItem;
import io.cockpit.application.port.out.register.PersonalDataStore;
import io.cockpit.application.port.out.statistics.DailyRollup;
import io.cockpit.application.port.out.statistics.StatisticsOutbox;
import io.cockpit.application.port.out.statistics.StatisticsStore;
import io.cockpit.domain.account.Account;
import io.cockpit.domain.account.UserId;
import io.cockpit.domain.settings.StatisticsAction;
import io.cockpit.domain.settings.UserSettings;
import io.cockpit.domain.statistics.Activity;
import io.cockpit.domain.statistics.DayRange;
import io.cockpit.domain.statistics.DayTotals;
import io.cockpit.domain.statistics.StatisticsPersonalData;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Consumer;

/**
 * The statistics in a user's export and erasure. Export: one item per local day with anything recorded (the last 366
 * days, in the user's time zone), while the consent holds: without it the points belong to no one. Erasure: every
 * point of the user's Statistics-ID, in the store and in the outbox, at once (a store drops a whole series), and its
 * daily rollup.
 */
public final class StatisticsOfUser implements PersonalDataStore {

    private final AccountRepository accounts;
    private final ProcessingPermissionsQuery permissions;
    private final SettingsUseCase settings;
    private final StatisticsDays days;
    private final StatisticsStore store;
    private final StatisticsOutbox outbox;
    private final DailyRollup rollup;
    private final Clock clock;

    public StatisticsOfUser(AccountRepository accounts, ProcessingPermissionsQuery permissions,
                            SettingsUseCase settings, StatisticsDays days, StatisticsStore store,
                            StatisticsOutbox outbox, DailyRollup rollup, Clock clock) {
        this.accounts = accounts;
        this.permissions = permissions;
        this.settings = settings;
        this.days = days;
        this.store = store;
        this.outbox = outbox;
        this.rollup = rollup;
        this.clock = clock;
    }

    @Override
    public String category() {
        return StatisticsPersonalData.STATISTICS.id();
    }

    @Override
    public void export(UserId user, Consumer<ExportedItem> sink) {
        Optional<Account> account = accounts.findById(user);
        if (account.isEmpty() || !permissions.permissions(user).switches().statistics()) {
            return;
        }
        UserSettings own = settings.settings(user).value();
        DayRange lastYear = DayRange.ending(LocalDate.ofInstant(clock.instant(), own.timeZone().zone()),
                DayRange.MAX_DAYS);
        Map<LocalDate, DayTotals> recorded = new TreeMap<>(days.daily(account.get().statisticsId(),
                own.timeZone().zone(), lastYear));
        recorded.forEach((date, totals) -> sink.accept(item(date, totals, own)));
    }

    private static ExportedItem item(LocalDate date, DayTotals totals, UserSettings own) {
        ExportedItem.Builder item = ExportedItem.builder().field("date", date.toString())
                .field("timeZone", own.timeZone().value());
        for (StatisticsAction action : StatisticsAction.values()) {
            item.field(action.wireName(), totals.count(action));
        }
        for (Activity activity : Activity.values()) {
            item.field(activity.wireName() + "_minutes", totals.minutes(activity));
        }
        return item.build();
    }

    /**
     * Erases up to {@code limit} of the points under the user's current Statistics-ID, oldest first; once the store
     * holds none, what the outbox still holds of it (points InfluxDB could not take yet: only during an outage, when
     * the store refuses the erasure anyway, so rarely anything); then its daily rollup.
     */
    @Override
    public int erase(UserId user, int limit) {
        return accounts.findById(user).map(account -> {
            int erased = store.forget(account.statisticsId(), limit);
            if (erased > 0) {
                return erased;
            }
            int held = outbox.discard(account.statisticsId());
            return held > 0 ? held : rollup.forget(account.statisticsId());
        }).orElse(0);
    }
}
