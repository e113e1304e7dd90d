package io.cockpit.application.port.out.account;

import io.cockpit.application.testing.AccountMother;
import io.cockpit.domain.account.TrackingId;
import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

public abstract class TrackingIdRegistryContract {

    protected abstract TrackingIdRegistry registry();

    @Test
    void registersAnIdOnlyOnce() {
        TrackingId id = AccountMother.aTrackingId();
        Instant now = Instant.parse("2026-11-29T10:00:00Z");

        assertThat(registry().register(id, now)).isTrue();
        assertThat(registry().register(id, now.plusSeconds(3600))).isFalse();
    }

    @Test
    void differentIdsAreIndependent() {
        Instant now = Instant.parse("2026-11-29T10:00:00Z");

        assertThat(registry().register(new TrackingId("amber-falcon"), now)).isTrue();
        assertThat(registry().register(new TrackingId("falcon-amber"), now)).isTrue();
    }
}
