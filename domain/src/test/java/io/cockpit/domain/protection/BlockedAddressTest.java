package io.cockpit.domain.protection;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class BlockedAddressTest {

    private static final Instant AT = Instant.parse("2026-11-29T10:00:00Z");
    private static final AddressRange RANGE = AddressRange.parse("203.0.113.0/24");

    @Test
    void aPermanentBlockIsAlwaysInForce() {
        BlockedAddress permanent = new BlockedAddress("b1", RANGE, "scanner", "olivia", AT);

        assertThat(permanent.expiresAt()).isEmpty();
        assertThat(permanent.inForceAt(AT.plusSeconds(100_000_000))).isTrue();
    }

    @Test
    void anExpiringBlockStopsAtItsExpiry() {
        BlockedAddress expiring = new BlockedAddress("b1", RANGE, "scanner", "olivia", AT,
                Optional.of(AT.plusSeconds(60)));

        assertThat(expiring.inForceAt(AT.plusSeconds(59))).isTrue();
        assertThat(expiring.inForceAt(AT.plusSeconds(60))).isFalse();
    }

    @Test
    void aBlockCannotExpireBeforeItWasMade() {
        assertThatThrownBy(() -> new BlockedAddress("b1", RANGE, "scanner", "olivia", AT, Optional.of(AT)))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
