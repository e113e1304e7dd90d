package io.cockpit.bootstrap.e2e;

import io.cockpit.application.testing.NeedsRealServers;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static io.cockpit.bootstrap.e2e.Unique.provisionBody;
import static org.assertj.core.api.Assertions.assertThat;

/** Nothing personal reaches Redis or the logs; proven by looking at what was stored and written. */
@NeedsRealServers
class PrivacyProductionTest {

    /** Every key Cockpit writes: a kind, then a keyed hash or the SHA-256 of a random token or User-ID. */
    private static final String PSEUDONYMOUS_KEY =
            "cockpit:(idem|attempts|session|session-list|session-revision|session-user|session-ended):[0-9a-f]{64}";

    private final CockpitFixture cockpit = CockpitFixture.get(CockpitFixture.Mode.PRODUCTION);

    @Test
    void redisHoldsNoPersonalDataAfterAnIdempotentProvisioning() {
        String externalId = Unique.id("privacyref");
        String email = Unique.email();
        String name = "Privacy Person " + externalId;
        String key = "idem-" + externalId;

        ApiResponse created = cockpit.partner().post("/v1/partner/accounts",
                provisionBody(externalId, email, name, "active"), Map.of("Idempotency-Key", key));
        String token = created.json().path("activationToken").asText();
        String userId = created.json().path("userId").asText();

        Map<String, String> redis = cockpit.redisContents();
        assertThat(redis).isNotEmpty();
        String everything = String.join("\n", redis.keySet()) + "\n" + String.join("\n", redis.values());
        assertThat(everything).doesNotContainIgnoringCase(email)
                .doesNotContain(name, externalId, token, token.substring(4), userId, key, "acme");
        assertThat(redis.keySet()).anyMatch(k -> k.startsWith("cockpit:idem:"));
        assertThat(redis.keySet()).allMatch(k -> k.matches(PSEUDONYMOUS_KEY));
    }

    @Test
    void afterABruteForceAttackRedisHoldsNeitherEmailNorAddress() {
        Users.SignedIn user = Users.signedIn(cockpit);
        user.api().get("/v1/auth/sessions");
        String address = Unique.address();
        ApiClient attacker = cockpit.anonymous().from(address);
        for (int guess = 0; guess < 12; guess++) {
            Users.signIn(attacker, user.email(), "guess " + guess);
        }
        Users.signIn(attacker, Unique.email(), "guess");

        Map<String, String> redis = cockpit.redisContents();
        String everything = String.join("\n", redis.keySet()) + "\n" + String.join("\n", redis.values());
        assertThat(redis.keySet()).anyMatch(key -> key.startsWith("cockpit:attempts:"));
        assertThat(redis.keySet()).anyMatch(key -> key.startsWith("cockpit:session:"));
        assertThat(redis.keySet()).anyMatch(key -> key.startsWith("cockpit:session-list:"));
        assertThat(redis.keySet()).allMatch(key -> key.matches(PSEUDONYMOUS_KEY));
        assertThat(everything).doesNotContainIgnoringCase(user.email()).doesNotContain(address, user.token(),
                user.token().substring(4), "Sam Seller");
    }

    @Test
    void theAccessLogNamesNoPersonOrAddress() {
        String externalId = Unique.id("logref");
        String email = Unique.email();
        try (LogCapture log = new LogCapture()) {
            cockpit.partner().post("/v1/partner/accounts", provisionBody(externalId, email, "Log Person", "active"));
            cockpit.partner().get("/v1/partner/accounts/" + externalId + "?email=" + email);
            cockpit.partner().post("/v1/partner/accounts", provisionBody(externalId, "bad-address", "X", "active"));

            List<String> access = log.awaitLines("io.cockpit.access", 3);
            assertThat(access).hasSizeGreaterThanOrEqualTo(3);
            assertThat(log.lines()).allSatisfy(line -> assertThat(line)
                    .doesNotContain(externalId, email, "Log Person", "bad-address", "127.0.0.1"));
        }
    }
}
