package io.cockpit.bootstrap;

import io.cockpit.adapters.http.AccessChecks;
import io.cockpit.adapters.http.HttpAdapter;
import io.cockpit.adapters.http.HttpRoutes;
import io.cockpit.adapters.http.contract.ApiContract;
import io.cockpit.adapters.http.operations.Heartbeat;
import io.cockpit.adapters.http.operations.LivenessProbe;
import io.cockpit.adapters.http.operations.ServedPort;
import io.cockpit.adapters.http.operations.ReadinessCheck;
import io.cockpit.adapters.mail.MailQueue;
import io.cockpit.adapters.mysql.DatabaseSettings;
import io.cockpit.adapters.mysql.MigrationKeys;
import io.cockpit.adapters.mysql.RelationalStore;
import io.cockpit.adapters.mysql.shared.JdbiJobLeases;
import io.cockpit.application.port.in.access.AdministerApiKeysUseCase.FirstKey;
import io.cockpit.application.port.in.access.AdministerApiKeysUseCase.KeyCreated;
import io.cockpit.application.security.ServerSecret;
import io.cockpit.application.service.access.ApiKeyService;
import io.cockpit.application.service.account.TrackingIdIssuer;
import io.cockpit.application.service.audit.AuditLogPseudonyms;
import io.cockpit.application.service.register.RegisterStores;
import io.cockpit.application.service.shared.LeasedJobRunner;
import io.cockpit.bootstrap.capability.AccessCapability;
import io.cockpit.bootstrap.capability.AccountCapability;
import io.cockpit.bootstrap.capability.AuditCapability;
import io.cockpit.bootstrap.capability.Capability;
import io.cockpit.bootstrap.capability.LabelCapability;
import io.cockpit.bootstrap.capability.LinkedInCapability;
import io.cockpit.bootstrap.capability.Platform;
import io.cockpit.bootstrap.capability.PrivacyCapability;
import io.cockpit.bootstrap.capability.RecommendationCapability;
import io.cockpit.bootstrap.capability.ProtectionCapability;
import io.cockpit.bootstrap.capability.RegisterCapability;
import io.cockpit.bootstrap.capability.SettingsCapability;
import io.cockpit.bootstrap.capability.StatisticsCapability;
import io.cockpit.bootstrap.capability.StatisticsStores;
import io.cockpit.bootstrap.capability.TelemetryCapability;
import io.cockpit.bootstrap.capability.TemplateCapability;
import io.cockpit.bootstrap.capability.WebsiteCapability;
import io.cockpit.bootstrap.config.CockpitSettings;
import io.cockpit.bootstrap.console.ConsoleSocket;
import io.cockpit.domain.access.ApiKeyName;
import io.cockpit.domain.access.ApiKeyRole;
import io.cockpit.domain.register.Register;
import io.helidon.webserver.WebServer;
import io.helidon.webserver.http1.Http1Config;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * The composition root: opens the stores the settings ask for (embedded or production), wires the services by
 * constructor calls and starts the web server. {@link Main} and the end-to-end tests start Cockpit the same way.
 */
public final class Cockpit implements AutoCloseable {

    private final WebServer server;
    private final LivenessProbe probe;
    private final List<AutoCloseable> resources;
    private final List<String> firstStartNotices;
    private final RegisterCapability register;
    private final AuditCapability audit;

    private Cockpit(WebServer server, LivenessProbe probe, List<AutoCloseable> resources,
                    List<String> firstStartNotices, RegisterCapability register, AuditCapability audit) {
        this.server = server;
        this.probe = probe;
        this.resources = resources;
        this.firstStartNotices = firstStartNotices;
        this.register = register;
        this.audit = audit;
    }

    /** @param clock must tick in milliseconds, the precision the stores keep */
    public static Cockpit start(CockpitSettings settings, Clock clock) {
        return start(settings, clock, List.of());
    }

    /**
     * @param extras capabilities added before all others, whose routes come first (the tests' fault route); Main
     *               passes none
     */
    public static Cockpit start(CockpitSettings settings, Clock clock, List<Function<Platform, Capability>> extras) {
        SecureRandom random = new SecureRandom();
        List<AutoCloseable> resources = new ArrayList<>();
        // the contract is parsed (hundreds of milliseconds on a cold JVM) while the database opens and migrates
        CompletableFuture<ApiContract> contract = CompletableFuture.supplyAsync(ApiContract::load,
                task -> Thread.ofPlatform().daemon().name("cockpit-contract").start(task));
        try {
            settings.accessLogDir().map(io.cockpit.bootstrap.logging.AccessLogFiles::install)
                    .ifPresent(files -> resources.add(files::close));
            ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor(
                    Thread.ofPlatform().daemon().name("cockpit-background").factory());
            resources.add(scheduler::shutdownNow);
            ServerSecret secret = ServerSecrets.load(settings, random);
            RelationalStore database = openDatabase(settings, migrationKeys(secret));
            resources.add(database);
            LeasedJobRunner jobs = new LeasedJobRunner(database.repository(JdbiJobLeases::new), nodeName(random),
                    clock, Executors.newSingleThreadScheduledExecutor(
                            Thread.ofPlatform().daemon().name("cockpit-jobs").factory()));
            resources.add(jobs);
            CacheStores cache = CacheStores.open(settings, clock, scheduler);
            cache.redis().ifPresent(resources::add);
            List<ReadinessCheck> readiness = new ArrayList<>(List.of(new ReadinessCheck("database", database::answers)));
            cache.redis().ifPresent(redis -> readiness.add(new ReadinessCheck("redis", redis::answers)));
            MailQueue mail = MailSenders.open(settings, clock);
            resources.add(mail);
            ExecutorService deferred = DeferredWork.start();
            resources.add(() -> {
                deferred.shutdown();
                if (!deferred.awaitTermination(5, TimeUnit.SECONDS)) {
                    deferred.shutdownNow();
                }
            });
            Platform platform = new Platform(settings, database, cache.idempotency(), cache.sessions(),
                    cache.attempts(), mail, secret, scheduler, jobs, deferred, clock, random);

            StatisticsStores statistics = StatisticsStores.open(platform);
            resources.add(statistics);
            statistics.readiness().ifPresent(readiness::add);
            ProtectionCapability protection = new ProtectionCapability(platform);
            SettingsCapability settingsCapability = new SettingsCapability(platform);
            PrivacyCapability privacy = new PrivacyCapability(platform, statistics.unlinking());
            TelemetryCapability telemetry = new TelemetryCapability(platform, privacy, new TelemetryMeters());
            resources.add(telemetry);
            AccessCapability access = new AccessCapability(platform, protection, settingsCapability, telemetry);
            AuditCapability audit = new AuditCapability(platform);
            LinkedInCapability linkedIn = new LinkedInCapability(platform);
            StatisticsCapability statisticsCapability = new StatisticsCapability(platform, statistics, privacy,
                    settingsCapability);
            List<Capability> capabilities = new ArrayList<>();
            extras.forEach(extra -> capabilities.add(extra.apply(platform)));
            capabilities.addAll(List.of(
                    protection,
                    access,
                    new AccountCapability(platform, access, settingsCapability),
                    settingsCapability,
                    privacy,
                    new TemplateCapability(platform, linkedIn, telemetry),
                    new LabelCapability(platform, linkedIn),
                    linkedIn,
                    new RecommendationCapability(platform, settingsCapability.settings(), privacy.permissions(),
                            statisticsCapability.today()),
                    new WebsiteCapability(platform),
                    statisticsCapability,
                    audit,
                    telemetry));
            RegisterCapability register = new RegisterCapability(platform, capabilities, access, protection,
                    settingsCapability, privacy);

            if (settings.embeddedDatabase()) {
                ConsoleSocket.open(settings.dataDir(), database, StoreCommands.all()).ifPresent(resources::add);
            }

            List<String> notices = new ArrayList<>();
            ensureFirstKey(access.apiKeys(), ApiKeyRole.PARTNER, settings.partnerKey(), notices);
            ensureFirstKey(access.apiKeys(), ApiKeyRole.OPERATOR, settings.operatorKey(), notices);

            List<HttpRoutes> routes = Stream.concat(capabilities.stream(), Stream.of(register))
                    .flatMap(c -> c.routes().stream()).toList();
            HttpAdapter http = new HttpAdapter(await(contract),
                    new AccessChecks(protection.blocklist(), access.apiKeys(), access.sessions()), routes,
                    settings.trustedProxies(), settings.bodyDeadline(), readiness, new HttpMetrics(),
                    telemetry.errors());
            WebServer server = WebServer.builder()
                    .host(settings.host())
                    .port(settings.port())
                    .maxPayloadSize(http.listenerMaxPayloadBytes())
                    .addProtocol(Http1Config.builder()
                            .maxPrologueLength(HttpAdapter.MAX_REQUEST_LINE_BYTES)
                            .maxHeadersSize(HttpAdapter.PARSER_HEADER_BYTES)
                            .build())
                    // a response larger than one write went out in two segments; without TCP_NODELAY the second
                    // waited for the client's delayed ACK (40 ms on Linux): every page of contacts took 45 ms
                    .connectionOptions(options -> options.tcpNoDelay(true))
                    // only the HTTP/1.1 protocol configured above: with the discovered one beside it Helidon picked
                    // between two, closed HTTP/1.0 without its 505, and read before idle connections were watched
                    .protocolsDiscoverServices(false)
                    .maxTcpConnections(ConnectionLimits.api())
                    .mediaContext(http.mediaContext())
                    .directHandlers(http.directHandlers())
                    .shutdownHook(false)
                    .shutdownGracePeriod(Duration.ofSeconds(10))
                    .routing(http::routing)
                    .putSocket(HttpAdapter.MANAGEMENT, socket -> socket
                            .host(settings.managementHost())
                            .port(settings.managementPort())
                            .maxPayloadSize(HttpAdapter.MAX_PAYLOAD_BYTES)
                            .maxTcpConnections(ConnectionLimits.MANAGEMENT)
                            .directHandlers(http.managementDirectHandlers())
                            .routing(routing -> http.managementRouting(routing, new PrometheusText())))
                    .build()
                    .start();
            LivenessProbe probe;
            try {
                List<ServedPort> ports = List.of(ServedPort.of("API port", settings.host(), server.port()),
                        ServedPort.of("management port", settings.managementHost(),
                                server.port(HttpAdapter.MANAGEMENT)));
                probe = LivenessProbe.start(settings.probe().host(), settings.probe().port(),
                        Heartbeat.onVirtualThreads(settings.probe().heartbeatInterval()),
                        settings.probe().maxSilence(), server::isRunning, ports);
            } catch (RuntimeException e) {
                server.stop();
                throw e;
            }
            resources.add(probe);
            return new Cockpit(server, probe, resources, List.copyOf(notices), register, audit);
        } catch (RuntimeException e) {
            closeAll(resources);
            throw e;
        }
    }

    /** This node's name in the job leases: host, process and a random part, so that no two nodes share one. */
    private static String nodeName(SecureRandom random) {
        String host = System.getenv().getOrDefault("HOSTNAME", "node").replaceAll("[^A-Za-z0-9.-]", "");
        return (host.isEmpty() ? "node" : host.substring(0, Math.min(host.length(), 100))) + "/"
                + ProcessHandle.current().pid() + "/" + Integer.toHexString(random.nextInt(0x1000000));
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

    /** What the migrations that replace data by keyed hashes need: the hashes under this server's secret. */
    static MigrationKeys migrationKeys(ServerSecret secret) {
        return new MigrationKeys(trackingId -> TrackingIdIssuer.hashOf(secret, trackingId));
    }

    /**
     * For the command-line tools: the keys under the server secret, when they can have it (the embedded mode's, or a
     * configured one); without it they can open a database that holds nothing to convert.
     */
    static MigrationKeys migrationKeys(CockpitSettings settings) {
        return settings.embeddedDatabase() || settings.secret().isPresent()
                ? migrationKeys(ServerSecrets.load(settings, new SecureRandom())) : MigrationKeys.NONE;
    }

    /** The relational store, migrated; embedded, the data directory is made first ({@code 0700}). */
    private static RelationalStore openDatabase(CockpitSettings settings, MigrationKeys keys) {
        if (settings.embeddedDatabase()) {
            DataDirectory.prepare(settings.dataDir());
        }
        return RelationalStore.open(databaseSettings(settings, settings.databasePoolSize()), keys);
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
        return register.register();
    }

    /**
     * The stores behind the register, checked against it at start: what export, erasure ({@code erasureOrder}) and
     * retention walk.
     */
    public RegisterStores registerStores() {
        return register.stores();
    }

    /** The erasure engine (requests, receipts, the leased job that resumes them). */
    public io.cockpit.application.service.register.ErasureService erasures() {
        return register.erasures();
    }

    /** What an erasure calls besides the stores: the user's User-ID in the audit log replaced by a pseudonym. */
    public AuditLogPseudonyms auditLogPseudonyms() {
        return audit.pseudonyms();
    }

    /** The management port (/metrics). */
    public int managementPort() {
        return server.port(HttpAdapter.MANAGEMENT);
    }

    /** The liveness probe's port (GET /health/live on platform threads). */
    public int probePort() {
        return probe.port();
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
