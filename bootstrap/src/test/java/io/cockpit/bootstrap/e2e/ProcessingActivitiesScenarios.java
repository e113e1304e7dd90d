package io.cockpit.bootstrap.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import io.cockpit.domain.register.PersonalDataCategory;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code GET /v1/privacy/processing-activities}: the public record of processing, from the running server's register. */
abstract class ProcessingActivitiesScenarios extends Scenarios {

    private static final String RECORD = "/v1/privacy/processing-activities";

    private ApiResponse inLanguage(String acceptLanguage) {
        return cockpit.anonymous().send("GET", RECORD, null, Map.of("Accept-Language", acceptLanguage));
    }

    private static JsonNode category(JsonNode record, String id) {
        for (JsonNode category : record.path("categories")) {
            if (category.path("id").asText().equals(id)) {
                return category;
            }
        }
        throw new AssertionError("no category " + id + " in " + record);
    }

    @Test
    void everyCategoryOfTheRunningServersRegisterIsListedInItsOrderWithoutSignIn() {
        ApiResponse record = cockpit.anonymous().get(RECORD);

        assertThat(record.status()).isEqualTo(200);
        List<String> ids = new ArrayList<>();
        record.json().path("categories").forEach(category -> ids.add(category.path("id").asText()));
        assertThat(ids).containsExactlyElementsOf(
                cockpit.register().categories().stream().map(PersonalDataCategory::id).toList());
        assertThat(ids).contains("account", "sessions", "privacy_switches", "processing_restriction",
                "data_subject_requests", "audit_log");
    }

    @Test
    void englishWhenTheClientPrefersItWithArticleTextAndMachineCodes() {
        ApiResponse record = inLanguage("en-GB,en;q=0.9,de;q=0.5");

        assertThat(record.header("Content-Language")).hasValue("en");
        assertThat(record.header("Vary")).hasValueSatisfying(vary -> assertThat(vary).contains("Accept-Language"));
        JsonNode account = category(record.json(), "account");
        assertThat(record.json().path("language").asText()).isEqualTo("en");
        assertThat(account.path("name").asText()).isEqualTo("account and contract data");
        assertThat(account.path("dataSubject").path("code").asText()).isEqualTo("user");
        assertThat(account.path("legalBasis").path("code").asText()).isEqualTo("contract");
        assertThat(account.path("legalBasis").path("text").asText()).isEqualTo("Art. 6(1)(b) GDPR (contract)");
        assertThat(account.path("recipients").get(0).asText()).startsWith("the sales partner");
        assertThat(account.path("retention").path("kind").asText()).isEqualTo("after_event");
        assertThat(account.path("retention").path("period").asText()).isEqualTo("P30D");
        assertThat(account.path("retention").path("event").asText()).isEqualTo("contract_cancelled");
        assertThat(account.path("retention").path("text").asText())
                .isEqualTo("30 days after the cancellation of the contract");
        assertThat(account.path("deletion").path("code").asText()).isEqualTo("delete");
        assertThat(account.path("storage").get(0).path("store").asText()).isEqualTo("relational");
        assertThat(account.path("storage").get(0).path("tables").get(0).asText()).isEqualTo("account");
        JsonNode requests = category(record.json(), "data_subject_requests");
        assertThat(requests.path("retention").path("period").asText()).isEqualTo("P3Y");
        assertThat(requests.path("retention").path("event").asText()).isEqualTo("process_ended");
        assertThat(requests.path("legalBasis").path("code").asText()).isEqualTo("legal_obligation");
        JsonNode idempotency = category(record.json(), "idempotency_records");
        assertThat(idempotency.path("retention").path("period").asText()).isEqualTo("PT24H");
        JsonNode settings = category(record.json(), "settings");
        assertThat(settings.path("retention").path("kind").asText()).isEqualTo("while_account_exists");
        assertThat(settings.path("retention").path("period").isNull()).isTrue();
        assertThat(settings.path("retention").path("event").isNull()).isTrue();
    }

    @Test
    void germanByDefaultAndWhenPreferred() {
        ApiResponse none = cockpit.anonymous().get(RECORD);
        ApiResponse french = inLanguage("fr-FR, fr;q=0.9");
        ApiResponse german = inLanguage("de-AT, en;q=0.8");

        for (ApiResponse record : List.of(none, french, german)) {
            assertThat(record.header("Content-Language")).hasValue("de");
            assertThat(record.json().path("language").asText()).isEqualTo("de");
            JsonNode account = category(record.json(), "account");
            assertThat(account.path("name").asText()).isEqualTo("Konto und Vertragsdaten");
            assertThat(account.path("legalBasis").path("text").asText())
                    .isEqualTo("Art. 6 Abs. 1 lit. b DSGVO (Vertrag)");
            assertThat(account.path("retention").path("text").asText())
                    .isEqualTo("30 Tage ab der Kündigung des Vertrags");
        }
    }

    @Test
    void cacheKeysAreNamedByTheirStoreOnlyAndTablesByName() {
        ApiResponse record = inLanguage("en");

        JsonNode sessions = category(record.json(), "sessions");
        assertThat(sessions.path("storage")).hasSize(2);
        assertThat(sessions.path("storage").get(0).path("tables").get(0).asText()).isEqualTo("session");
        assertThat(sessions.path("storage").get(1).path("store").asText()).isEqualTo("cache");
        assertThat(sessions.path("storage").get(1).path("text").asText()).contains("pseudonymised");
        assertThat(sessions.path("storage").get(1).path("tables")).isEmpty();
        assertThat(record.body()).doesNotContain("cockpit:");
    }

    @Test
    void anOverlongLanguageHeaderIsABadParameter() {
        ApiResponse refused = inLanguage("en," + "x".repeat(600));

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.errorPointers()).containsExactly("header:/Accept-Language");
    }
}
