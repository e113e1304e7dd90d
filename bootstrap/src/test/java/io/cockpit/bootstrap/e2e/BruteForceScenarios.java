package io.cockpit.bootstrap.e2e;

import org.junit.jupiter.api.Test;

import static io.cockpit.bootstrap.e2e.Users.PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;

/** The brute-force targets of the sign-in issue, each as an attack over real HTTP. */
abstract class BruteForceScenarios extends Scenarios {

    @Test
    void oneAddressGetsTenWrongGuessesAtOneAccountThenWaits() {
        Users.SignedIn user = Users.signedIn(cockpit);
        ApiClient attacker = cockpit.anonymous().from(Unique.address());

        for (int guess = 1; guess <= 10; guess++) {
            assertThat(Users.signIn(attacker, user.email(), "guess number " + guess).status()).isEqualTo(401);
        }
        ApiResponse held = Users.signIn(attacker, user.email(), PASSWORD);

        assertThat(held.status()).isEqualTo(429);
        assertThat(held.code()).isEqualTo("auth.too_many_attempts");
        assertThat(Integer.parseInt(held.header("Retry-After").orElseThrow())).isBetween(3500, 3600);
        assertThat(Users.signIn(cockpit.anonymous().from(Unique.address()), user.email(), PASSWORD).status())
                .isEqualTo(201);
    }

    @Test
    void anAddressFailingAcrossManyAccountsIsBlockedForGoodOnEveryEndpoint() {
        String address = Unique.address();
        ApiClient attacker = cockpit.anonymous().from(address);

        for (int account = 1; account <= 99; account++) {
            assertThat(Users.signIn(attacker, Unique.email(), "summer2026!").status()).isEqualTo(401);
        }
        Users.signIn(attacker, Unique.email(), "summer2026!");

        ApiResponse health = attacker.get("/health/live");
        assertThat(health.status()).isEqualTo(403);
        assertThat(health.code()).isEqualTo("address.blocked");
        assertThat(cockpit.partner().from(address).get("/v1/partner/accounts/crm-1").code()).isEqualTo("address.blocked");
        assertThat(cockpit.anonymous().from(Unique.address()).get("/health/live").status()).isEqualTo(200);
        assertThat(cockpit.operator().get("/v1/operator/blocked-addresses?limit=100").body())
                .contains("\"address\":\"" + address + "/32\"", "\"blockedBy\":\"automatic\"");
    }

    @Test
    void manyAddressesAgainstOneAccountAreHeldButTheUsersOwnAddressStillGetsIn() {
        Users.SignedIn user = Users.signedIn(cockpit);
        ApiClient home = cockpit.anonymous().from(Unique.address());
        assertThat(Users.signIn(home, user.email(), PASSWORD).status()).isEqualTo(201);

        for (int botnet = 1; botnet <= 100; botnet++) {
            assertThat(Users.signIn(cockpit.anonymous().from(Unique.address()), user.email(), "guess " + botnet)
                    .status()).isEqualTo(401);
        }

        ApiResponse fromNewAddress = Users.signIn(cockpit.anonymous().from(Unique.address()), user.email(), PASSWORD);
        assertThat(fromNewAddress.status()).isEqualTo(429);
        assertThat(Users.signIn(home, user.email(), PASSWORD).status()).isEqualTo(201);
    }

    @Test
    void wrongCurrentPasswordsAreThrottledToo() {
        Users.SignedIn user = Users.signedIn(cockpit);
        ApiClient thief = user.api().from(Unique.address());
        String body = "{\"currentPassword\":\"%s\",\"newPassword\":\"stolen session passphrase\"}";

        for (int guess = 1; guess <= 10; guess++) {
            assertThat(thief.send("PUT", "/v1/me/password", body.formatted("guess " + guess),
                    java.util.Map.of("Content-Type", "application/json")).status()).isEqualTo(403);
        }

        assertThat(thief.send("PUT", "/v1/me/password", body.formatted(PASSWORD),
                java.util.Map.of("Content-Type", "application/json")).status()).isEqualTo(429);
    }
}
