package io.cockpit.bootstrap.e2e;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Session lifetimes are configuration ({@code cockpit.sessions.idle}, {@code .absolute}); here one and three hours. */
abstract class SessionLifetimeScenarios extends Scenarios {

    private static final Map<String, String> SHORT = Map.of(
            "cockpit.sessions.idle", "PT1H",
            "cockpit.sessions.absolute", "PT3H");

    @Test
    void aSessionEndsAfterTheConfiguredIdleTime() {
        try (CockpitFixture own = CockpitFixture.startOwn(mode(), SHORT)) {
            Instant signedInAt = own.now();
            Users.SignedIn user = Users.signedIn(own);
            Instant expiresAt = Instant.parse(user.api().get("/v1/auth/sessions").json().path("items").get(0)
                    .path("expiresAt").asText());

            own.travel(Duration.ofMinutes(59));
            ApiResponse stillIn = user.api().get("/v1/me");
            own.travel(Duration.ofMinutes(59));
            ApiResponse usedInTheHour = user.api().get("/v1/me");
            own.travel(Duration.ofMinutes(61));
            ApiResponse idleTooLong = user.api().get("/v1/me");

            assertThat(Duration.between(signedInAt, expiresAt)).as("the device list says when")
                    .isBetween(Duration.ofMinutes(59), Duration.ofMinutes(61));
            assertThat(stillIn.status()).isEqualTo(200);
            assertThat(usedInTheHour.status()).isEqualTo(200);
            assertThat(idleTooLong.status()).isEqualTo(401);
        }
    }

    @Test
    void aSessionInUseEndsAtTheConfiguredAbsoluteLifetime() {
        try (CockpitFixture own = CockpitFixture.startOwn(mode(), SHORT)) {
            Users.SignedIn user = Users.signedIn(own);

            for (int i = 0; i < 3; i++) {
                own.travel(Duration.ofMinutes(55));
                assertThat(user.api().get("/v1/me").status()).as("after %d minutes", 55 * (i + 1)).isEqualTo(200);
            }
            own.travel(Duration.ofMinutes(16));

            assertThat(user.api().get("/v1/me").status()).as("after 181 minutes, though used").isEqualTo(401);
        }
    }
}
