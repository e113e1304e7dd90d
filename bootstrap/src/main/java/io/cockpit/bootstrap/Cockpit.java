package io.cockpit.bootstrap;

import io.cockpit.adapters.argon2.Argon2PasswordHasher;
import io.cockpit.adapters.http.HttpAdapter;
import io.cockpit.adapters.http.HttpUseCases;
import io.cockpit.adapters.http.contract.ApiContract;
import io.cockpit.adapters.http.operations.ReadinessCheck;
import io.cockpit.adapters.mysql.DatabaseSettings;
import io.cockpit.adapters.mysql.RelationalStore;
import io.cockpit.application.port.in.AdministerApiKeysUseCase.FirstKey;
import io.cockpit.application.port.in.AdministerApiKeysUseCase.KeyCreated;
import io.cockpit.application.port.out.PasswordHasher;
import io.cockpit.application.security.ServerSecret;
import io.cockpit.application.service.ActivationService;
import io.cockpit.application.service.AddressBlocklist;
import io.cockpit.application.service.ApiKeyService;
import io.cockpit.application.service.BlockedAddressService;
import io.cockpit.application.service.BruteForceGuard;
import io.cockpit.application.service.IdempotencyService;
import io.cockpit.application.service.LabelService;
import io.cockpit.application.service.MyAccountService;
import io.cockpit.application.service.PartnerAccountService;
import io.cockpit.application.service.PasswordService;
import io.cockpit.application.service.PrivacyService;
import io.cockpit.application.service.ProvisionAccountService;
import io.cockpit.application.service.SessionService;
import io.cockpit.application.service.SettingsService;
import io.cockpit.application.service.SignInService;
import io.cockpit.application.service.TemplateService;
import io.cockpit.application.service.TrackingIdIssuer;
import io.cockpit.domain.access.ApiKeyName;
import io.cockpit.domain.access.ApiKeyRole;
import io.cockpit.domain.access.CommonPasswords;
import io.cockpit.domain.access.PasswordPolicy;
import io.cockpit.domain.account.TrackingWords;
import io.cockpit.domain.protection.SignInThrottle;
import io.helidon.webserver.WebServer;
import io.helidon.webserver.observe.ObserveFeature;
import io.helidon.webserver.observe.metrics.MetricsObserver;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * The composition root: opens the stores the settings ask for (embedded or production), wires the services by
 * constructor calls and starts the web server. {@link Main} and the end-to-end tests start Cockpit the same way.
 */
public final class Cockpit implements AutoCloseable {

    private final WebServer server;
    private final List<AutoCloseable> resources;
    private final List<String> firstStartNotices;

    private Cockpit(WebServer server, List<AutoCloseable> resources, List<String> firstStartNotices) {
        this.server = server;
        this.resources = resources;
        this.firstStartNotices = firstStartNotices;
    }

    /** @param clock must tick in milliseconds, the precision the stores keep */
    public static Cockpit start(CockpitSettings settings, Clock clock) {
        SecureRandom random = new SecureRandom();
        List<AutoCloseable> resources = new ArrayList<>();
        try {
            ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor(
                    Thread.ofPlatform().daemon().name("cockpit-background").factory());
            resources.add(scheduler::shutdownNow);
            RelationalStore database = RelationalStore.open(databaseSettings(settings, settings.databasePoolSize()));
            resources.add(database);
            CacheStores cache = CacheStores.open(settings, clock, scheduler);
            cache.redis().ifPresent(resources::add);
            List<ReadinessCheck> readiness = new ArrayList<>(List.of(new ReadinessCheck("database", database::answers)));
            cache.redis().ifPresent(redis -> readiness.add(new ReadinessCheck("redis", redis::answers)));
            ServerSecret secret = ServerSecrets.load(settings, random);

            ApiKeyService apiKeys = new ApiKeyService(database.apiKeys(), clock, random);
            List<String> notices = new ArrayList<>();
            ensureFirstKey(apiKeys, ApiKeyRole.PARTNER, settings.partnerKey(), notices);
            ensureFirstKey(apiKeys, ApiKeyRole.OPERATOR, settings.operatorKey(), notices);

            HttpAdapter http = new HttpAdapter(ApiContract.load(),
                    useCases(settings, database, cache, apiKeys, secret, scheduler, clock, random),
                    settings.trustedProxies(), readiness, new HttpMetrics());
            WebServer server = WebServer.builder()
                    .host(settings.host())
                    .port(settings.port())
                    .maxPayloadSize(HttpAdapter.MAX_PAYLOAD_BYTES)
                    .mediaContext(http.mediaContext())
                    .directHandlers(http.directHandlers())
                    .shutdownHook(false)
                    .shutdownGracePeriod(Duration.ofSeconds(10))
                    .addFeature(ObserveFeature.builder()
                            .endpoint("/")
                            .observersDiscoverServices(false)
                            .addObserver(MetricsObserver.builder().endpoint("metrics").build())
                            .build())
                    .routing(http::routing)
                    .build()
                    .start();
            return new Cockpit(server, resources, List.copyOf(notices));
        } catch (RuntimeException e) {
            closeAll(resources);
            throw e;
        }
    }

    private static HttpUseCases useCases(CockpitSettings settings, RelationalStore database, CacheStores cache,
                                         ApiKeyService apiKeys, ServerSecret secret,
                                         ScheduledExecutorService scheduler, Clock clock, SecureRandom random) {
        SessionService sessions = new SessionService(database.sessions(), cache.sessions(), database.transactions(),
                settings.sessionPolicy(), clock, random);
        AddressBlocklist blocklist = new AddressBlocklist(database.blockedAddresses(), clock);
        blocklist.refresh();
        long refresh = settings.blocklistRefresh().toMillis();
        scheduler.scheduleWithFixedDelay(() -> refreshQuietly(blocklist), refresh, refresh, TimeUnit.MILLISECONDS);
        BruteForceGuard guard = new BruteForceGuard(cache.attempts(), secret, blocklist, SignInThrottle.DEFAULT, clock);
        PasswordHasher hasher = new Argon2PasswordHasher(settings.argon2(), random);
        PasswordPolicy passwordPolicy = new PasswordPolicy(CommonPasswords.bundled());
        TrackingIdIssuer trackingIds = new TrackingIdIssuer(TrackingWords.bundled(), database.trackingIdRegistry(),
                random);
        PartnerAccountService partnerAccounts = new PartnerAccountService(database.accounts(),
                database.activationTokens(), sessions, database.transactions(), clock, random);
        PrivacyService privacy = new PrivacyService(database.privacy(), database.consentLedger(), database.accounts(),
                database.transactions(), settings.privacyPolicyVersion(), clock, random);
        SettingsService userSettings = new SettingsService(database.settings(), database.transactions(), clock);
        return new HttpUseCases(
                apiKeys,
                new ProvisionAccountService(database.accounts(), database.activationTokens(), trackingIds,
                        database.transactions(), clock, random),
                partnerAccounts,
                partnerAccounts,
                partnerAccounts,
                new IdempotencyService(cache.idempotency(), secret, random),
                new ActivationService(database.accounts(), database.activationTokens(), database.credentials(), hasher,
                        passwordPolicy, guard, sessions, database.transactions(), clock),
                new SignInService(database.accounts(), database.credentials(), hasher, database.knownSignInAddresses(),
                        guard, sessions, clock),
                sessions,
                sessions,
                new PasswordService(database.accounts(), database.credentials(), hasher, passwordPolicy, guard,
                        sessions, database.transactions(), clock),
                blocklist,
                new BlockedAddressService(database.blockedAddresses(), blocklist, database.auditLog(),
                        database.transactions(), clock),
                new MyAccountService(database.accounts(), userSettings),
                userSettings,
                privacy,
                new TemplateService(database.templates(), database.transactions(), clock),
                new LabelService(database.labels(), database.transactions(), clock));
    }

    private static void refreshQuietly(AddressBlocklist blocklist) {
        try {
            blocklist.refresh();
        } catch (RuntimeException e) {
            // the previous snapshot stays in force; the next run tries again
            System.getLogger(Cockpit.class.getName()).log(System.Logger.Level.WARNING,
                    "refreshing the blocked addresses failed", e);
        }
    }

    /** The relational store the settings point at: the embedded H2 file, or the configured MySQL. */
    static DatabaseSettings databaseSettings(CockpitSettings settings, int poolSize) {
        return settings.embeddedDatabase()
                ? DatabaseSettings.embedded(settings.dataDir(), poolSize)
                : new DatabaseSettings(settings.databaseUrl().orElseThrow(), settings.databaseUser(),
                settings.databasePassword(), poolSize);
    }

    private static void ensureFirstKey(ApiKeyService apiKeys, ApiKeyRole role, CockpitSettings.FirstKey key,
                                       List<String> notices) {
        FirstKey outcome = apiKeys.ensureFirstKey(role, new ApiKeyName(key.name()), key.preset());
        if (outcome instanceof KeyCreated created) {
            notices.add("First " + role.name().toLowerCase() + " key \"" + key.name()
                    + "\" (shown once, stored only as a hash): " + created.secret().value());
        }
    }

    public int port() {
        return server.port();
    }

    /** Keys created at this start, to print once. */
    public List<String> firstStartNotices() {
        return firstStartNotices;
    }

    /** Stops taking requests, lets running ones finish (up to the grace period), then closes the stores. */
    @Override
    public void close() {
        server.stop();
        closeAll(resources);
    }

    private static void closeAll(List<AutoCloseable> resources) {
        for (AutoCloseable resource : resources.reversed()) {
            try {
                resource.close();
            } catch (Exception e) {
                System.getLogger(Cockpit.class.getName()).log(System.Logger.Level.WARNING,
                        "closing " + resource + " failed", e);
            }
        }
    }
}
