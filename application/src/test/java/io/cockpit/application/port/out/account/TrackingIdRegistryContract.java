package io.cockpit.application.port.out.account;

import io.cockpit.application.security.ServerSecret;
import io.cockpit.application.service.account.TrackingIdIssuer;
import io.cockpit.application.testing.AccountMother;
import io.cockpit.domain.account.TrackingId;
import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

public abstract class TrackingIdRegistryContract {

    private static final ServerSecret SECRET = new ServerSecret(new byte[32]);

    protected abstract TrackingIdRegistry registry();

    private static TrackingIdHash hashOf(TrackingId id) {
        return TrackingIdIssuer.hashOf(SECRET, id);
    }

    @Test
    void registersAnIdOnlyOnce() {
        TrackingIdHash id = hashOf(AccountMother.aTrackingId());
        Instant now = Instant.parse("2026-11-29T10:00:00Z");

        assertThat(registry().isRegistered(id)).isFalse();
        assertThat(registry().register(id, now)).isTrue();
        assertThat(registry().register(id, now.plusSeconds(3600))).isFalse();
        assertThat(registry().isRegistered(id)).isTrue();
    }

    @Test
    void differentIdsAreIndependent() {
        Instant now = Instant.parse("2026-11-29T10:00:00Z");
        TrackingIdHash amberFalcon = hashOf(new TrackingId("amber-falcon"));
        TrackingIdHash falconAmber = hashOf(new TrackingId("falcon-amber"));

        assertThat(registry().register(amberFalcon, now)).isTrue();
        assertThat(registry().register(falconAmber, now)).isTrue();
        assertThat(amberFalcon).isNotEqualTo(falconAmber);
    }
}
