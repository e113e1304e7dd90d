package io.cockpit.bootstrap.e2e;

import io.cockpit.adapters.http.HttpAdapter;
import io.cockpit.adapters.http.contract.ApiOperation;
import io.cockpit.adapters.mail.MailReadBack;
import io.cockpit.adapters.mysql.DatabaseSettings;
import io.cockpit.adapters.mysql.RelationalStore;
import io.cockpit.adapters.mysql.access.JdbiApiKeyRepository;
import io.cockpit.application.port.out.shared.Mail;
import io.cockpit.application.service.access.ApiKeyService;
import io.cockpit.application.service.audit.AuditLogPseudonyms;
import io.cockpit.application.service.register.RegisterStores;
import io.cockpit.application.testing.RealServices;
import io.cockpit.bootstrap.Cockpit;
import io.cockpit.bootstrap.capability.Capability;
import io.cockpit.bootstrap.capability.Platform;
import io.cockpit.bootstrap.config.CockpitSettings;
import io.cockpit.domain.access.ApiKeyName;
import io.cockpit.domain.access.ApiKeyRole;
import io.cockpit.domain.register.Register;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import io.helidon.config.Config;
import io.helidon.config.ConfigSources;
import io.lettuce.core.RedisClient;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.api.sync.RedisCommands;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.TemporalAmount;
import java.util.Base64;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * A running Cockpit, assembled exactly as Main does, in one of the two modes. One shared server per mode per test JVM
 * (started on first use); tests keep apart by using their own partners, references and e-mail addresses. The shared
 * servers keep the real time: a test that moves the clock gets a server of its own ({@link #startOwn}, or
 * {@link TimeTravel} on a scenario), so that no other test ever sees a moved clock.
 */
final class CockpitFixture implements AutoCloseable {

    enum Mode { EMBEDDED, PRODUCTION }

    private static final Map<Mode, CockpitFixture> SHARED = new ConcurrentHashMap<>();
    /** The idle-connection timers of the shared servers, which serve until the JVM ends. */
    private static final Set<Thread> SHARED_TIMERS = java.util.concurrent.ConcurrentHashMap.newKeySet();

    /** The production servers' own Redis databases, so that privacy checks see only the shared server's keys. */
    private static final int SHARED_REDIS_DATABASE = 1;
    private static final int OWN_REDIS_DATABASE = 2;

    /** The production servers' mail server: a real SMTP server in this JVM, shared by all of them. */
    private static volatile GreenMail mailServer;

    /** How often the retention job runs on a server of a test's own (the shared ones keep the default). */
    static final Duration RETENTION_INTERVAL = Duration.ofMillis(200);
    /** How long a request's body may take to arrive on the test servers: long enough for any test on a loaded machine. */
    static final Duration BODY_DEADLINE = Duration.ofSeconds(5);

    /** Where the links in mails point. */
    static final String WEB_APP = "https://app.cockpit.example";
    /** The company website's withdrawal page, which the links in its acknowledgements open. */
    static final String WITHDRAWAL_PAGE = "https://www.cockpit.example/widerruf";

    final Mode mode;
    private final boolean own;
    private final OffsetClock clock = new OffsetClock();
    private final Path dataDir = tempDir();
    private final RealServices.TestDatabase database;
    private final CockpitSettings settings;
    private final Cockpit cockpit;
    private final String partnerKey = "ckp_e2e_" + UUID.randomUUID().toString().replace("-", "");
    private final String operatorKey = "cko_e2e_" + UUID.randomUUID().toString().replace("-", "");

    /** The production servers' own InfluxDB database, so that a test sees only its server's points. */
    private final String influxDatabase = "cockpit_e2e_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);

    private CockpitFixture(Mode mode, boolean own, Map<String, String> overrides) {
        this(mode, own, overrides, List.of());
    }

    private CockpitFixture(Mode mode, boolean own, Map<String, String> overrides,
                           List<Function<Platform, Capability>> extras) {
        this.mode = mode;
        this.own = own;
        this.database = mode == Mode.PRODUCTION ? RealServices.newMysqlDatabase() : null;
        this.settings = settings(mode, overrides);
        if (mode == Mode.PRODUCTION) {
            withRedis(redis -> redis.flushdb());
        }
        this.cockpit = Cockpit.start(settings, clock, extras);
    }

    /** The server all tests of this mode share; its clock is the real time and cannot be moved. */
    static CockpitFixture get(Mode mode) {
        return SHARED.computeIfAbsent(mode, m -> {
            Set<Thread> before = IdleConnectionTimers.alive();
            CockpitFixture shared = new CockpitFixture(m, false, Map.of());
            Set<Thread> started = IdleConnectionTimers.alive();
            started.removeAll(before);
            SHARED_TIMERS.addAll(started);
            Runtime.getRuntime().addShutdownHook(new Thread(shared.cockpit::close));
            return shared;
        });
    }

    /**
     * A fresh server for one test, with its own clock, database and (production mode) Redis database; the test may
     * {@link #travel} and must close it. Time-travelling tests run one at a time, as every test here does.
     */
    static CockpitFixture startOwn(Mode mode) {
        return new CockpitFixture(mode, true, Map.of());
    }

    /** A server of the test's own ({@link #startOwn(Mode)}) with some settings of its own, e.g. session lifetimes. */
    static CockpitFixture startOwn(Mode mode, Map<String, String> settings) {
        return new CockpitFixture(mode, true, settings);
    }

    /**
     * A server of the test's own with more configuration (e.g. PostHog and Sentry pointed at stand-ins) and
     * capabilities that exist only in tests (e.g. {@link FaultCapability}), whose routes come first.
     */
    static CockpitFixture startOwn(Mode mode, Map<String, String> config, List<Function<Platform, Capability>> extras) {
        return new CockpitFixture(mode, true, config, extras);
    }

    /** The server's time. */
    Instant now() {
        return clock.instant();
    }

    /**
     * Moves this server's clock forward: {@code Duration.ofDays(30)}, or calendar time in UTC such as
     * {@code Period.ofMonths(6)} or {@code Period.ofYears(2)}. Only a server of the test's own can travel. Redis
     * expires its keys by its own clock, which does not move.
     */
    void travel(TemporalAmount amount) {
        if (!own) {
            throw new IllegalStateException("the shared server keeps the real time: a test that travels in time "
                    + "needs a server of its own (@TimeTravel, or CockpitFixture.startOwn)");
        }
        Instant now = clock.instant();
        clock.advance(Duration.between(now, now.atZone(ZoneOffset.UTC).plus(amount).toInstant()));
    }

    /** Stops a server of the test's own and removes its data; the shared servers stop when the JVM ends. */
    @Override
    public void close() {
        if (!own) {
            return;
        }
        cockpit.close();
        IdleConnectionTimers.stopAllBut(SHARED_TIMERS);
        if (mode == Mode.PRODUCTION) {
            withRedis(redis -> redis.flushdb());
            database.drop();
            if (settings.statistics().influx().isPresent()) {
                try {
                    influxQuery("DROP DATABASE \"" + influxDatabase + "\"");
                } catch (RuntimeException gone) {
                    // a test's own InfluxDB may be stopped already
                }
            }
        }
        deleteRecursively(dataDir);
    }

    private CockpitSettings settings(Mode mode, Map<String, String> overrides) {
        byte[] secret = new byte[32];
        new SecureRandom().nextBytes(secret);
        Map<String, String> config = new HashMap<>(Map.of(
                "server.host", "127.0.0.1",
                "server.port", "0",
                "cockpit.data.dir", dataDir.toString(),
                "cockpit.bootstrap.partner.name", "acme",
                "cockpit.bootstrap.partner.key", partnerKey,
                "cockpit.bootstrap.operator.name", "olivia",
                "cockpit.bootstrap.operator.key", operatorKey,
                // the tests' requests come through "a proxy" on loopback and name their client in X-Forwarded-For
                "cockpit.http.trusted.proxies", "127.0.0.1/32",
                // cheap hashes keep the brute-force scenarios quick; the benchmark measures the real parameters
                "cockpit.passwords.argon2.memory", "1024",
                "cockpit.passwords.argon2.iterations", "1"));
        config.put("cockpit.web.url", WEB_APP);
        config.put("cockpit.website.withdrawal.url", WITHDRAWAL_PAGE);
        // the outbox of statistics InfluxDB could not take is tried again every second
        config.put("cockpit.jobs.statistics.outbox.interval", "PT1S");
        config.put("cockpit.management.port", "0");
        config.put("cockpit.probe.port", "0");
        // an erasure's last sweeps wait this long (the requests of ErasureRaceScenarios that race one end within it),
        // and then the erasure job takes the erasure up within half a second
        config.put("cockpit.jobs.erasure.settle", "PT1S");
        config.put("cockpit.jobs.erasure.interval", "PT0.5S");
        config.put("cockpit.jobs.erasure.lease", "PT10S");
        // BadInputScenarios trickles a body past it
        config.put("cockpit.http.body.deadline", BODY_DEADLINE.toString());
        if (own) {
            // a server of a test's own travels in time; its retention job runs often enough to be seen at work
            config.put("cockpit.jobs.retention.interval", RETENTION_INTERVAL.toString());
            config.put("cockpit.jobs.retention.lease", "PT10S");
        }
        if (mode == Mode.PRODUCTION) {
            config.put("cockpit.influx.url", RealServices.influxUrl());
            config.put("cockpit.influx.database", influxDatabase);
            config.putAll(Map.of(
                    "cockpit.smtp.host", "127.0.0.1",
                    "cockpit.smtp.port", Integer.toString(mailServer().getSmtp().getPort()),
                    "cockpit.smtp.from", "Cockpit <no-reply@cockpit.example>",
                    // GreenMail speaks plain SMTP; production requires STARTTLS (the default)
                    "cockpit.smtp.starttls", "false"));
            config.putAll(Map.of(
                    "cockpit.db.url", database.jdbcUrl(),
                    "cockpit.db.user", database.user(),
                    "cockpit.db.password", database.password(),
                    "cockpit.redis.uri", RealServices.redisUri(own ? OWN_REDIS_DATABASE : SHARED_REDIS_DATABASE),
                    "cockpit.secret", Base64.getEncoder().encodeToString(secret)));
        }
        config.putAll(overrides);
        return CockpitSettings.from(Config.just(ConfigSources.create(config)));
    }

    /** An InfluxQL statement against the production server's InfluxDB database, answered as InfluxDB answers it. */
    org.influxdb.dto.QueryResult influxQuery(String influxQl) {
        io.cockpit.adapters.influx.InfluxSettings influx = settings.statistics().influx()
                .orElseThrow(() -> new IllegalStateException("only production mode uses InfluxDB"));
        try (org.influxdb.InfluxDB client = org.influxdb.InfluxDBFactory.connect(influx.url())) {
            return client.query(new org.influxdb.dto.Query(influxQl, influx.database()));
        }
    }

    /**
     * How many points the mode's statistics store holds under {@code statisticsId}: read from InfluxDB directly in
     * production, from the embedded table otherwise.
     */
    long statisticsPointsOf(String statisticsId) {
        if (settings.statistics().influx().isEmpty()) {
            try (io.cockpit.adapters.mysql.RelationalStore store = openStore()) {
                return store.transactions().withHandle(h -> h.createQuery(
                                "SELECT COALESCE(SUM(point_count), 0) FROM statistics_chunk WHERE statistics_id = :sid")
                        .bind("sid", statisticsId).mapTo(Long.class).one());
            }
        }
        long points = 0;
        for (String measurement : java.util.List.of("actions", "activities")) {
            org.influxdb.dto.QueryResult result = influxQuery("SELECT * FROM " + influxMeasurement(measurement)
                    + " WHERE \"sid\" = '" + statisticsId + "'");
            if (result.hasError()) {
                throw new IllegalStateException(result.getError());
            }
            if (result.getResults().getFirst().getSeries() != null) {
                points += result.getResults().getFirst().getSeries().getFirst().getValues().size();
            }
        }
        return points;
    }

    /** The name of the production server's InfluxDB database and of its retention policy, for queries. */
    String influxMeasurement(String measurement) {
        io.cockpit.adapters.influx.InfluxSettings influx = settings.statistics().influx().orElseThrow();
        return "\"" + influx.retentionPolicy() + "\".\"" + measurement + "\"";
    }

    private static Path tempDir() {
        try {
            return Files.createTempDirectory("cockpit-e2e");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void deleteRecursively(Path directory) {
        try (Stream<Path> files = Files.walk(directory)) {
            files.sorted(Comparator.reverseOrder()).forEach(file -> file.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The register of personal data the running server assembled from its capabilities. */
    Register register() {
        return cockpit.register();
    }

    /** The running server's stores behind the register (export, erasure, retention). */
    RegisterStores registerStores() {
        return cockpit.registerStores();
    }

    /** The running server's pseudonymisation of the audit log. */
    io.cockpit.application.service.register.ErasureService erasures() {
        return cockpit.erasures();
    }

    AuditLogPseudonyms auditLogPseudonyms() {
        return cockpit.auditLogPseudonyms();
    }

    private static GreenMail mailServer() {
        if (mailServer == null) {
            synchronized (CockpitFixture.class) {
                if (mailServer == null) {
                    GreenMail started = new GreenMail(ServerSetup.SMTP.dynamicPort());
                    started.start();
                    Runtime.getRuntime().addShutdownHook(new Thread(started::stop));
                    mailServer = started;
                }
            }
        }
        return mailServer;
    }

    /**
     * The mail that reached {@code recipient} so far, as the recipient reads it: from the mail server (production
     * mode) or the outbox's .eml files (embedded mode).
     */
    List<Mail> mailTo(String recipient) {
        List<Mail> all = mode == Mode.PRODUCTION ? MailReadBack.received(mailServer())
                : MailReadBack.outbox(settings.outbox());
        return all.stream().filter(mail -> mail.recipient().value().equalsIgnoreCase(recipient)).toList();
    }

    /** The mail for {@code recipient} once there are {@code count} (delivery runs in the background). */
    List<Mail> awaitMailTo(String recipient, int count) {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        List<Mail> arrived = mailTo(recipient);
        while (arrived.size() < count && System.nanoTime() < deadline) {
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            arrived = mailTo(recipient);
        }
        return arrived;
    }

    String baseUrl() {
        return "http://127.0.0.1:" + cockpit.port();
    }

    /** The management port (/metrics), as the platform's scraper reaches it. */
    ApiClient management() {
        return new ApiClient("http://127.0.0.1:" + cockpit.managementPort(), HttpAdapter.MANAGEMENT, Map.of());
    }

    /**
     * The liveness probe's port, as a Kubernetes liveness probe reaches it. It answers the API's GET /health/live
     * operation (on its own threads), so its answers are checked against that operation.
     */
    ApiClient probe() {
        return new ApiClient("http://127.0.0.1:" + cockpit.probePort(), ApiOperation.API, Map.of());
    }

    ApiClient anonymous() {
        return new ApiClient(baseUrl(), Map.of());
    }

    /** The partner "acme" whose key was preset at first start. */
    ApiClient partner() {
        return anonymous().withBearer(partnerKey);
    }

    /** The partner's key as it goes into a request written by hand. */
    String partnerKey() {
        return partnerKey;
    }

    ApiClient operator() {
        return anonymous().withBearer(operatorKey);
    }

    /** Another partner, with a key created the way `./cockpit keys create partner NAME` does it. */
    ApiClient newPartner(String name) {
        return anonymous().withBearer(createKey(ApiKeyRole.PARTNER, name));
    }

    /** A second connection to the server's relational store (as `./cockpit keys` opens it). */
    RelationalStore openStore() {
        return RelationalStore.open(databaseSettings());
    }

    DatabaseSettings databaseSettings() {
        return settings.embeddedDatabase()
                ? DatabaseSettings.embedded(settings.dataDir(), 2)
                : new DatabaseSettings(settings.databaseUrl().orElseThrow(), settings.databaseUser(),
                settings.databasePassword(), 2);
    }

    String createKey(ApiKeyRole role, String name) {
        try (RelationalStore store = openStore()) {
            return new ApiKeyService(store.repository(JdbiApiKeyRepository::new), clock, new SecureRandom()).create(role, new ApiKeyName(name))
                    .value();
        }
    }

    /** Every key and value Cockpit has in Redis (production mode), for privacy checks. */
    Map<String, String> redisContents() {
        if (mode != Mode.PRODUCTION) {
            throw new IllegalStateException("only production mode uses Redis");
        }
        return withRedis(redis -> {
            Map<String, String> contents = new LinkedHashMap<>();
            for (String key : redis.keys("*")) {
                String type = redis.type(key);
                contents.put(key, switch (type) {
                    case "string" -> redis.get(key);
                    case "hash" -> redis.hgetall(key).toString();
                    case "zset" -> redis.zrange(key, 0, -1).toString();
                    case "set" -> redis.smembers(key).toString();
                    case "list" -> redis.lrange(key, 0, -1).toString();
                    default -> "<" + type + ">";
                });
            }
            return contents;
        });
    }

    /** Every Cockpit key in Redis with its time to live in milliseconds (-1: none), production mode only. */
    Map<String, Long> redisTimesToLive() {
        if (mode != Mode.PRODUCTION) {
            throw new IllegalStateException("only production mode uses Redis");
        }
        return withRedis(redis -> {
            Map<String, Long> ttls = new LinkedHashMap<>();
            for (String key : redis.keys("*")) {
                ttls.put(key, redis.pttl(key));
            }
            return ttls;
        });
    }

    private <T> T withRedis(Function<RedisCommands<String, String>, T> work) {
        RedisClient client = RedisClient.create(settings.redisUri().orElseThrow());
        try (StatefulRedisConnection<String, String> connection = client.connect()) {
            return work.apply(connection.sync());
        } finally {
            client.shutdown();
        }
    }
}
