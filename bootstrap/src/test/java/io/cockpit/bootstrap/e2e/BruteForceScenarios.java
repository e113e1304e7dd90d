package io.cockpit.bootstrap.e2e;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntFunction;

import static io.cockpit.bootstrap.e2e.Users.PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;

/** The brute-force targets of the sign-in and hardening issues, each as an attack over real HTTP. */
abstract class BruteForceScenarios extends Scenarios {

    /** Sends {@code count} requests at once (each on a thread of its own, released together); the answers in order. */
    static List<ApiResponse> atOnce(int count, IntFunction<ApiResponse> request) {
        try (ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor()) {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<ApiResponse>> answers = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                int n = i;
                answers.add(threads.submit(() -> {
                    start.await();
                    return request.apply(n);
                }));
            }
            start.countDown();
            List<ApiResponse> responses = new ArrayList<>();
            for (Future<ApiResponse> answer : answers) {
                responses.add(answer.get());
            }
            return responses;
        } catch (InterruptedException | ExecutionException e) {
            throw new IllegalStateException(e);
        }
    }

    static long count(List<ApiResponse> answers, int status) {
        return answers.stream().filter(answer -> answer.status() == status).count();
    }

    private static void assertHeldOff(ApiResponse answer) {
        assertThat(answer.code()).isEqualTo("auth.too_many_attempts");
        assertThat(Integer.parseInt(answer.header("Retry-After").orElseThrow())).isBetween(1, 3600);
    }

    private static ApiResponse activate(ApiClient client, String token) {
        return client.post("/v1/auth/activation", "{\"token\":\"" + token + "\",\"password\":\"" + PASSWORD + "\"}");
    }

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

    @Test
    void ofTwoHundredParallelGuessesFromOneAddressAtOneAccountAtMostTenAreChecked() {
        Users.SignedIn user = Users.signedIn(cockpit);
        ApiClient attacker = cockpit.anonymous().from(Unique.address());

        List<ApiResponse> answers = atOnce(200, n -> Users.signIn(attacker, user.email(), "parallel guess " + n));

        assertThat(answers).extracting(ApiResponse::status).isSubsetOf(401, 429, 503);
        assertThat(count(answers, 401)).as("wrong passwords checked").isBetween(1L, 10L);
        // a 503 (every hashing slot taken, on a loaded machine) gives its place back to a later guess
        assertThat(count(answers, 401) + count(answers, 503)).as("admitted").isGreaterThanOrEqualTo(10);
        assertThat(count(answers, 429) + count(answers, 503)).isGreaterThanOrEqualTo(190);
        answers.stream().filter(answer -> answer.status() == 429).forEach(BruteForceScenarios::assertHeldOff);
        // afterwards the right password is held off once ten wrong guesses were checked (a 503 was never checked)
        assertThat(Users.signIn(attacker, user.email(), PASSWORD).status())
                .isEqualTo(count(answers, 401) == 10 ? 429 : 201);
    }

    @Test
    void ofTwoHundredParallelGuessesFromManyAddressesAtOneAccountAtMostAHundredAreChecked() {
        Users.SignedIn user = Users.signedIn(cockpit);

        List<ApiResponse> answers = atOnce(200, n -> Users.signIn(cockpit.anonymous().from(Unique.address()),
                user.email(), "botnet guess " + n));

        assertThat(answers).extracting(ApiResponse::status).isSubsetOf(401, 429, 503);
        assertThat(count(answers, 401)).as("wrong passwords checked").isBetween(1L, 100L);
        assertThat(count(answers, 429) + count(answers, 503)).isGreaterThanOrEqualTo(100);
        answers.stream().filter(answer -> answer.status() == 429).forEach(BruteForceScenarios::assertHeldOff);
    }

    @Test
    void refusedGuessesNeverCountTowardThePermanentBlock() {
        Users.SignedIn user = Users.signedIn(cockpit);
        ApiClient attacker = cockpit.anonymous().from(Unique.address());
        for (int guess = 1; guess <= 10; guess++) {
            assertThat(Users.signIn(attacker, user.email(), "guess number " + guess).status()).isEqualTo(401);
        }

        for (int held = 1; held <= 100; held++) {
            assertHeldOff(Users.signIn(attacker, user.email(), "held guess " + held));
        }

        assertThat(attacker.get("/health/live").status()).isEqualTo(200);
    }

    @Test
    void unknownActivationTokensAreHeldOffPerAddressButNeverBlockIt() {
        ApiClient guesser = cockpit.anonymous().from(Unique.address());
        for (int token = 1; token <= 10; token++) {
            ApiResponse unknown = activate(guesser, "act_" + UUID.randomUUID());
            assertThat(unknown.status()).isEqualTo(400);
            assertThat(unknown.code()).isEqualTo("activation.token_invalid");
        }

        for (int token = 11; token <= 120; token++) {
            assertHeldOff(activate(guesser, "act_" + UUID.randomUUID()));
        }

        assertThat(guesser.get("/health/live").status()).isEqualTo(200);
        Users.Provisioned user = Users.provision(cockpit);
        assertThat(activate(cockpit.anonymous().from(Unique.address()), user.activationToken()).status())
                .as("another address").isEqualTo(201);
    }

    @Test
    void anIpv6AddressIsCountedAsItsSlash64() {
        Users.SignedIn user = Users.signedIn(cockpit);
        String network = Unique.ipv6Network();
        for (int host = 1; host <= 10; host++) {
            assertThat(Users.signIn(cockpit.anonymous().from(network + "::" + host), user.email(), "guess " + host)
                    .status()).isEqualTo(401);
        }

        assertHeldOff(Users.signIn(cockpit.anonymous().from(network + ":ffff:ffff:ffff:fffe"), user.email(),
                PASSWORD));
        assertThat(Users.signIn(cockpit.anonymous().from(Unique.ipv6Network() + "::1"), user.email(), PASSWORD)
                .status()).as("another /64").isEqualTo(201);
    }

    @Test
    void anIpv6NetworkFailingAcrossManyAccountsIsBlockedWhole() {
        String network = Unique.ipv6Network();

        for (int account = 1; account <= 100; account++) {
            assertThat(Users.signIn(cockpit.anonymous().from(network + "::" + Integer.toHexString(account)),
                    Unique.email(), "summer2026!").status()).isEqualTo(401);
        }

        assertThat(cockpit.anonymous().from(network + ":abcd::1").get("/health/live").code())
                .isEqualTo("address.blocked");
        assertThat(cockpit.anonymous().from(Unique.ipv6Network() + "::1").get("/health/live").status())
                .isEqualTo(200);
        assertThat(cockpit.operator().get("/v1/operator/blocked-addresses?limit=100").body())
                .contains("\"address\":\"" + network + "::/64\"", "\"blockedBy\":\"automatic\"");
    }

    @Test
    void aTrustedProxyIsNeverBlockedAutomatically() {
        // the proxy is this test's loopback (cockpit.http.trusted.proxies); a server of its own, so that a block,
        // if the rule failed, would lock out no other test
        try (CockpitFixture own = CockpitFixture.startOwn(mode())) {
            ApiClient proxyItself = own.anonymous();

            for (int account = 1; account <= 100; account++) {
                assertThat(Users.signIn(proxyItself, Unique.email(), "summer2026!").status()).isEqualTo(401);
            }
            assertHeldOff(Users.signIn(proxyItself, Unique.email(), "summer2026!"));

            assertThat(proxyItself.get("/health/live").status()).isEqualTo(200);
            assertThat(own.anonymous().from(Unique.address()).get("/health/live").status()).isEqualTo(200);
            assertThat(own.operator().get("/v1/operator/blocked-addresses").json().path("items")).isEmpty();
        }
    }

    @Test
    void anUnreadableForwardedForIsRefusedNotTakenForTheProxy() {
        for (String header : List.of("unknown", "203.0.113.9, not-an-address", "203.0.113.9:4711")) {
            ApiResponse live = cockpit.anonymous().withHeader("X-Forwarded-For", header).get("/health/live");
            assertThat(live.status()).as(header).isEqualTo(400);
            assertThat(live.code()).isEqualTo("request.bad_forwarded_for");
        }
        ApiResponse signIn = Users.signIn(cockpit.anonymous().withHeader("X-Forwarded-For", "unknown"),
                Unique.email(), PASSWORD);
        assertThat(signIn.code()).isEqualTo("request.bad_forwarded_for");

        assertThat(cockpit.anonymous().withHeader("X-Forwarded-For", "not-an-address, 203.0.113.9")
                .get("/health/live").status()).as("what the client wrote left of its own address is not read")
                .isEqualTo(200);
    }

    @Test
    void whenEveryHashingSlotIsTakenASignInGets503ServerBusyAndOtherRequestsAreAnswered() {
        // one slot, no wait, and hashes slow enough (64 MiB) that parallel sign-ins find the slot taken
        try (CockpitFixture own = CockpitFixture.startOwn(mode(), Map.of(
                "cockpit.passwords.argon2.memory", "65536", "cockpit.passwords.argon2.iterations", "2",
                "cockpit.passwords.pool.size", "1", "cockpit.passwords.pool.wait", "PT0S"))) {
            Users.SignedIn user = Users.signedIn(own);

            List<ApiResponse> answers = atOnce(24, n -> switch (n % 3) {
                case 0 -> Users.signIn(own.anonymous().from(Unique.address()), user.email(), PASSWORD);
                case 1 -> own.anonymous().get("/health/live");
                default -> user.api().get("/v1/auth/sessions");
            });

            List<ApiResponse> signIns = new ArrayList<>();
            for (int i = 0; i < answers.size(); i += 3) {
                signIns.add(answers.get(i));
                assertThat(answers.get(i + 1).status()).as("/health/live").isEqualTo(200);
                assertThat(answers.get(i + 2).status()).as("an authenticated read").isEqualTo(200);
            }
            assertThat(signIns).extracting(ApiResponse::status).isSubsetOf(201, 503);
            List<ApiResponse> busy = signIns.stream().filter(answer -> answer.status() == 503).toList();
            assertThat(busy).isNotEmpty();
            for (ApiResponse answer : busy) {
                assertThat(answer.code()).isEqualTo("server.busy");
                assertThat(answer.header("Retry-After")).contains("1");
            }
            assertThat(Users.signIn(own.anonymous().from(Unique.address()), user.email(), PASSWORD).status())
                    .as("once the slot is free").isEqualTo(201);
        }
    }
}
