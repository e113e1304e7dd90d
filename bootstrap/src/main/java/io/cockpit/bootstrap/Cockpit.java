package io.cockpit.bootstrap;

import io.cockpit.bootstrap.config.CockpitSettings;
import io.cockpit.adapters.http.AccessChecks;
import io.cockpit.adapters.http.HttpAdapter;
import io.cockpit.adapters.http.HttpRoutes;
import io.cockpit.adapters.http.contract.ApiContract;
import io.cockpit.adapters.http.operations.ReadinessCheck;
import io.cockpit.adapters.mysql.DatabaseSettings;
import io.cockpit.adapters.mysql.RelationalStore;
import io.cockpit.application.port.in.access.AdministerApiKeysUseCase.FirstKey;
import io.cockpit.application.port.in.access.AdministerApiKeysUseCase.KeyCreated;
import io.cockpit.application.security.ServerSecret;
import io.cockpit.application.service.access.ApiKeyService;
import io.cockpit.bootstrap.capability.AccessCapability;
import io.cockpit.bootstrap.capability.AuditCapability;
import io.cockpit.bootstrap.capability.AccountCapability;
import io.cockpit.bootstrap.capability.Capability;
import io.cockpit.bootstrap.capability.LabelCapability;
import io.cockpit.bootstrap.capability.LinkedInCapability;
import io.cockpit.bootstrap.capability.Platform;
import io.cockpit.bootstrap.capability.PrivacyCapability;
import io.cockpit.bootstrap.capability.ProtectionCapability;
import io.cockpit.bootstrap.capability.SettingsCapability;
import io.cockpit.bootstrap.capability.TemplateCapability;
import io.cockpit.domain.access.ApiKeyName;
import io.cockpit.domain.access.ApiKeyRole;
import io.cockpit.domain.register.Register;
import io.helidon.webserver.WebServer;
import io.helidon.webserver.observe.ObserveFeature;
import io.helidon.webserver.observe.metrics.MetricsObserver;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;

/**
 * The composition root: opens the stores the settings ask for (embedded or production), wires the services by
 * constructor calls and starts the web server. {@link Main} and the end-to-end tests start Cockpit the same way.
 */
public final class Cockpit implements AutoCloseable {

    private final WebServer server;
    private final List<AutoCloseable> resources;
    private final List<String> firstStartNotices;
    private final Register register;

    private Cockpit(WebServer server, List<AutoCloseable> resources, List<String> firstStartNotices,
                    Register register) {
        this.server = server;
        this.resources = resources;
        this.firstStartNotices = firstStartNotices;
        this.register = register;
    }

    /** @param clock must tick in milliseconds, the precision the stores keep */
    public static Cockpit start(CockpitSettings settings, Clock clock) {
        SecureRandom random = new SecureRandom();
        List<AutoCloseable> resources = new ArrayList<>();
        // the contract is parsed (hundreds of milliseconds on a cold JVM) while the database opens and migrates
        CompletableFuture<ApiContract> contract = CompletableFuture.supplyAsync(ApiContract::load,
                task -> Thread.ofPlatform().daemon().name("cockpit-contract").start(task));
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
            Platform platform = new Platform(settings, database, cache.idempotency(), cache.sessions(),
                    cache.attempts(), secret, scheduler, clock, random);

            ProtectionCapability protection = new ProtectionCapability(platform);
            AccessCapability access = new AccessCapability(platform, protection);
            SettingsCapability settingsCapability = new SettingsCapability(platform);
            LinkedInCapability linkedIn = new LinkedInCapability(platform);
            List<Capability> capabilities = List.of(
                    protection,
                    access,
                    new AccountCapability(platform, access, settingsCapability),
                    settingsCapability,
                    new PrivacyCapability(platform),
                    new TemplateCapability(platform, linkedIn),
                    new LabelCapability(platform, linkedIn),
                    linkedIn,
                    new AuditCapability());
            Register register = Register.of(capabilities.stream().flatMap(c -> c.personalData().stream()).toList());

            List<String> notices = new ArrayList<>();
            ensureFirstKey(access.apiKeys(), ApiKeyRole.PARTNER, settings.partnerKey(), notices);
            ensureFirstKey(access.apiKeys(), ApiKeyRole.OPERATOR, settings.operatorKey(), notices);

            List<HttpRoutes> routes = capabilities.stream().flatMap(c -> c.routes().stream()).toList();
            HttpAdapter http = new HttpAdapter(await(contract),
                    new AccessChecks(protection.blocklist(), access.apiKeys(), access.sessions()), routes,
                    settings.trustedProxies(), readiness, new HttpMetrics());
            WebServer server = WebServer.builder()
                    .host(settings.host())
                    .port(settings.port())
                    .maxPayloadSize(HttpAdapter.MAX_PAYLOAD_BYTES)
                    // a response larger than one write went out in two segments; without TCP_NODELAY the second
                    // waited for the client's delayed ACK (40 ms on Linux): every page of contacts took 45 ms
                    .connectionOptions(options -> options.tcpNoDelay(true))
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
            return new Cockpit(server, resources, List.copyOf(notices), register);
        } catch (RuntimeException e) {
            closeAll(resources);
            throw e;
        }
    }

    private static <T> T await(CompletableFuture<T> future) {
        try {
            return future.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            throw e;
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

    /** The register of personal data, as the capabilities of this server declare it. */
    public Register register() {
        return register;
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
