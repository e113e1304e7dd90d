package io.cockpit.bootstrap.e2e;

import io.cockpit.application.port.out.register.ExportedItem;
import io.cockpit.application.port.out.register.PersonalDataStore;
import io.cockpit.domain.access.TokenHash;
import io.cockpit.domain.account.UserId;
import io.cockpit.domain.register.PersonalDataCategory;
import io.cockpit.domain.register.StoreKind;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static io.cockpit.bootstrap.e2e.Users.PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The stores behind the register of the running server, on a user with data in every category: each exports what it
 * holds of the user, and once every store has erased the user (the account last) and the audit log has pseudonymised
 * the user, no column of any table and no Redis key or value holds the User-ID, the e-mail address or the
 * Tracking-ID. (The erasure itself, with its requests, receipts and order of work, is the erasure engine's; this proves
 * the stores it will walk.)
 */
abstract class PersonalDataStoresScenarios extends Scenarios {

    /** A user with data in every category the register keeps in the relational store for a user. */
    private Users.SignedIn aUserWithDataEverywhere() {
        Users.SignedIn user = Users.signedIn(cockpit);
        ApiClient me = user.api();
        assertThat(Users.signIn(cockpit.anonymous().from(Unique.address()), user.email(), PASSWORD).status())
                .isEqualTo(201);
        assertThat(me.put("/v1/me/settings", "{\"language\":\"en\",\"timeZone\":\"Europe/Berlin\","
                + "\"dailyGoals\":{\"message_sent\":30}}", "*").status()).isEqualTo(200);
        assertThat(me.put("/v1/me/privacy", "{\"errorReporting\":true,\"statistics\":true,"
                + "\"analyticsIdentification\":false}", "*").status()).isEqualTo(200);
        assertThat(me.put("/v1/me/restriction", null, null).status()).isIn(200, 201, 204);
        assertThat(me.post("/v1/me/templates", "{\"name\":\"First contact\",\"body\":\"Hello {{firstName}}\"}")
                .status()).isEqualTo(201);
        assertThat(me.post("/v1/me/tags", "{\"name\":\"Hot\",\"colour\":\"#1e88e5\"}").status()).isEqualTo(201);
        assertThat(me.post("/v1/me/categories", "{\"name\":\"Customers\",\"colour\":\"#1e88e5\",\"priority\":8}")
                .status()).isEqualTo(201);
        assertThat(me.get("/v1/auth/sessions").status()).isEqualTo(200);
        giveLinkedInDataAndFeedback(me);
        assertThat(cockpit.anonymous().from(Unique.address()).post("/v1/auth/password-reset",
                "{\"email\":\"" + user.email() + "\"}").status()).isEqualTo(202);
        assertThat(cockpit.operator().get("/v1/operator/accounts?email=" + user.email()).status()).isEqualTo(200);
        assertThat(cockpit.operator().post("/v1/operator/data-subject-requests", "{\"userId\":\"" + user.userId()
                + "\",\"type\":\"erasure\",\"receivedAt\":\"" + Instant.now().minusSeconds(60)
                + "\",\"note\":\"Asked by e-mail to erase everything.\"}").status()).isEqualTo(201);
        assertThat(StoredRows.await(() -> new StoredRows(cockpit).ofUser("password_reset_token", user.userId()) == 1))
                .as("the reset link, made after the answer").isTrue();
        return user;
    }

    /** A synced profile, two contacts (one forgotten: a suppression), a chat, a snooze and a dismissal. */
    private static void giveLinkedInDataAndFeedback(ApiClient me) {
        Instant t = Instant.now().truncatedTo(java.time.temporal.ChronoUnit.MILLIS).minusSeconds(3600);
        String mine = LinkedInData.profileUrn();
        String jana = LinkedInData.profileUrn();
        String max = LinkedInData.profileUrn();
        String chat = LinkedInData.conversationUrn();
        assertThat(me.put("/v1/me/linkedin/profile", LinkedInData.profile(mine, "Sam", "Seller", t), null).status())
                .isEqualTo(200);
        ApiResponse contacts = me.post("/v1/me/linkedin/contacts", LinkedInData.contacts(List.of(
                LinkedInData.contact(jana, "Jana", "Schmidt", "Acme", null, t),
                LinkedInData.contact(max, "Max", "Muster", "Beta", "max-muster-" + max.hashCode(), t)), List.of()));
        assertThat(contacts.status()).isEqualTo(200);
        assertThat(me.post("/v1/me/linkedin/conversations", LinkedInData.chats(List.of(LinkedInData.conversation(chat,
                t, mine, jana)), List.of(LinkedInData.message(LinkedInData.messageUrn(), chat, jana, t, "Hallo"))))
                .status()).isEqualTo(200);
        String janaId = contacts.json().path("contacts").get(0).path("id").asText();
        String maxId = contacts.json().path("contacts").get(1).path("id").asText();
        assertThat(me.delete("/v1/me/contacts/" + maxId).status()).isEqualTo(204);
        assertThat(me.post("/v1/me/next-contacts/" + janaId + "/snooze", "{\"until\":\""
                + Instant.now().plusSeconds(86_400) + "\"}").status()).isEqualTo(200);
        assertThat(me.post("/v1/me/next-contacts/" + janaId + "/dismiss", "{\"reason\":\"reply_due\"}").status())
                .isEqualTo(200);
    }

    private Map<String, List<ExportedItem>> exportOf(UserId user) {
        Map<String, List<ExportedItem>> exported = new LinkedHashMap<>();
        for (PersonalDataStore store : cockpit.registerStores().stores()) {
            store.export(user, item -> exported.computeIfAbsent(store.category(), c -> new ArrayList<>()).add(item));
        }
        return exported;
    }

    @Test
    void everyRelationalCategoryOfTheUserIsExported() {
        Users.SignedIn user = aUserWithDataEverywhere();

        Map<String, List<ExportedItem>> exported = exportOf(new UserId(user.userId()));

        List<String> relational = cockpit.register().userCategories().stream()
                .filter(category -> category.heldIn(StoreKind.RELATIONAL)).map(PersonalDataCategory::id).toList();
        assertThat(exported.keySet()).containsExactlyInAnyOrderElementsOf(relational);
        assertThat(exported.get("account")).singleElement()
                .satisfies(item -> assertThat(item.fields().get("email")).isEqualTo(user.email()));
        assertThat(exported.get("sessions")).hasSize(2);
        assertThat(exported.get("settings")).hasSize(3);
        assertThat(exported.get("labels")).hasSize(2);
    }

    @Test
    void afterEveryStoreErasedTheUserNoTableAndNoCacheKeyHoldsAnythingOfTheUser() {
        Users.SignedIn user = aUserWithDataEverywhere();
        UserId userId = new UserId(user.userId());
        String trackingId = user.api().get("/v1/me").json().path("trackingId").asText();
        assertThat(DatabaseScan.placesHolding(cockpit.databaseSettings(), user.userId())).isNotEmpty();
        if (cockpit.mode == CockpitFixture.Mode.PRODUCTION) {
            assertThat(cockpit.redisContents().values()).anyMatch(value -> value.contains(user.userId()));
        }

        List<String> erasedInOrder = new ArrayList<>();
        for (PersonalDataStore store : cockpit.registerStores().erasureOrder()) {
            while (store.erase(userId, 2) > 0) {
                erasedInOrder.add(store.category());
            }
        }
        while (cockpit.auditLogPseudonyms().pseudonymiseUser(userId, 2) > 0) {
            erasedInOrder.add("audit_log");
        }

        assertThat(erasedInOrder.getLast()).isEqualTo("audit_log");
        assertThat(erasedInOrder.subList(0, erasedInOrder.indexOf("audit_log")).getLast()).isEqualTo("account");
        assertThat(DatabaseScan.placesHolding(cockpit.databaseSettings(), user.userId())).isEmpty();
        assertThat(DatabaseScan.placesHolding(cockpit.databaseSettings(), user.email())).isEmpty();
        assertThat(DatabaseScan.placesHolding(cockpit.databaseSettings(), trackingId)).isEmpty();
        assertThat(exportOf(userId)).isEmpty();
        if (cockpit.mode == CockpitFixture.Mode.PRODUCTION) {
            String hashedUser = TokenHash.of(user.userId()).hex();
            cockpit.redisContents().forEach((key, value) -> {
                assertThat(key).doesNotContain(user.userId()).doesNotContain(hashedUser);
                assertThat(value).doesNotContain(user.userId()).doesNotContain(hashedUser);
            });
        }
        assertThat(user.api().get("/v1/me").status()).as("the erased user's session").isEqualTo(401);
    }
}
