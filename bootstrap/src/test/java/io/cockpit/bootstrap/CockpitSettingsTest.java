package io.cockpit.bootstrap;

import io.cockpit.bootstrap.config.CockpitSettings;

import io.helidon.config.Config;
import io.helidon.config.ConfigSources;
import io.helidon.config.EnvironmentVariables;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CockpitSettingsTest {

    @Test
    void theDefaultsAreTheEmbeddedMode() {
        CockpitSettings settings = CockpitSettings.from(Config.just(ConfigSources.classpath("application.yaml")));

        assertThat(settings.port()).isEqualTo(8080);
        assertThat(settings.dataDir()).isEqualTo(Path.of("./data"));
        assertThat(settings.embeddedDatabase()).isTrue();
        assertThat(settings.redisUri()).isEmpty();
        assertThat(settings.partnerKey().preset()).isEmpty();
        assertThat(settings.passwordPool()).isEqualTo(new CockpitSettings.PasswordPool(0, Duration.ofMillis(500)));
        assertThat(settings.ipv6SourcePrefix()).isEqualTo(64);
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
        Map<String, String> environment = Map.of(
                "SERVER_PORT", "9090",
                "COCKPIT_DATA_DIR", "/var/lib/cockpit",
                "COCKPIT_DB_URL", "jdbc:mysql://db:3306/cockpit",
                "COCKPIT_DB_USER", "cockpit",
                "COCKPIT_DB_POOL_SIZE", "20",
                "COCKPIT_REDIS_URI", "redis://cache:6379",
                "COCKPIT_SECRET", "c2VjcmV0",
                "COCKPIT_BOOTSTRAP_PARTNER_KEY", "ckp_from_the_environment_0123456789",
                "COCKPIT_BOOTSTRAP_OPERATOR_NAME", "privacy-officer");
        Config config = Config.builder()
                .disableEnvironmentVariablesSource()
                .disableSystemPropertiesSource()
                .sources(ConfigSources.create(EnvironmentVariables.expand(environment)),
                        ConfigSources.classpath("application.yaml"))
                .build();

        CockpitSettings settings = CockpitSettings.from(config);

        assertThat(settings.port()).isEqualTo(9090);
        assertThat(settings.dataDir()).isEqualTo(Path.of("/var/lib/cockpit"));
        assertThat(settings.databaseUrl()).contains("jdbc:mysql://db:3306/cockpit");
        assertThat(settings.databaseUser()).isEqualTo("cockpit");
        assertThat(settings.databasePoolSize()).isEqualTo(20);
        assertThat(settings.redisUri()).contains("redis://cache:6379");
        assertThat(settings.secret()).contains("c2VjcmV0");
        assertThat(settings.partnerKey().preset()).contains("ckp_from_the_environment_0123456789");
        assertThat(settings.operatorKey().name()).isEqualTo("privacy-officer");
        assertThat(settings.embeddedDatabase()).isFalse();
    }

    @Test
    void anExternalDatabaseNeedsAConfiguredSecret() {
        CockpitSettings settings = CockpitSettings.from(Config.just(ConfigSources.create(Map.of(
                "cockpit.db.url", "jdbc:mysql://db:3306/cockpit"))));

        assertThatThrownBy(() -> ServerSecrets.load(settings, new java.security.SecureRandom()))
                .hasMessageContaining("COCKPIT_SECRET");
    }
}
