package io.cockpit.bootstrap.capability;

import io.cockpit.adapters.http.HttpRoutes;
import io.cockpit.adapters.http.statistics.StatisticsApi;
import io.cockpit.adapters.mysql.account.JdbiAccountRepository;
import io.cockpit.application.port.in.statistics.TodayQuery;
import io.cockpit.application.port.out.account.AccountRepository;
import io.cockpit.application.port.out.register.ExpiringPersonalData;
import io.cockpit.application.port.out.register.PersonalDataStore;
import io.cockpit.application.service.shared.LeasedJob;
import io.cockpit.application.service.statistics.StatisticsOfUser;
import io.cockpit.application.service.statistics.StatisticsOutboxFlusher;
import io.cockpit.application.service.statistics.StatisticsService;
import io.cockpit.bootstrap.config.CockpitSettings.JobTiming;
import io.cockpit.domain.register.PersonalDataCategory;
import io.cockpit.domain.statistics.StatisticsPersonalData;

import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.random.RandomGenerator;

/**
 * Statistics of the user's social-selling actions: the intake (with consent, never while restricted), the days in
 * the user's time zone against the daily goals, the outbox flushed by a leased job, and the export and erasure of a
 * user's points.
 */
public final class StatisticsCapability implements Capability {

    /**
     * Point numbers need to be random, not secret (they tell two actions of a minute apart and say nothing about the
     * time): a per-thread generator, about a tenth of the intake's CPU cheaper than the platform's SecureRandom.
     */
    private static final RandomGenerator POINT_NUMBERS = () -> ThreadLocalRandom.current().nextLong();

    private final StatisticsService statistics;
    private final StatisticsStores stores;
    private final StatisticsOfUser ofUser;
    private final List<HttpRoutes> routes;

    public StatisticsCapability(Platform platform, StatisticsStores stores, PrivacyCapability privacy,
                                SettingsCapability settings) {
        this.stores = stores;
        AccountRepository accounts = platform.repository(JdbiAccountRepository::new);
        this.statistics = new StatisticsService(privacy.permissions(), accounts, settings.settings(),
                stores.writer(), stores.days(), stores.rollup(), stores.unlinking(), platform.transactions(),
                platform.clock(), POINT_NUMBERS);
        this.ofUser = new StatisticsOfUser(accounts, privacy.permissions(), settings.settings(), stores.days(),
                stores.store(), stores.outbox(), stores.rollup(), platform.clock());
        JobTiming timing = platform.settings().statistics().outboxJob();
        StatisticsOutboxFlusher flusher = stores.flusher();
        platform.jobs().schedule(new LeasedJob(StatisticsOutboxFlusher.JOB, timing.interval(), timing.lease(),
                flusher::flush));
        this.routes = List.of(StatisticsApi.routes(statistics, statistics, platform.idempotency()));
    }

    /** Today's counts per action for a user, for a daily overview of another capability. */
    public TodayQuery today() {
        return statistics;
    }

    @Override
    public List<PersonalDataCategory> personalData() {
        return StatisticsPersonalData.categories();
    }

    @Override
    public List<PersonalDataStore> personalDataStores() {
        return List.of(ofUser);
    }

    @Override
    public List<ExpiringPersonalData> expiringData() {
        return List.of(stores.table(), stores.outboxTable(), stores.rollup());
    }

    @Override
    public List<HttpRoutes> routes() {
        return routes;
    }
}
