package io.cockpit.application.service.statistics;

import io.cockpit.application.service.privacy.PrivacyService;
import io.cockpit.application.service.privacy.ProcessingPermissionsService;
import io.cockpit.application.service.privacy.RestrictionService;
import io.cockpit.application.service.settings.SettingsService;
import io.cockpit.application.testing.fakes.FakeDailyRollup;
import io.cockpit.application.testing.fakes.FakeStatisticsOutbox;
import io.cockpit.application.testing.fakes.FakeStatisticsStore;
import io.cockpit.application.testing.fakes.FakeStores;
import io.cockpit.domain.account.Account;
import io.cockpit.domain.account.StatisticsId;
import io.cockpit.domain.account.UserId;
import io.cockpit.domain.privacy.PrivacySwitches;
import io.cockpit.domain.privacy.PrivacySwitchesChange;
import io.cockpit.domain.settings.DailyGoals;
import io.cockpit.domain.settings.TimeZoneName;
import io.cockpit.domain.settings.UserSettings;
import io.cockpit.domain.shared.Language;
import io.cockpit.domain.shared.VersionCheck;

import java.security.SecureRandom;

import static io.cockpit.application.testing.AccountMother.anAccount;

/** The statistics services wired on fakes, with the privacy and settings services they ask. */
final class StatisticsFixture {

    final FakeStores stores = new FakeStores();
    final FakeStatisticsStore store = new FakeStatisticsStore();
    final FakeStatisticsOutbox outbox = new FakeStatisticsOutbox();
    final FakeDailyRollup rollup = new FakeDailyRollup();
    final StatisticsDays days = new StatisticsDays(rollup, store);
    final StatisticsWriter writer = new StatisticsWriter(store, outbox, stores.clock);
    final StatisticsOutboxFlusher flusher = new StatisticsOutboxFlusher(outbox, store, writer, stores.erasureLedger,
            stores.clock);
    final StatisticsUnlinking unlinking = new StatisticsUnlinking(outbox, rollup, flusher, stores.erasureLedger,
            stores.transactions, stores.clock);
    final SettingsService settings = new SettingsService(stores.settings, stores.templates, stores.transactions, stores.clock);
    final ProcessingPermissionsService permissions = new ProcessingPermissionsService(stores.privacy,
            stores.restrictions);
    final PrivacyService privacy = new PrivacyService(stores.privacy, stores.consents, stores.accounts, unlinking,
            rollup, stores.transactions, "2024-10-21", stores.clock, new SecureRandom());
    final RestrictionService restrictions = new RestrictionService(stores.restrictions, stores.accounts, stores.transactions,
            stores.clock);
    final StatisticsService statistics = new StatisticsService(permissions, stores.accounts, settings, writer, days,
            rollup, unlinking, stores.transactions, stores.clock, new SecureRandom());
    final StatisticsOfUser ofUser = new StatisticsOfUser(stores.accounts, permissions, settings, days, store,
            outbox, rollup, stores.clock);

    /** An account as provisioning makes it: with the fresh rollup marker of its Statistics-ID. */
    UserId newUser() {
        UserId user = userWithoutMarker();
        rollup.issued(statisticsId(user));
        return user;
    }

    /** An account whose Statistics-ID was issued without a marker (before the rollup began, or by an older node). */
    UserId userWithoutMarker() {
        Account account = anAccount().build();
        stores.accounts.add(account);
        return account.userId();
    }

    UserId consentingUser() {
        UserId user = newUser();
        statisticsConsent(user, true);
        return user;
    }

    void statisticsConsent(UserId user, boolean on) {
        privacy.replace(user, VersionCheck.ANY, PrivacySwitchesChange.to(
                new PrivacySwitches(true, on, false, true, true)), "self-service");
    }

    void settings(UserId user, String zone, DailyGoals goals) {
        settings.replace(user, VersionCheck.ANY, new UserSettings(Language.EN, new TimeZoneName(zone), goals));
    }

    StatisticsId statisticsId(UserId user) {
        return stores.accounts.findById(user).orElseThrow().statisticsId();
    }
}
