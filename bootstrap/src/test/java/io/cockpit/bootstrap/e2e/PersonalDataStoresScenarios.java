package io.cockpit.bootstrap.e2e;

import io.cockpit.adapters.mysql.RelationalStore;
import io.cockpit.adapters.mysql.account.JdbiAccountRepository;
import io.cockpit.application.port.out.register.ExportedItem;
import io.cockpit.application.port.out.register.PersonalDataStore;
import io.cockpit.domain.access.TokenHash;
import io.cockpit.domain.account.UserId;
import io.cockpit.domain.register.PersonalDataCategory;
import io.cockpit.domain.register.StoreKind;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The stores behind the register of the running server, on a user with data in every category: each exports what it
 * holds of the user, and once every store has erased the user (the account last) and the audit log has pseudonymised
 * the user, no column of any table and no Redis key or value holds the User-ID, the e-mail address or the
 * Tracking-ID. (The erasure itself, with its requests, receipts and order of work, is the erasure engine's; this proves
 * the stores it will walk.)
 */
abstract class PersonalDataStoresScenarios extends Scenarios {

    private Users.SignedIn aUserWithDataEverywhere() {
        return DataEverywhere.aUser(cockpit);
    }

    private String statisticsIdOf(UserId user) {
        try (RelationalStore store = cockpit.openStore()) {
            return store.repository(JdbiAccountRepository::new).findById(user).orElseThrow().statisticsId().value();
        }
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
                .filter(category -> category.heldIn(StoreKind.RELATIONAL)).map(PersonalDataCategory::id)
                .filter(category -> !category.equals("erasure_requests")).toList();
        assertThat(exported.keySet()).containsExactlyInAnyOrderElementsOf(relational);
        assertThat(exported.get("account")).singleElement()
                .satisfies(item -> assertThat(item.fields().get("email")).isEqualTo(user.email()));
        assertThat(exported.get("sessions")).hasSize(2);
        assertThat(exported.get("settings")).hasSize(3);
        assertThat(exported.get("labels")).hasSize(2);
        assertThat(exported.get("identifications")).singleElement()
                .satisfies(item -> assertThat(item.fields().get("reason")).isEqualTo("legal_claim"));
        assertThat(exported.get("statistics")).as("one day of statistics, from the mode's store").singleElement()
                .satisfies(item -> assertThat(item.fields()).containsEntry("message_sent", 1)
                        .containsEntry("meeting_booked", 1).containsEntry("timeZone", "Europe/Berlin"));
        assertThat(exported.get("linkedin_profile")).as("the profile and the sync state").hasSize(2);
        assertThat(exported.get("linkedin_contacts")).singleElement()
                .satisfies(item -> assertThat(item.fields().get("firstName")).isEqualTo("Jana"));
        assertThat(exported.get("linkedin_conversations")).hasSize(1);
        assertThat(exported.get("linkedin_messages")).singleElement()
                .satisfies(item -> assertThat(item.fields().get("text")).isEqualTo("Hallo Sam"));
        assertThat(exported.get("linkedin_suppressions")).extracting(item -> item.fields().get("entry"))
                .contains("suppressed_contact");
    }

    @Test
    void afterEveryStoreErasedTheUserNoTableAndNoCacheKeyHoldsAnythingOfTheUser() {
        Users.SignedIn user = aUserWithDataEverywhere();
        UserId userId = new UserId(user.userId());
        String trackingId = user.api().get("/v1/me").json().path("trackingId").asText();
        String statisticsId = statisticsIdOf(userId);
        assertThat(cockpit.statisticsPointsOf(statisticsId)).isEqualTo(2);
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
        assertThat(cockpit.statisticsPointsOf(statisticsId)).as("the points under the Statistics-ID, InfluxDB's too")
                .isZero();
        assertThat(DatabaseScan.placesHolding(cockpit.databaseSettings(), statisticsId)).isEmpty();
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
