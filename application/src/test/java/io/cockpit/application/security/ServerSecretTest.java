package io.cockpit.application.security;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ServerSecretTest {

    private final ServerSecret secret = new ServerSecret(new byte[32]);

    @Test
    void keyedHashesDependOnPurposeDataAndSecret() {
        String hash = secret.keyedHash("purpose-a", "jana@example.com");

        assertThat(hash).matches("[0-9a-f]{64}").isEqualTo(secret.keyedHash("purpose-a", "jana@example.com"));
        assertThat(secret.keyedHash("purpose-b", "jana@example.com")).isNotEqualTo(hash);
        assertThat(secret.keyedHash("purpose-a", "jan@example.com")).isNotEqualTo(hash);
        byte[] other = new byte[32];
        other[0] = 1;
        assertThat(new ServerSecret(other).keyedHash("purpose-a", "jana@example.com")).isNotEqualTo(hash);
    }

    @Test
    void refusesShortSecretsAndNeverPrintsItself() {
        assertThatThrownBy(() -> new ServerSecret(new byte[31])).isInstanceOf(IllegalArgumentException.class);
        assertThat(secret.toString()).isEqualTo("ServerSecret[redacted]");
    }
}
