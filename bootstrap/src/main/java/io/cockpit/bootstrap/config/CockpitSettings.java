package io.cockpit.bootstrap.config;

import io.cockpit.adapters.argon2.Argon2Settings;
import io.cockpit.adapters.influx.InfluxSettings;
import io.cockpit.adapters.mail.SmtpSettings;
import io.cockpit.application.service.register.ErasureService;
import io.cockpit.application.service.website.WebsiteRules;
import io.cockpit.bootstrap.Cockpit;
import io.cockpit.domain.access.SessionPolicy;
import io.cockpit.domain.protection.AddressRange;
import io.cockpit.domain.protection.BlockRules;
import io.cockpit.domain.protection.SignInThrottle;
import io.cockpit.domain.protection.TrustedProxies;
import io.helidon.config.Config;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.Optional;

/**
 * Everything Cockpit reads from configuration (application.yaml, each key overridable by an environment variable:
 * {@code cockpit.db.url} by {@code COCKPIT_DB_URL}). The README lists every key.
 *
 * @param managementHost where the management port (/metrics) listens: loopback unless the platform needs more
 * @param databaseUrl empty: the embedded H2 file database under {@code dataDir}; else a MySQL JDBC URL
 * @param redisUri    empty: the in-process cache; else {@code redis://host:port}
 * @param secret      Base64 of at least 32 random bytes; empty in embedded mode: generated once in the data dir
 * @param trustedProxies proxies whose X-Forwarded-For names the client (CIDR ranges)
 * @param bodyDeadline   how long after a request's start its body may still be arriving (408 after that; a document
 *                       10 minutes at least); shorter than {@code erasureSettle}, so that no request starts its work
 *                       after an erasure's last sweep
 * @param passwordPool   how many password hashes may run at once, and how long a request waits for a slot
 * @param ipv6SourcePrefix the IPv6 network size whose addresses are counted and blocked as one source
 * @param blocklistRefresh how often each node asks whether the blocked addresses changed
 * @param blockRules     what an operator may block: the widest ranges, never the trusted proxies
 * @param expiredBlocksJob how often the leased job that removes expired blocks runs, and its lease
 * @param retentionJob how often the leased retention job deletes what is past its period, and its lease
 * @param accessLogDir empty: no access log files; else daily files there, deleted after 30 days
 * @param erasureJob   how often the leased erasure job resumes erasures that failed or whose worker died, and its lease
 * @param erasureClaim how long a worker holds the erasure it works on (renewed with every batch); after a crash the
 *                     erasure job takes it up once this has run out
 * @param erasureSettle how long after an erasure was asked for its sweeps wait: the user's requests in flight then
 *                     have ended by that time
 * @param privacyPolicyVersion the privacy policy in force, recorded with every consent decision
 * @param smtp        empty: mail goes as .eml files into the outbox in the data dir; else to this SMTP server
 * @param mailFrom    the sender of every mail; required with SMTP
 * @param webUrl      the web app's address, which the links in mails open
 * @param telemetry   PostHog and Sentry, each off (embedded default) unless configured
 * @param website     the website's withdrawal page, limits and open-request maximum
 * @param statistics  where the statistics go (InfluxDB, or the embedded table) and how often the outbox is flushed
 * @param probe       the liveness probe's port (GET /health/live on platform threads) and its heartbeat
 */
public record CockpitSettings(
        String host,
        int port,
        String managementHost,
        int managementPort,
        Path dataDir,
        Optional<String> databaseUrl,
        String databaseUser,
        String databasePassword,
        int databasePoolSize,
        Optional<String> redisUri,
        Optional<String> secret,
        FirstKey partnerKey,
        FirstKey operatorKey,
        SessionPolicy sessionPolicy,
        Argon2Settings argon2,
        PasswordPool passwordPool,
        TrustedProxies trustedProxies,
        Duration bodyDeadline,
        int ipv6SourcePrefix,
        Duration blocklistRefresh,
        String privacyPolicyVersion,
        Optional<SmtpSettings> smtp,
        String mailFrom,
        URI webUrl,
        BlockRules blockRules,
        JobTiming expiredBlocksJob,
        JobTiming retentionJob,
        TelemetrySettings telemetry,
        WebsiteSettings website,
        StatisticsSettings statistics,
        JobTiming erasureJob,
        Optional<Path> accessLogDir,
        Duration erasureClaim,
        Duration erasureSettle,
        Probe probe) {

    public CockpitSettings {
        if (erasureClaim.isNegative() || erasureClaim.isZero()) {
            throw new IllegalArgumentException("cockpit.jobs.erasure.claim must be positive: " + erasureClaim);
        }
        if (bodyDeadline.isNegative() || bodyDeadline.isZero() || bodyDeadline.compareTo(Duration.ofHours(1)) > 0) {
            throw new IllegalArgumentException("cockpit.http.body.deadline must be positive, at most an hour: "
                    + bodyDeadline);
        }
        if (erasureSettle.isNegative()) {
            throw new IllegalArgumentException("cockpit.jobs.erasure.settle must not be negative: " + erasureSettle);
        }
    }

    /** The date ("Stand") of the privacy policy in shared/seed. */
    public static final String DEFAULT_PRIVACY_POLICY_VERSION = "2024-10-21";
    /** A 1 MiB body at 70 kbit/s; well under the erasure's 5 minutes of settling. */
    public static final Duration DEFAULT_BODY_DEADLINE = Duration.ofMinutes(2);
    /** The sender of the outbox's mails when none is configured (embedded mode only: SMTP needs a real one). */
    public static final String DEFAULT_MAIL_FROM = "Cockpit <no-reply@cockpit.invalid>";

    /** How often a leased job runs on the node that holds its lease, and how long the lease lasts unrenewed. */
    public record JobTiming(Duration interval, Duration lease) {
    }

    /**
     * The company website's backend: where the withdrawal links in its acknowledgements lead, its limits and the
     * maximum a contact request may stay open unflagged (its retention runs in the register's job).
     */
    public record WebsiteSettings(URI withdrawalPage, WebsiteRules rules) {
    }

    /**
     * @param influx    empty: the statistics go into a table of the relational store; else to this InfluxDB
     * @param outboxJob how often the points InfluxDB could not take are tried again
     */
    public record StatisticsSettings(Optional<InfluxSettings> influx, JobTiming outboxJob) {
    }

    /**
     * The password hashing pool: {@code size} slots (0: derived from the heap and the Argon2 memory), and the longest
     * a request waits for one before it is refused as busy.
     */
    public record PasswordPool(int size, Duration maxWait) {

        public static final PasswordPool AUTOMATIC = new PasswordPool(0, Duration.ofMillis(500));

        public PasswordPool {
            if (size < 0 || maxWait.isNegative()) {
                throw new IllegalArgumentException("cockpit.passwords.pool: size >= 0 (0: automatic), wait >= 0");
            }
        }
    }

    /**
     * The liveness probe: where it listens, how often the heartbeat runs on the request threads' scheduler, and the
     * longest the heartbeat may be silent for the process to be called alive.
     */
    public record Probe(String host, int port, Duration heartbeatInterval, Duration maxSilence) {

        public static final Duration DEFAULT_HEARTBEAT_INTERVAL = Duration.ofSeconds(1);
        public static final Duration DEFAULT_MAX_SILENCE = Duration.ofSeconds(10);

        public Probe {
            if (heartbeatInterval.isNegative() || heartbeatInterval.isZero()
                    || maxSilence.compareTo(heartbeatInterval) <= 0) {
                throw new IllegalArgumentException("cockpit.probe.heartbeat: the interval must be positive and the"
                        + " timeout longer than it (" + heartbeatInterval + ", " + maxSilence + ")");
            }
        }
    }

    /** The key created at first start for a role: its name, and a preset value if one is configured. */
    public record FirstKey(String name, Optional<String> preset) {
    }

    public static CockpitSettings from(Config config) {
        Config cockpit = config.get("cockpit");
        TrustedProxies trustedProxies = new TrustedProxies(text(cockpit.get("http.trusted.proxies")).stream()
                .flatMap(list -> Arrays.stream(list.split(",")))
                .map(String::strip).filter(range -> !range.isEmpty())
                .map(AddressRange::parse).toList());
        return new CockpitSettings(
                config.get("server.host").asString().orElse("0.0.0.0"),
                config.get("server.port").asInt().orElse(8080),
                cockpit.get("management.host").asString().orElse("127.0.0.1"),
                cockpit.get("management.port").asInt().orElse(8081),
                Path.of(cockpit.get("data.dir").asString().orElse("./data")),
                text(cockpit.get("db.url")),
                cockpit.get("db.user").asString().orElse(""),
                cockpit.get("db.password").asString().orElse(""),
                cockpit.get("db.pool.size").asInt().orElse(10),
                text(cockpit.get("redis.uri")),
                text(cockpit.get("secret")),
                new FirstKey(cockpit.get("bootstrap.partner.name").asString().orElse("partner"),
                        text(cockpit.get("bootstrap.partner.key"))),
                new FirstKey(cockpit.get("bootstrap.operator.name").asString().orElse("operator"),
                        text(cockpit.get("bootstrap.operator.key"))),
                sessionPolicy(cockpit),
                new Argon2Settings(
                        cockpit.get("passwords.argon2.memory").asInt().orElse(Argon2Settings.DEFAULT.memoryKiB()),
                        cockpit.get("passwords.argon2.iterations").asInt().orElse(Argon2Settings.DEFAULT.iterations()),
                        cockpit.get("passwords.argon2.parallelism").asInt()
                                .orElse(Argon2Settings.DEFAULT.parallelism())),
                new PasswordPool(cockpit.get("passwords.pool.size").asInt().orElse(PasswordPool.AUTOMATIC.size()),
                        duration(cockpit.get("passwords.pool.wait"), PasswordPool.AUTOMATIC.maxWait())),
                trustedProxies,
                duration(cockpit.get("http.body.deadline"), DEFAULT_BODY_DEADLINE),
                cockpit.get("protection.ipv6.prefix").asInt().orElse(SignInThrottle.DEFAULT_IPV6_SOURCE_PREFIX),
                duration(cockpit.get("blocklist.refresh"), Duration.ofMillis(250)),
                text(cockpit.get("privacy.policy.version")).orElse(DEFAULT_PRIVACY_POLICY_VERSION),
                text(cockpit.get("smtp.host")).map(host -> new SmtpSettings(host,
                        cockpit.get("smtp.port").asInt().orElse(587),
                        text(cockpit.get("smtp.username")),
                        cockpit.get("smtp.password").asString().orElse(""),
                        text(cockpit.get("smtp.from")).orElse(""),
                        cockpit.get("smtp.starttls").asBoolean().orElse(true))),
                text(cockpit.get("smtp.from")).orElse(DEFAULT_MAIL_FROM),
                URI.create(text(cockpit.get("web.url")).orElse("http://localhost:8080")),
                new BlockRules(cockpit.get("blocklist.widest.ipv4").asInt().orElse(BlockRules.DEFAULT_WIDEST_IPV4),
                        cockpit.get("blocklist.widest.ipv6").asInt().orElse(BlockRules.DEFAULT_WIDEST_IPV6),
                        trustedProxies),
                new JobTiming(duration(cockpit.get("jobs.expired.blocks.interval"), Duration.ofMinutes(1)),
                        duration(cockpit.get("jobs.expired.blocks.lease"), Duration.ofMinutes(3))),
                new JobTiming(duration(cockpit.get("jobs.retention.interval"), Duration.ofMinutes(10)),
                        duration(cockpit.get("jobs.retention.lease"), Duration.ofMinutes(30))),
                TelemetrySettings.from(cockpit),
                website(cockpit),
                statistics(cockpit),
                new JobTiming(duration(cockpit.get("jobs.erasure.interval"), Duration.ofMinutes(1)),
                        duration(cockpit.get("jobs.erasure.lease"), Duration.ofMinutes(10))),
                text(cockpit.get("access.log.dir")).map(Path::of),
                duration(cockpit.get("jobs.erasure.claim"), ErasureService.DEFAULT_CLAIM),
                duration(cockpit.get("jobs.erasure.settle"), ErasureService.DEFAULT_SETTLE),
                new Probe(cockpit.get("probe.host").asString().orElse("127.0.0.1"),
                        cockpit.get("probe.port").asInt().orElse(8082),
                        duration(cockpit.get("probe.heartbeat.interval"), Probe.DEFAULT_HEARTBEAT_INTERVAL),
                        duration(cockpit.get("probe.heartbeat.timeout"), Probe.DEFAULT_MAX_SILENCE)));
    }

    private static WebsiteSettings website(Config cockpit) {
        WebsiteRules defaults = WebsiteRules.DEFAULT;
        return new WebsiteSettings(
                URI.create(text(cockpit.get("website.withdrawal.url")).orElse("http://localhost:8080/withdrawal")),
                new WebsiteRules(
                        cockpit.get("website.limit.per.address").asInt().orElse(defaults.requestsPerAddress()),
                        cockpit.get("website.limit.per.recipient").asInt().orElse(defaults.mailsPerRecipient()),
                        duration(cockpit.get("website.limit.window"), defaults.window()),
                        duration(cockpit.get("website.contact.open.maximum"), defaults.openRequestMaximum())));
    }

    private static StatisticsSettings statistics(Config cockpit) {
        return new StatisticsSettings(
                text(cockpit.get("influx.url")).map(url -> new InfluxSettings(url,
                        text(cockpit.get("influx.database")).orElse(InfluxSettings.DEFAULT_DATABASE),
                        text(cockpit.get("influx.username")),
                        cockpit.get("influx.password").asString().orElse(""),
                        text(cockpit.get("influx.retention.policy")).orElse(InfluxSettings.DEFAULT_RETENTION_POLICY))),
                new JobTiming(duration(cockpit.get("jobs.statistics.outbox.interval"), Duration.ofSeconds(10)),
                        duration(cockpit.get("jobs.statistics.outbox.lease"), Duration.ofMinutes(2))));
    }

    /** Where the embedded mode's mail goes. */
    public Path outbox() {
        return dataDir.resolve("outbox");
    }

    private static SessionPolicy sessionPolicy(Config cockpit) {
        Duration idle = duration(cockpit.get("sessions.idle"), SessionPolicy.DEFAULT.idle());
        Duration absolute = duration(cockpit.get("sessions.absolute"), SessionPolicy.DEFAULT.absolute());
        try {
            return new SessionPolicy(idle, absolute, SessionPolicy.DEFAULT.touchInterval());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("cockpit.sessions.idle (COCKPIT_SESSIONS_IDLE, " + idle + ") must be "
                    + "positive and no longer than cockpit.sessions.absolute (COCKPIT_SESSIONS_ABSOLUTE, " + absolute
                    + ")", e);
        }
    }

    private static Duration duration(Config node, Duration otherwise) {
        return text(node).map(Duration::parse).orElse(otherwise);
    }

    private static Optional<String> text(Config node) {
        return node.asString().asOptional().map(String::strip).filter(value -> !value.isEmpty());
    }

    public boolean embeddedDatabase() {
        return databaseUrl.isEmpty();
    }

    /** A one-line description of the mode, without secrets. */
    public String describeMode() {
        return (embeddedDatabase() ? "embedded database in " + dataDir.toAbsolutePath().normalize()
                : "MySQL database") + ", " + (redisUri.isEmpty() ? "in-process cache" : "Redis cache") + ", "
                + smtp.map(server -> "mail by SMTP to " + server.host() + ":" + server.port())
                .orElse("mail into " + outbox().toAbsolutePath().normalize()) + ", " + telemetry.describe();
    }
}
