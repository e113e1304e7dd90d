package io.cockpit.bootstrap.e2e;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

import static io.cockpit.bootstrap.e2e.Users.PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;

/** Test data: a user with something in every category of the register. */
final class DataEverywhere {

    private DataEverywhere() {
    }

    /** A user with data in every category the register keeps in the relational store for a user. */
    static Users.SignedIn aUser(CockpitFixture cockpit) {
        Users.SignedIn user = Users.signedIn(cockpit);
        ApiClient me = user.api();
        assertThat(Users.signIn(cockpit.anonymous().from(Unique.address()), user.email(), PASSWORD).status())
                .isEqualTo(201);
        assertThat(me.put("/v1/me/settings", "{\"language\":\"en\",\"timeZone\":\"Europe/Berlin\","
                + "\"dailyGoals\":{\"message_sent\":30}}", "*").status()).isEqualTo(200);
        assertThat(me.put("/v1/me/privacy", "{\"errorReporting\":true,\"statistics\":true,"
                + "\"analyticsIdentification\":false}", "*").status()).isEqualTo(200);
        assertThat(me.post("/v1/me/statistics/events", "{\"events\":[{\"action\":\"message_sent\",\"occurredAt\":\""
                + cockpit.now() + "\"},{\"action\":\"meeting_booked\",\"occurredAt\":\"" + cockpit.now() + "\"}]}")
                .status()).as("statistics, recorded before the restriction").isEqualTo(202);
        assertThat(me.put("/v1/me/restriction", null, null).status()).isIn(200, 201, 204);
        assertThat(me.post("/v1/me/templates", "{\"name\":\"First contact\",\"body\":\"Hello {{firstName}}\"}")
                .status()).isEqualTo(201);
        assertThat(me.post("/v1/me/tags", "{\"name\":\"Hot\",\"colour\":\"#1e88e5\"}").status()).isEqualTo(201);
        assertThat(me.post("/v1/me/categories", "{\"name\":\"Customers\",\"colour\":\"#1e88e5\",\"priority\":8}")
                .status()).isEqualTo(201);
        assertThat(me.get("/v1/auth/sessions").status()).isEqualTo(200);
        assertThat(cockpit.anonymous().from(Unique.address()).post("/v1/auth/password-reset",
                "{\"email\":\"" + user.email() + "\"}").status()).isEqualTo(202);
        assertThat(cockpit.operator().get("/v1/operator/accounts?email=" + user.email()).status()).isEqualTo(200);
        assertThat(cockpit.operator().post("/v1/operator/data-subject-requests", "{\"userId\":\"" + user.userId()
                + "\",\"type\":\"erasure\",\"receivedAt\":\"" + Instant.now().minusSeconds(60)
                + "\",\"note\":\"Asked by e-mail to erase everything.\"}").status()).isEqualTo(201);
        String trackingId = me.get("/v1/me").json().path("trackingId").asText();
        assertThat(cockpit.operator().post("/v1/operator/identifications", "{\"trackingId\":\"" + trackingId
                + "\",\"reason\":\"legal_claim\",\"note\":\"Claim of 2 December about spam.\"}").status())
                .isEqualTo(201);
        giveLinkedInData(me);
        assertThat(StoredRows.await(() -> new StoredRows(cockpit).ofUser("password_reset_token", user.userId()) == 1))
                .as("the reset link, made after the answer").isTrue();
        assertThat(cockpit.operator().put("/v1/operator/accounts/" + user.userId() + "/legal-hold",
                "{\"reason\":\"Tax audit 2026\"}", null).status()).isEqualTo(200);
        return user;
    }

    /** The own profile, two contacts (one forgotten: a suppression), a chat, a snooze and a dismissal. */
    private static void giveLinkedInData(ApiClient me) {
        Instant t = Instant.now().minusSeconds(3600).truncatedTo(ChronoUnit.MILLIS);
        String own = LinkedInData.profileUrn();
        String jana = LinkedInData.profileUrn();
        String gone = LinkedInData.profileUrn();
        String chat = LinkedInData.conversationUrn();
        assertThat(me.put("/v1/me/linkedin/profile", LinkedInData.profile(own, "Sam", "Seller", t), null).status())
                .isEqualTo(200);
        var contacts = me.post("/v1/me/linkedin/contacts", LinkedInData.contacts(List.of(
                LinkedInData.contact(jana, "Jana", "Schmidt", "Acme", "jana-" + jana.hashCode(), t),
                LinkedInData.contact(gone, "Gone", "Person", "Acme", "gone-" + gone.hashCode(), t)), List.of()));
        assertThat(contacts.status()).isEqualTo(200);
        assertThat(me.post("/v1/me/linkedin/conversations", LinkedInData.chats(
                List.of(LinkedInData.conversation(chat, t, own, jana)),
                List.of(LinkedInData.message(LinkedInData.messageUrn(), chat, jana, t, "Hallo Sam")))).status())
                .isEqualTo(200);
        assertThat(me.delete("/v1/me/contacts/" + contacts.json().path("contacts").get(1).path("id").asText())
                .status()).isEqualTo(204);
        String janaId = contacts.json().path("contacts").get(0).path("id").asText();
        assertThat(me.post("/v1/me/next-contacts/" + janaId + "/snooze", "{\"until\":\""
                + Instant.now().plusSeconds(86_400) + "\"}").status()).isEqualTo(200);
        assertThat(me.post("/v1/me/next-contacts/" + janaId + "/dismiss", "{\"reason\":\"reply_due\"}").status())
                .isEqualTo(200);
    }
}
