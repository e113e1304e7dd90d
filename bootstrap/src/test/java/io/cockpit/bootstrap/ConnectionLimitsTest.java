package io.cockpit.bootstrap;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ConnectionLimitsTest {

    @Test
    void theApiPortKeepsWellBelowTheFileLimit() {
        assertThat(ConnectionLimits.api(20_000)).isEqualTo(15_000);
        assertThat(ConnectionLimits.api(1_024)).isEqualTo(512);
        assertThat(ConnectionLimits.api(600)).isEqualTo(88);
        assertThat(ConnectionLimits.api(100)).isEqualTo(64);
        assertThat(ConnectionLimits.api(Long.MAX_VALUE)).isEqualTo(Integer.MAX_VALUE);
        assertThat(ConnectionLimits.api()).as("this process").isPositive();
    }
}
