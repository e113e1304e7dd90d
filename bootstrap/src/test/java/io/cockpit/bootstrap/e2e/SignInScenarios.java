package io.cockpit.bootstrap.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import io.cockpit.application.testing.Race;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import static io.cockpit.bootstrap.e2e.Users.PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** Activation, sign-in, sessions and password change over real HTTP, every response checked against the contract. */
abstract class SignInScenarios extends Scenarios {

    private ApiResponse activate(String token, String password) {
        return cockpit.anonymous().from(Unique.address()).post("/v1/auth/activation",
                "{\"token\":\"" + token + "\",\"password\":\"" + password + "\"}");
    }

    @Test
    void activationSetsThePasswordAndStartsASession() {
        Users.Provisioned user = Users.provision(cockpit);

        ApiResponse activated = activate(user.activationToken(), PASSWORD);

        assertThat(activated.status()).isEqualTo(201);
        assertThat(activated.json().path("token").asText()).matches("ses_[A-Za-z0-9_-]{43}");
        assertThat(Instant.parse(activated.json().path("expiresAt").asText()))
                .isCloseTo(cockpit.now().plus(Duration.ofDays(30)), within(Duration.ofMinutes(1)));
        ApiClient signedIn = cockpit.anonymous().withBearer(activated.json().path("token").asText());
        assertThat(signedIn.get("/v1/auth/sessions").status()).isEqualTo(200);
        assertThat(Users.signIn(cockpit.anonymous().from(Unique.address()), user.email(), PASSWORD).status())
                .isEqualTo(201);
    }

    @Test
    void anActivationTokenWorksOnceAndUnknownOrUsedTokensGetOneAnswer() {
        Users.Provisioned user = Users.provision(cockpit);
        activate(user.activationToken(), PASSWORD);

        ApiResponse used = activate(user.activationToken(), PASSWORD);
        ApiResponse unknown = activate("act_" + "x".repeat(43), PASSWORD);

        assertThat(used.status()).isEqualTo(400);
        assertThat(used.code()).isEqualTo("activation.token_invalid");
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(withoutInstance(unknown.json())).isEqualTo(withoutInstance(used.json()));
    }

    @Test
    @TimeTravel
    void anExpiredActivationTokenIsRefusedLikeAnUnknownOne() {
        Users.Provisioned user = Users.provision(cockpit);

        cockpit.travel(Duration.ofDays(7));
        ApiResponse expired = activate(user.activationToken(), PASSWORD);

        assertThat(expired.status()).isEqualTo(400);
        assertThat(expired.code()).isEqualTo("activation.token_invalid");
    }

    @Test
    void aBadPasswordIsNamedAndTheTokenStillWorks() {
        Users.Provisioned user = Users.provision(cockpit);

        ApiResponse tooShort = activate(user.activationToken(), "short");
        ApiResponse common = activate(user.activationToken(), "qwerty123456");
        ApiResponse email = activate(user.activationToken(), user.email());

        assertThat(tooShort.status()).isEqualTo(422);
        assertThat(tooShort.errorPointers()).containsExactly("body:/password");
        assertThat(common.json().path("errors").get(0).path("code").asText()).isEqualTo("password.too_common");
        assertThat(email.json().path("errors").get(0).path("code").asText()).isEqualTo("password.is_email");
        assertThat(activate(user.activationToken(), PASSWORD).status()).isEqualTo(201);
    }

    @Test
    void aWrongPasswordAndAnUnknownAddressGetTheSameAnswer() {
        Users.SignedIn user = Users.signedIn(cockpit);
        ApiClient client = cockpit.anonymous().from(Unique.address());

        ApiResponse wrongPassword = Users.signIn(client, user.email(), "not the password at all");
        ApiResponse unknownEmail = Users.signIn(client, Unique.email(), "not the password at all");
        ApiResponse notAnEmail = Users.signIn(client, "nobody", "not the password at all");

        assertThat(wrongPassword.status()).isEqualTo(401);
        assertThat(wrongPassword.code()).isEqualTo("auth.sign_in_failed");
        assertThat(withoutInstance(unknownEmail.json())).isEqualTo(withoutInstance(wrongPassword.json()));
        assertThat(withoutInstance(notAnEmail.json())).isEqualTo(withoutInstance(wrongPassword.json()));
        assertThat(unknownEmail.status()).isEqualTo(401);
    }

    @Test
    void signInIsCaseInsensitiveForTheEmailAddress() {
        Users.SignedIn user = Users.signedIn(cockpit);

        assertThat(Users.signIn(cockpit.anonymous().from(Unique.address()), user.email().toUpperCase(), PASSWORD)
                .status()).isEqualTo(201);
    }

    @Test
    void cancellingTheContractEndsEverySessionAtOnceAndSignInIsRefused() {
        Users.SignedIn user = Users.signedIn(cockpit);
        assertThat(user.api().get("/v1/auth/sessions").status()).isEqualTo(200);

        cockpit.partner().patch("/v1/partner/accounts/" + user.externalId(), "{\"contractStatus\":\"cancelled\"}");

        assertThat(user.api().get("/v1/auth/sessions").status()).isEqualTo(401);
        ApiResponse archived = Users.signIn(cockpit.anonymous().from(Unique.address()), user.email(), PASSWORD);
        assertThat(archived.status()).isEqualTo(403);
        assertThat(archived.code()).isEqualTo("account.archived");
        assertThat(archived.json().path("deletionDueAt").asText()).isNotEmpty();
    }

    @Test
    void paymentOverdueKeepsAccess() {
        Users.SignedIn user = Users.signedIn(cockpit);

        cockpit.partner().patch("/v1/partner/accounts/" + user.externalId(), "{\"contractStatus\":\"payment_overdue\"}");

        assertThat(user.api().get("/v1/auth/sessions").status()).isEqualTo(200);
        assertThat(Users.signIn(cockpit.anonymous().from(Unique.address()), user.email(), PASSWORD).status())
                .isEqualTo(201);
    }

    @Test
    void myDevicesListsEverySessionMarksTheCurrentOneAndNeverShowsATokenTwice() {
        Users.SignedIn user = Users.signedIn(cockpit);
        ApiResponse phone = cockpit.anonymous().from(Unique.address())
                .withHeader("User-Agent", "Mozilla/5.0 (iPhone; CPU iPhone OS 17_0 like Mac OS X) Safari/604.1")
                .post("/v1/auth/sessions", "{\"email\":\"" + user.email() + "\",\"password\":\"" + PASSWORD + "\"}");

        ApiResponse list = user.api().get("/v1/auth/sessions");

        JsonNode items = list.json().path("items");
        assertThat(items).hasSize(2);
        assertThat(list.body()).doesNotContain(user.token(), phone.json().path("token").asText());
        assertThat(items.get(0).path("id").asText()).isEqualTo(phone.json().path("sessionId").asText());
        assertThat(items.get(0).path("device").asText()).isEqualTo("Safari on iPhone");
        assertThat(items.get(0).path("current").asBoolean()).isFalse();
        assertThat(items.get(1).path("current").asBoolean()).isTrue();
        assertThat(list.json().path("nextCursor").isNull()).isTrue();
        for (JsonNode device : items) {
            assertThat(Instant.parse(device.path("lastSeenAt").asText()))
                    .isAfterOrEqualTo(Instant.parse(device.path("createdAt").asText()));
        }
    }

    @Test
    void sessionsPageWithInclusiveLimitsAndOpaqueCursors() {
        Users.SignedIn user = Users.signedIn(cockpit);
        Users.signIn(cockpit.anonymous().from(Unique.address()), user.email(), PASSWORD);

        ApiResponse first = user.api().get("/v1/auth/sessions?limit=1");
        ApiResponse second = user.api().get("/v1/auth/sessions?limit=1&cursor=" + first.json().path("nextCursor").asText());

        assertThat(first.json().path("items")).hasSize(1);
        assertThat(second.json().path("items")).hasSize(1);
        assertThat(second.json().path("items").get(0).path("id")).isNotEqualTo(first.json().path("items").get(0).path("id"));
        assertThat(second.json().path("nextCursor").isNull()).isTrue();
        assertThat(user.api().get("/v1/auth/sessions?limit=100").status()).isEqualTo(200);
        assertThat(user.api().get("/v1/auth/sessions?limit=101").errorPointers()).containsExactly("query:/limit");
        assertThat(user.api().get("/v1/auth/sessions?limit=0").status()).isEqualTo(400);
        assertThat(user.api().get("/v1/auth/sessions?limit=ten").status()).isEqualTo(400);
        assertThat(user.api().get("/v1/auth/sessions?cursor=bm90LWEtY3Vyc29y").code()).isEqualTo("request.invalid_cursor");
    }

    @Test
    void aDeviceCanBeSignedOutAndAnotherUserCannotTouchIt() {
        Users.SignedIn user = Users.signedIn(cockpit);
        ApiResponse other = Users.signIn(cockpit.anonymous().from(Unique.address()), user.email(), PASSWORD);
        String otherSession = other.json().path("sessionId").asText();
        ApiClient otherDevice = cockpit.anonymous().withBearer(other.json().path("token").asText());
        Users.SignedIn stranger = Users.signedIn(cockpit);

        ApiResponse strangerTries = stranger.api().delete("/v1/auth/sessions/" + otherSession);
        assertThat(strangerTries.status()).isEqualTo(404);
        assertThat(strangerTries.code()).isEqualTo("session.not_found");
        assertThat(otherDevice.get("/v1/auth/sessions").status()).isEqualTo(200);
        assertThat(stranger.api().get("/v1/auth/sessions").body()).doesNotContain(otherSession);

        assertThat(user.api().delete("/v1/auth/sessions/" + otherSession).status()).isEqualTo(204);
        assertThat(otherDevice.get("/v1/auth/sessions").status()).isEqualTo(401);
        assertThat(user.api().delete("/v1/auth/sessions/" + otherSession).status()).isEqualTo(404);
        assertThat(user.api().get("/v1/auth/sessions").status()).isEqualTo(200);
    }

    @Test
    void signingOutEndsTheSession() {
        Users.SignedIn user = Users.signedIn(cockpit);

        assertThat(user.api().delete("/v1/auth/sessions/current").status()).isEqualTo(204);
        ApiResponse after = user.api().get("/v1/auth/sessions");
        assertThat(after.status()).isEqualTo(401);
        assertThat(after.code()).isEqualTo("auth.credentials_invalid");
    }

    @Test
    void signingOutTwiceAtOnceIsSignedOutTwice() throws InterruptedException {
        for (int round = 0; round < 6; round++) {
            Users.SignedIn user = Users.signedIn(cockpit);

            List<Race.Outcome<ApiResponse>> answers =
                    Race.run(12, () -> user.api().delete("/v1/auth/sessions/current"));

            assertThat(answers).extracting(answer -> answer.value().status()).as("204, or 401 once it has ended")
                    .isSubsetOf(204, 401).contains(204);
            assertThat(user.api().get("/v1/auth/sessions").status()).as("round %d", round).isEqualTo(401);
        }
    }

    @Test
    void theSpaGetsAStrictHttpOnlyCookieAndMustProveItIsNotAForm() {
        Users.SignedIn user = Users.signedIn(cockpit);
        ApiResponse signedIn = cockpit.anonymous().from(Unique.address()).post("/v1/auth/sessions",
                "{\"email\":\"" + user.email() + "\",\"password\":\"" + PASSWORD + "\",\"cookie\":true}");

        String setCookie = signedIn.header("Set-Cookie").orElseThrow();
        assertThat(signedIn.status()).isEqualTo(201);
        assertThat(signedIn.json().path("token").isNull()).isTrue();
        assertThat(setCookie).startsWith("__Host-cockpit_session=ses_")
                .contains("; Path=/", "; HttpOnly", "; Secure", "; SameSite=Strict", "; Max-Age=7776000");
        ApiClient spa = cockpit.anonymous().withHeader("Cookie", setCookie.substring(0, setCookie.indexOf(';')));

        assertThat(spa.get("/v1/auth/sessions").status()).isEqualTo(200);
        ApiResponse forged = spa.delete("/v1/auth/sessions/current");
        assertThat(forged.status()).isEqualTo(403);
        assertThat(forged.code()).isEqualTo("auth.csrf_header_missing");
        assertThat(spa.get("/v1/auth/sessions").status()).isEqualTo(200);

        ApiResponse signedOut = spa.withHeader("X-Requested-With", "XMLHttpRequest").delete("/v1/auth/sessions/current");
        assertThat(signedOut.status()).isEqualTo(204);
        assertThat(signedOut.header("Set-Cookie")).hasValueSatisfying(v -> assertThat(v).contains("Max-Age=0"));
        assertThat(spa.get("/v1/auth/sessions").status()).isEqualTo(401);
    }

    @Test
    void changingThePasswordEndsEveryOtherSession() {
        Users.SignedIn user = Users.signedIn(cockpit);
        ApiResponse laptop = Users.signIn(cockpit.anonymous().from(Unique.address()), user.email(), PASSWORD);
        ApiClient laptopApi = cockpit.anonymous().withBearer(laptop.json().path("token").asText());
        String newPassword = "a much better passphrase 42";

        ApiResponse wrong = user.api().send("PUT", "/v1/me/password",
                "{\"currentPassword\":\"nope nope nope\",\"newPassword\":\"" + newPassword + "\"}",
                Map.of("Content-Type", "application/json"));
        ApiResponse weak = user.api().send("PUT", "/v1/me/password",
                "{\"currentPassword\":\"" + PASSWORD + "\",\"newPassword\":\"1qaz2wsx3edc\"}",
                Map.of("Content-Type", "application/json"));
        ApiResponse changed = user.api().send("PUT", "/v1/me/password",
                "{\"currentPassword\":\"" + PASSWORD + "\",\"newPassword\":\"" + newPassword + "\"}",
                Map.of("Content-Type", "application/json"));

        assertThat(wrong.status()).isEqualTo(403);
        assertThat(wrong.code()).isEqualTo("auth.current_password_wrong");
        assertThat(weak.status()).isEqualTo(422);
        assertThat(weak.errorPointers()).containsExactly("body:/newPassword");
        assertThat(changed.status()).isEqualTo(204);
        assertThat(user.api().get("/v1/auth/sessions").status()).isEqualTo(200);
        assertThat(laptopApi.get("/v1/auth/sessions").status()).isEqualTo(401);
        ApiClient client = cockpit.anonymous().from(Unique.address());
        assertThat(Users.signIn(client, user.email(), PASSWORD).status()).isEqualTo(401);
        assertThat(Users.signIn(client, user.email(), newPassword).status()).isEqualTo(201);
    }

    private static JsonNode withoutInstance(JsonNode problem) {
        ((com.fasterxml.jackson.databind.node.ObjectNode) problem).remove("instance");
        return problem;
    }
}
