package io.cockpit.bootstrap.e2e;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Users made the way real ones are: the partner provisions, the user activates with the token. */
final class Users {

    static final String PASSWORD = "correct horse battery staple";

    private Users() {
    }

    /** A user who exists but has not activated yet; the activation token is handed out. */
    record Provisioned(String externalId, String email, String userId, String activationToken) {
    }

    /** A signed-in user with a bearer session. */
    record SignedIn(String externalId, String email, String userId, String token, String sessionId, ApiClient api) {
    }

    static Provisioned provision(CockpitFixture cockpit) {
        String externalId = Unique.id("user");
        String email = Unique.email();
        ApiResponse created = cockpit.partner().post("/v1/partner/accounts",
                Unique.provisionBody(externalId, email, "Sam Seller", "active"));
        assertThat(created.status()).isEqualTo(201);
        return new Provisioned(externalId, email, created.json().path("userId").asText(),
                created.json().path("activationToken").asText());
    }

    static SignedIn signedIn(CockpitFixture cockpit) {
        Provisioned user = provision(cockpit);
        ApiResponse activated = cockpit.anonymous().post("/v1/auth/activation",
                "{\"token\":\"" + user.activationToken() + "\",\"password\":\"" + PASSWORD + "\"}");
        assertThat(activated.status()).isEqualTo(201);
        String token = activated.json().path("token").asText();
        return new SignedIn(user.externalId(), user.email(), user.userId(), token,
                activated.json().path("sessionId").asText(), cockpit.anonymous().withBearer(token));
    }

    static ApiResponse signIn(ApiClient client, String email, String password) {
        return client.post("/v1/auth/sessions", "{\"email\":\"" + email + "\",\"password\":\"" + password + "\"}",
                Map.of());
    }
}
