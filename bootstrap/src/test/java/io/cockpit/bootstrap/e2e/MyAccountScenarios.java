package io.cockpit.bootstrap.e2e;

import io.cockpit.adapters.mysql.account.JdbiAccountRepository;
import com.fasterxml.jackson.databind.JsonNode;
import io.cockpit.adapters.mysql.RelationalStore;
import io.cockpit.domain.account.UserId;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code GET /v1/me}: what the signed-in user sees of the account. */
abstract class MyAccountScenarios extends Scenarios {

    @Test
    void theUserSeesTheirTrackingIdButNeverTheStatisticsId() {
        Users.SignedIn user = Users.signedIn(cockpit);

        ApiResponse me = user.api().get("/v1/me");

        assertThat(me.status()).isEqualTo(200);
        JsonNode account = me.json();
        assertThat(account.path("userId").asText()).isEqualTo(user.userId());
        assertThat(account.path("email").asText()).isEqualTo(user.email());
        assertThat(account.path("name").asText()).isEqualTo("Sam Seller");
        assertThat(account.path("contractStatus").asText()).isEqualTo("active");
        assertThat(account.path("notices")).isEmpty();
        try (RelationalStore store = cockpit.openStore()) {
            var stored = store.repository(JdbiAccountRepository::new).findById(new UserId(user.userId())).orElseThrow();
            assertThat(account.path("trackingId").asText()).isEqualTo(stored.trackingId().value());
            assertThat(me.body()).doesNotContain(stored.statisticsId().value());
        }
        assertThat(account.has("statisticsId")).isFalse();
    }

    @Test
    void anOverduePaymentIsANoticeInTheUsersLanguage() {
        Users.SignedIn user = Users.signedIn(cockpit);
        cockpit.partner().patch("/v1/partner/accounts/" + user.externalId(), "{\"contractStatus\":\"payment_overdue\"}");

        JsonNode german = user.api().get("/v1/me").json();
        user.api().put("/v1/me/settings", "{\"language\":\"en\",\"timeZone\":\"Europe/Berlin\",\"dailyGoals\":{}}", "*");
        JsonNode english = user.api().get("/v1/me").json();

        assertThat(german.path("contractStatus").asText()).isEqualTo("payment_overdue");
        assertThat(german.path("notices")).hasSize(1);
        assertThat(german.path("notices").get(0).path("code").asText()).isEqualTo("contract.payment_overdue");
        assertThat(german.path("notices").get(0).path("text").asText()).startsWith("Ihre Zahlung ist überfällig");
        assertThat(english.path("notices").get(0).path("text").asText()).startsWith("Your payment is overdue");
    }

    @Test
    void withoutASessionThereIsNoAccountToSee() {
        assertThat(cockpit.anonymous().get("/v1/me").status()).isEqualTo(401);
        assertThat(cockpit.partner().get("/v1/me").status()).isEqualTo(401);
    }

    @Test
    void theUserCorrectsTheirNameAndThePartnerSeesIt() {
        Users.SignedIn user = Users.signedIn(cockpit);

        ApiResponse corrected = user.api().patch("/v1/me", "{\"name\":\"  Samantha Seller \"}");

        assertThat(corrected.status()).isEqualTo(200);
        assertThat(corrected.json().path("name").asText()).isEqualTo("Samantha Seller");
        assertThat(corrected.json().path("email").asText()).isEqualTo(user.email());
        assertThat(user.api().get("/v1/me").json().path("name").asText()).isEqualTo("Samantha Seller");
        assertThat(cockpit.partner().get("/v1/partner/accounts/" + user.externalId()).json().path("name").asText())
                .isEqualTo("Samantha Seller");
    }

    @Test
    void anEmptyPatchChangesNothing() {
        Users.SignedIn user = Users.signedIn(cockpit);

        ApiResponse unchanged = user.api().patch("/v1/me", "{}");

        assertThat(unchanged.status()).isEqualTo(200);
        assertThat(unchanged.json().path("name").asText()).isEqualTo("Sam Seller");
    }

    @Test
    void theContractDataAndTheLoginStayThePartners() {
        Users.SignedIn user = Users.signedIn(cockpit);

        ApiResponse email = user.api().patch("/v1/me", "{\"email\":\"new@example.com\"}");
        ApiResponse status = user.api().patch("/v1/me", "{\"name\":\"X\",\"contractStatus\":\"active\"}");

        assertThat(email.status()).isEqualTo(422);
        assertThat(email.errorPointers()).containsExactly("body:/email");
        assertThat(status.errorPointers()).containsExactly("body:/contractStatus");
        assertThat(user.api().get("/v1/me").json().path("name").asText()).isEqualTo("Sam Seller");
        assertThat(user.api().get("/v1/me").json().path("email").asText()).isEqualTo(user.email());
    }

    @Test
    void aBadNameIsNamedAndChangesNothing() {
        Users.SignedIn user = Users.signedIn(cockpit);

        ApiResponse blank = user.api().patch("/v1/me", "{\"name\":\"   \"}");
        ApiResponse nothing = user.api().patch("/v1/me", "{\"name\":null}");
        ApiResponse control = user.api().patch("/v1/me", "{\"name\":\"Sam\\u0007\"}");
        ApiResponse reversed = user.api().patch("/v1/me", "{\"name\":\"Bob\\u202eBauer\"}");

        assertThat(blank.status()).isEqualTo(422);
        assertThat(blank.errorPointers()).containsExactly("body:/name");
        assertThat(nothing.errorPointers()).containsExactly("body:/name");
        assertThat(control.errorPointers()).containsExactly("body:/name");
        assertThat(reversed.errorPointers()).as("shown as Bob reuaB").containsExactly("body:/name");
        assertThat(user.api().get("/v1/me").json().path("name").asText()).isEqualTo("Sam Seller");
    }

    @Test
    void oneUsersCorrectionIsNotAnothers() {
        Users.SignedIn alice = Users.signedIn(cockpit);
        Users.SignedIn bob = Users.signedIn(cockpit);

        alice.api().patch("/v1/me", "{\"name\":\"Alice\"}");

        assertThat(bob.api().get("/v1/me").json().path("name").asText()).isEqualTo("Sam Seller");
        assertThat(cockpit.anonymous().patch("/v1/me", "{\"name\":\"Mallory\"}").status()).isEqualTo(401);
        assertThat(cockpit.partner().patch("/v1/me", "{\"name\":\"Mallory\"}").status()).isEqualTo(401);
    }
}
