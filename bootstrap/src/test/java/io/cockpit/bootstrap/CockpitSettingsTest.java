package io.cockpit.bootstrap;

import io.cockpit.adapters.influx.InfluxSettings;
import io.cockpit.adapters.mail.SmtpSettings;
import io.cockpit.application.service.website.WebsiteRules;
import io.cockpit.bootstrap.config.CockpitSettings;
import io.cockpit.domain.protection.IpAddress;
import io.helidon.config.Config;
import io.helidon.config.ConfigSources;
import io.helidon.config.EnvironmentVariables;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CockpitSettingsTest {

    @Test
    void theDefaultsAreTheEmbeddedMode() {
        CockpitSettings settings = CockpitSettings.from(Config.just(ConfigSources.classpath("application.yaml")));

        assertThat(settings.port()).isEqualTo(8080);
        assertThat(settings.managementHost()).as("metrics only from this machine").isEqualTo("127.0.0.1");
        assertThat(settings.managementPort()).isEqualTo(8081);
        assertThat(settings.probe()).as("the liveness probe: loopback unless the platform needs more").isEqualTo(
                new CockpitSettings.Probe("127.0.0.1", 8082, Duration.ofSeconds(1), Duration.ofSeconds(10)));
        assertThat(settings.dataDir()).isEqualTo(Path.of("./data"));
        assertThat(settings.embeddedDatabase()).isTrue();
        assertThat(settings.redisUri()).isEmpty();
        assertThat(settings.partnerKey().preset()).isEmpty();
        assertThat(settings.smtp()).isEmpty();
        assertThat(settings.outbox()).isEqualTo(Path.of("./data/outbox"));
        assertThat(settings.blocklistRefresh()).isEqualTo(Duration.ofMillis(250));
        assertThat(settings.blockRules().widestIpv4()).isEqualTo(16);
        assertThat(settings.blockRules().widestIpv6()).isEqualTo(48);
        assertThat(settings.expiredBlocksJob())
                .isEqualTo(new CockpitSettings.JobTiming(Duration.ofMinutes(1), Duration.ofMinutes(3)));
        assertThat(settings.retentionJob())
                .isEqualTo(new CockpitSettings.JobTiming(Duration.ofMinutes(10), Duration.ofMinutes(30)));
        assertThat(settings.sessionPolicy().idle()).isEqualTo(Duration.ofDays(30));
        assertThat(settings.sessionPolicy().absolute()).isEqualTo(Duration.ofDays(90));
        assertThat(settings.telemetry().posthog()).as("product analytics disabled").isEmpty();
        assertThat(settings.telemetry().sentry()).as("error reports to the log").isEmpty();
        assertThat(settings.passwordPool()).isEqualTo(new CockpitSettings.PasswordPool(0, Duration.ofMillis(500)));
        assertThat(settings.ipv6SourcePrefix()).isEqualTo(64);
    }

    @Test
    void postHogAndSentryComeFromTheirVariablesWithTheEuHostAsDefault() {
        Config config = Config.builder()
                .disableEnvironmentVariablesSource()
                .disableSystemPropertiesSource()
                .sources(ConfigSources.create(EnvironmentVariables.expand(Map.of(
                                "COCKPIT_POSTHOG_API_KEY", "phc_project",
                                "COCKPIT_SENTRY_DSN", "https://key@o1.ingest.de.sentry.io/2",
                                "COCKPIT_SENTRY_ENVIRONMENT", "staging"))),
                        ConfigSources.classpath("application.yaml"))
                .build();

        CockpitSettings settings = CockpitSettings.from(config);

        assertThat(settings.telemetry().posthog()).hasValueSatisfying(posthog -> {
            assertThat(posthog.apiKey()).isEqualTo("phc_project");
            assertThat(posthog.host()).isEqualTo("https://eu.i.posthog.com");
        });
        assertThat(settings.telemetry().sentry()).hasValueSatisfying(sentry -> {
            assertThat(sentry.dsn()).isEqualTo("https://key@o1.ingest.de.sentry.io/2");
            assertThat(sentry.environment()).isEqualTo("staging");
        });
        assertThat(settings.describeMode()).contains("PostHog at eu.i.posthog.com (EU)",
                "Sentry at o1.ingest.de.sentry.io (staging) (EU)").doesNotContain("phc_project", "key@");
    }

    /** The privacy policy promises storage in the EU: another region stops the start, naming the override. */
    @Test
    void aPostHogHostOrSentryDsnOutsideTheEuIsRefusedUnlessAllowedByName() {
        assertThatThrownBy(() -> CockpitSettings.from(fromEnvironment(Map.of("COCKPIT_POSTHOG_API_KEY", "phc_project",
                "COCKPIT_POSTHOG_HOST", "https://user:secretpass@us.i.posthog.com"))))
                .hasMessageContaining("us.i.posthog.com")
                .hasMessageNotContaining("secretpass")
                .hasMessageContaining("cockpit.telemetry.allow.non.eu.region")
                .hasMessageContaining("COCKPIT_TELEMETRY_ALLOW_NON_EU_REGION");
        assertThatThrownBy(() -> CockpitSettings.from(fromEnvironment(Map.of(
                "COCKPIT_SENTRY_DSN", "https://secretkey@o1.ingest.us.sentry.io/2"))))
                .hasMessageContaining("o1.ingest.us.sentry.io")
                .hasMessageContaining("COCKPIT_TELEMETRY_ALLOW_NON_EU_REGION")
                .hasMessageNotContaining("secretkey");
        assertThatThrownBy(() -> CockpitSettings.from(fromEnvironment(Map.of(
                "COCKPIT_SENTRY_DSN", "https://key@sentry.io.ingest.de.sentry.io.example.com/2"))))
                .hasMessageContaining("not Sentry's EU region");

        CockpitSettings allowed = CockpitSettings.from(fromEnvironment(Map.of(
                "COCKPIT_POSTHOG_API_KEY", "phc_project", "COCKPIT_POSTHOG_HOST", "https://posthog.example.eu",
                "COCKPIT_SENTRY_DSN", "https://key@sentry.example.eu/2",
                "COCKPIT_TELEMETRY_ALLOW_NON_EU_REGION", "true")));
        assertThat(allowed.telemetry().allowNonEuRegion()).isTrue();
        assertThat(allowed.describeMode()).contains(
                "PostHog at posthog.example.eu (not a known EU host: allowed by cockpit.telemetry.allow"
                        + ".non.eu.region)", "Sentry at sentry.example.eu (production) (not a known EU host");
    }

    @Test
    void theEuHostsOfPostHogAndSentryAndLoopbackAreAccepted() {
        for (String host : List.of("https://eu.i.posthog.com", "https://eu.posthog.com/", "https://eu.i.posthog.com.",
                "http://127.0.0.1:8123", "http://localhost:8123")) {
            assertThat(CockpitSettings.from(fromEnvironment(Map.of("COCKPIT_POSTHOG_API_KEY", "phc_project",
                    "COCKPIT_POSTHOG_HOST", host))).telemetry().posthog()).as(host).isPresent();
        }
        for (String dsn : List.of("https://key@o1.ingest.de.sentry.io/2", "https://key@O7.INGEST.DE.SENTRY.IO/2",
                "https://key@de.sentry.io/2", "https://key@o123.ingest.de.sentry.io./2", "http://key@127.0.0.1:9000/42", "http://key@[::1]:9000/42")) {
            assertThat(CockpitSettings.from(fromEnvironment(Map.of("COCKPIT_SENTRY_DSN", dsn))).telemetry()
                    .sentry()).as(dsn).isPresent();
        }
    }

    @Test
    void theBlockRulesAndJobTimingComeFromTheirVariablesAndNeverAllowBlockingATrustedProxy() {
        Config config = Config.builder()
                .disableEnvironmentVariablesSource()
                .disableSystemPropertiesSource()
                .sources(ConfigSources.create(EnvironmentVariables.expand(Map.of(
                                "COCKPIT_BLOCKLIST_WIDEST_IPV4", "24",
                                "COCKPIT_BLOCKLIST_WIDEST_IPV6", "64",
                                "COCKPIT_HTTP_TRUSTED_PROXIES", "10.0.0.0/24",
                                "COCKPIT_JOBS_EXPIRED_BLOCKS_INTERVAL", "PT10S",
                                "COCKPIT_JOBS_EXPIRED_BLOCKS_LEASE", "PT1M",
                                "COCKPIT_JOBS_RETENTION_INTERVAL", "PT2M",
                                "COCKPIT_JOBS_RETENTION_LEASE", "PT7M"))),
                        ConfigSources.classpath("application.yaml"))
                .build();

        CockpitSettings settings = CockpitSettings.from(config);

        assertThat(settings.blockRules().widestIpv4()).isEqualTo(24);
        assertThat(settings.blockRules().widestIpv6()).isEqualTo(64);
        assertThat(settings.blockRules().trustedProxies()).isEqualTo(settings.trustedProxies());
        assertThat(settings.trustedProxies().contains(IpAddress.parse("10.0.0.9"))).isTrue();
        assertThat(settings.expiredBlocksJob())
                .isEqualTo(new CockpitSettings.JobTiming(Duration.ofSeconds(10), Duration.ofMinutes(1)));
        assertThat(settings.retentionJob())
                .isEqualTo(new CockpitSettings.JobTiming(Duration.ofMinutes(2), Duration.ofMinutes(7)));
    }

    /** The erasure job's timing and the claim a worker holds on an erasure (how long a crashed one holds it up). */
    @Test
    void theErasureJobAndItsClaimComeFromTheirVariablesWithFiveMinutesAsTheDefaultClaim() {
        CockpitSettings defaults = CockpitSettings.from(Config.just(ConfigSources.classpath("application.yaml")));
        assertThat(defaults.erasureJob())
                .isEqualTo(new CockpitSettings.JobTiming(Duration.ofMinutes(1), Duration.ofMinutes(10)));
        assertThat(defaults.erasureClaim()).isEqualTo(Duration.ofMinutes(5));
        assertThat(defaults.erasureSettle()).isEqualTo(Duration.ofMinutes(5));

        CockpitSettings configured = CockpitSettings.from(fromEnvironment(Map.of(
                "COCKPIT_JOBS_ERASURE_INTERVAL", "PT0.5S",
                "COCKPIT_JOBS_ERASURE_LEASE", "PT3S",
                "COCKPIT_JOBS_ERASURE_CLAIM", "PT2S",
                "COCKPIT_JOBS_ERASURE_SETTLE", "PT0S")));
        assertThat(configured.erasureJob())
                .isEqualTo(new CockpitSettings.JobTiming(Duration.ofMillis(500), Duration.ofSeconds(3)));
        assertThat(configured.erasureClaim()).isEqualTo(Duration.ofSeconds(2));
        assertThat(configured.erasureSettle()).isZero();
        assertThatThrownBy(() -> CockpitSettings.from(fromEnvironment(Map.of("COCKPIT_JOBS_ERASURE_SETTLE", "-PT1S"))))
                .hasMessageContaining("cockpit.jobs.erasure.settle");
        assertThatThrownBy(() -> CockpitSettings.from(fromEnvironment(Map.of("COCKPIT_JOBS_ERASURE_CLAIM", "PT0S"))))
                .hasMessageContaining("cockpit.jobs.erasure.claim");
    }

    /** The mail keys the README documents; STARTTLS is on unless switched off, and SMTP needs a sender. */
    @Test
    void theMailServerComesFromTheDocumentedVariables() {
        CockpitSettings settings = CockpitSettings.from(fromEnvironment(Map.of(
                "COCKPIT_SMTP_HOST", "smtp.example.com",
                "COCKPIT_SMTP_PORT", "2525",
                "COCKPIT_SMTP_USERNAME", "cockpit",
                "COCKPIT_SMTP_PASSWORD", "s3cret",
                "COCKPIT_SMTP_FROM", "Cockpit <no-reply@example.com>",
                "COCKPIT_WEB_URL", "https://app.example.com")));

        SmtpSettings smtp = settings.smtp().orElseThrow();
        assertThat(smtp.host()).isEqualTo("smtp.example.com");
        assertThat(smtp.port()).isEqualTo(2525);
        assertThat(smtp.username()).contains("cockpit");
        assertThat(smtp.password()).isEqualTo("s3cret");
        assertThat(smtp.from()).isEqualTo("Cockpit <no-reply@example.com>");
        assertThat(smtp.startTls()).isTrue();
        assertThat(smtp.toString()).doesNotContain("s3cret");
        assertThat(settings.webUrl()).hasToString("https://app.example.com");
        assertThat(CockpitSettings.from(fromEnvironment(Map.of("COCKPIT_SMTP_HOST", "localhost",
                "COCKPIT_SMTP_FROM", "no-reply@example.com", "COCKPIT_SMTP_STARTTLS", "false"))).smtp().orElseThrow()
                .startTls()).isFalse();
        assertThatThrownBy(() -> CockpitSettings.from(fromEnvironment(Map.of("COCKPIT_SMTP_HOST", "smtp.example.com"))))
                .hasMessageContaining("cockpit.smtp.from");
    }

    /** The InfluxDB keys the README documents; without a URL the statistics stay in the relational store. */
    @Test
    void theStatisticsStoreComesFromTheDocumentedVariables() {
        CockpitSettings settings = CockpitSettings.from(fromEnvironment(Map.of(
                "COCKPIT_INFLUX_URL", "https://influx.example.com:8086",
                "COCKPIT_INFLUX_DATABASE", "stats",
                "COCKPIT_INFLUX_USERNAME", "cockpit",
                "COCKPIT_INFLUX_PASSWORD", "s3cret",
                "COCKPIT_INFLUX_RETENTION_POLICY", "year",
                "COCKPIT_JOBS_STATISTICS_OUTBOX_INTERVAL", "PT5S")));

        InfluxSettings influx = settings.statistics().influx().orElseThrow();
        assertThat(influx).isEqualTo(new InfluxSettings("https://influx.example.com:8086", "stats",
                java.util.Optional.of("cockpit"), "s3cret", "year"));
        assertThat(influx.toString()).doesNotContain("s3cret");
        assertThat(settings.statistics().outboxJob().interval()).isEqualTo(Duration.ofSeconds(5));
        CockpitSettings embedded = CockpitSettings.from(fromEnvironment(Map.of()));
        assertThat(embedded.statistics().influx()).isEmpty();
        assertThat(embedded.statistics().outboxJob())
                .isEqualTo(new CockpitSettings.JobTiming(Duration.ofSeconds(10), Duration.ofMinutes(2)));
        assertThat(CockpitSettings.from(fromEnvironment(Map.of("COCKPIT_INFLUX_URL", "http://influx:8086")))
                .statistics().influx().orElseThrow())
                .returns("cockpit", InfluxSettings::database)
                .returns("cockpit_365d", InfluxSettings::retentionPolicy)
                .returns(java.util.Optional.empty(), InfluxSettings::username);
    }

    private static Config fromEnvironment(Map<String, String> environment) {
        return Config.builder()
                .disableEnvironmentVariablesSource()
                .disableSystemPropertiesSource()
                .sources(ConfigSources.create(EnvironmentVariables.expand(environment)),
                        ConfigSources.classpath("application.yaml"))
                .build();
    }

    @Test
    void anIdleTimeLongerThanTheAbsoluteLifetimeIsRefusedByName() {
        Config config = Config.just(ConfigSources.create(Map.of(
                "cockpit.sessions.idle", "P30D", "cockpit.sessions.absolute", "P7D")));

        assertThatThrownBy(() -> CockpitSettings.from(config))
                .hasMessageContaining("COCKPIT_SESSIONS_IDLE").hasMessageContaining("COCKPIT_SESSIONS_ABSOLUTE");
    }

    @Test
    void theHashingPoolAndTheIpv6PrefixAreConfigurable() {
        Map<String, String> environment = Map.of(
                "COCKPIT_PASSWORDS_POOL_SIZE", "3",
                "COCKPIT_PASSWORDS_POOL_WAIT", "PT0.2S",
                "COCKPIT_PROTECTION_IPV6_PREFIX", "56");
        Config config = Config.builder()
                .disableEnvironmentVariablesSource()
                .disableSystemPropertiesSource()
                .sources(ConfigSources.create(EnvironmentVariables.expand(environment)),
                        ConfigSources.classpath("application.yaml"))
                .build();

        CockpitSettings settings = CockpitSettings.from(config);

        assertThat(settings.passwordPool()).isEqualTo(new CockpitSettings.PasswordPool(3, Duration.ofMillis(200)));
        assertThat(settings.ipv6SourcePrefix()).isEqualTo(56);
    }

    /** The variable names the README documents, through Helidon's own mapping of environment variables. */
    @Test
    void theDocumentedEnvironmentVariablesOverrideTheFile() {
        Map<String, String> environment = Map.ofEntries(
                Map.entry("SERVER_PORT", "9090"),
                Map.entry("COCKPIT_MANAGEMENT_HOST", "0.0.0.0"),
                Map.entry("COCKPIT_MANAGEMENT_PORT", "9464"),
                Map.entry("COCKPIT_PROBE_HOST", "0.0.0.0"),
                Map.entry("COCKPIT_PROBE_PORT", "9465"),
                Map.entry("COCKPIT_PROBE_HEARTBEAT_INTERVAL", "PT2S"),
                Map.entry("COCKPIT_PROBE_HEARTBEAT_TIMEOUT", "PT30S"),
                Map.entry("COCKPIT_DATA_DIR", "/var/lib/cockpit"),
                Map.entry("COCKPIT_DB_URL", "jdbc:mysql://db:3306/cockpit"),
                Map.entry("COCKPIT_DB_USER", "cockpit"),
                Map.entry("COCKPIT_DB_POOL_SIZE", "20"),
                Map.entry("COCKPIT_SESSIONS_IDLE", "PT8H"),
                Map.entry("COCKPIT_SESSIONS_ABSOLUTE", "P7D"),
                Map.entry("COCKPIT_REDIS_URI", "redis://cache:6379"),
                Map.entry("COCKPIT_SECRET", "c2VjcmV0"),
                Map.entry("COCKPIT_BOOTSTRAP_PARTNER_KEY", "ckp_from_the_environment_0123456789"),
                Map.entry("COCKPIT_BOOTSTRAP_OPERATOR_NAME", "privacy-officer"));
        Config config = Config.builder()
                .disableEnvironmentVariablesSource()
                .disableSystemPropertiesSource()
                .sources(ConfigSources.create(EnvironmentVariables.expand(environment)),
                        ConfigSources.classpath("application.yaml"))
                .build();

        CockpitSettings settings = CockpitSettings.from(config);

        assertThat(settings.port()).isEqualTo(9090);
        assertThat(settings.managementHost()).isEqualTo("0.0.0.0");
        assertThat(settings.managementPort()).isEqualTo(9464);
        assertThat(settings.probe()).isEqualTo(
                new CockpitSettings.Probe("0.0.0.0", 9465, Duration.ofSeconds(2), Duration.ofSeconds(30)));
        assertThat(settings.dataDir()).isEqualTo(Path.of("/var/lib/cockpit"));
        assertThat(settings.databaseUrl()).contains("jdbc:mysql://db:3306/cockpit");
        assertThat(settings.databaseUser()).isEqualTo("cockpit");
        assertThat(settings.databasePoolSize()).isEqualTo(20);
        assertThat(settings.sessionPolicy().idle()).isEqualTo(Duration.ofHours(8));
        assertThat(settings.sessionPolicy().absolute()).isEqualTo(Duration.ofDays(7));
        assertThat(settings.redisUri()).contains("redis://cache:6379");
        assertThat(settings.secret()).contains("c2VjcmV0");
        assertThat(settings.partnerKey().preset()).contains("ckp_from_the_environment_0123456789");
        assertThat(settings.operatorKey().name()).isEqualTo("privacy-officer");
        assertThat(settings.embeddedDatabase()).isFalse();
    }

    @Test
    void theHeartbeatTimeoutMustOutlastItsInterval() {
        assertThatThrownBy(() -> CockpitSettings.from(Config.just(ConfigSources.create(Map.of(
                "cockpit.probe.heartbeat.interval", "PT5S", "cockpit.probe.heartbeat.timeout", "PT5S")))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("cockpit.probe.heartbeat");
    }

    @Test
    void anExternalDatabaseNeedsAConfiguredSecret() {
        CockpitSettings settings = CockpitSettings.from(Config.just(ConfigSources.create(Map.of(
                "cockpit.db.url", "jdbc:mysql://db:3306/cockpit"))));

        assertThatThrownBy(() -> ServerSecrets.load(settings, new java.security.SecureRandom()))
                .hasMessageContaining("COCKPIT_SECRET");
    }

    /** The website's keys the README documents, and their defaults. */
    @Test
    void theWebsiteSettingsComeFromTheirVariables() {
        CockpitSettings defaults = CockpitSettings.from(Config.just(ConfigSources.classpath("application.yaml")));
        CockpitSettings configured = CockpitSettings.from(fromEnvironment(Map.of(
                "COCKPIT_WEBSITE_WITHDRAWAL_URL", "https://www.example.com/widerruf",
                "COCKPIT_WEBSITE_CONTACT_OPEN_MAXIMUM", "P30D",
                "COCKPIT_WEBSITE_LIMIT_PER_ADDRESS", "50",
                "COCKPIT_WEBSITE_LIMIT_PER_RECIPIENT", "3",
                "COCKPIT_WEBSITE_LIMIT_WINDOW", "PT10M")));

        assertThat(defaults.website().rules()).isEqualTo(WebsiteRules.DEFAULT);
        assertThat(defaults.website().rules().openRequestMaximum()).isEqualTo(Duration.ofDays(90));
        assertThat(configured.website().withdrawalPage()).hasToString("https://www.example.com/widerruf");
        assertThat(configured.website().rules())
                .isEqualTo(new WebsiteRules(50, 3, Duration.ofMinutes(10), Duration.ofDays(30)));
    }
}
