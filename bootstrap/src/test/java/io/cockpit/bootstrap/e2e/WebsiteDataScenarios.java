package io.cockpit.bootstrap.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import io.cockpit.application.testing.WebsiteMother;
import io.cockpit.domain.register.ErasureRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One person's website data found and erased by e-mail address (the operator's answer to an e-mailed request), what
 * the logs never hold, and the fuzzing the earlier endpoints got, aimed at the website's.
 */
abstract class WebsiteDataScenarios extends Scenarios {

    private Website website;

    @BeforeEach
    void onTheWebsite() {
        website = new Website(cockpit);
    }

    @Test
    void everythingUnderAnAddressIsFoundAndErasedExceptWhatALegalHoldKeeps() {
        String email = Unique.email();
        website.sendContactForm(email, "Frage zum Preis");
        Website.Applied erased = website.apply(email, Unique.id("job"), true);
        website.upload(erased, "cv.pdf", Website.PDF, WebsiteMother.PDF);
        Website.Applied held = website.apply(email.toUpperCase(Locale.ROOT), Unique.id("job"), true);
        String until = Instant.now().plus(100, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS).toString();
        cockpit.operator().put("/v1/operator/applications/" + held.id() + "/legal-hold",
                "{\"reason\":\"Streit\",\"until\":\"" + until + "\"}", null);

        JsonNode found = website.lookUp(email.toUpperCase(Locale.ROOT));
        ApiResponse erasure = cockpit.operator().post("/v1/operator/website-data/erasures",
                "{\"email\":\"" + email + "\"}");

        assertThat(found.path("contactRequests")).hasSize(1);
        assertThat(found.path("applications")).extracting(a -> a.path("id").asText())
                .containsExactly(erased.id(), held.id());
        assertThat(found.path("applications").get(1).path("legalHold").asBoolean()).isTrue();
        assertThat(erasure.status()).isEqualTo(200);
        JsonNode result = erasure.json();
        assertThat(result.path("contactRequests").asInt()).isEqualTo(1);
        assertThat(result.path("applications").asInt()).isEqualTo(1);
        assertThat(result.path("talentPoolConsents").asInt()).isEqualTo(2);
        assertThat(result.path("keptUnderLegalHold")).singleElement().satisfies(kept -> {
            assertThat(kept.path("id").asText()).isEqualTo(held.id());
            assertThat(kept.path("until").asText()).isEqualTo(until);
        });
        String receipt = result.path("receipt").asText();
        assertThat(website.ledgerOf(receipt)).extracting(ErasureRecord::category)
                .containsExactlyInAnyOrder("contact_requests", "applications", "talent_pool", "talent_pool");
        JsonNode after = website.lookUp(email);
        assertThat(after.path("contactRequests")).isEmpty();
        assertThat(after.path("applications")).extracting(a -> a.path("id").asText()).containsExactly(held.id());
        assertThat(website.audit()).anySatisfy(event -> {
            assertThat(event.action()).isEqualTo("website_data.erase");
            assertThat(event.target()).isEqualTo(receipt);
        });
        assertThat(website.audit().toString()).doesNotContain(email, email.toUpperCase(Locale.ROOT));
        assertThat(website.placesHolding("Frage zum Preis")).isEmpty();
    }

    @Test
    void messagesDocumentsAndAddressesNeverReachTheLogs() {
        String email = Unique.email();
        String marker = "geheimer-inhalt-" + Unique.id("x");
        byte[] document = (new String(WebsiteMother.PDF, StandardCharsets.ISO_8859_1) + marker + "\n%%EOF\n")
                .getBytes(StandardCharsets.ISO_8859_1);
        List<String> lines;
        try (LogCapture log = new LogCapture()) {
            website.sendContactForm(email, marker);
            Website.Applied applied = website.apply(email, Unique.id("job"), true);
            String id = website.upload(applied, marker + ".pdf", Website.PDF, document).json().path("id").asText();
            cockpit.operator().download("/v1/operator/applications/" + applied.id() + "/documents/" + id);
            cockpit.operator().post("/v1/operator/applications/" + applied.id() + "/notes",
                    "{\"text\":\"" + marker + "\"}");
            website.upload(applied, "x.png", Website.PNG, document);
            website.visitor().withBearer("upl_wrong").sendBytes("PUT", "/v1/public/applications/" + applied.id()
                    + "/documents/" + marker + ".pdf", document, Map.of("Content-Type", Website.PDF));
            cockpit.awaitMailTo(email, 2);
            log.awaitLines("io.cockpit.access", 8);
            lines = log.lines();
        }

        assertThat(lines).as("the server logged").isNotEmpty();
        assertThat(String.join("\n", lines)).doesNotContain(marker, email, "Ayşe", "Öztürk");
    }

    @Test
    void deepJsonBadUtf8AndHugeBodiesAreRefusedWithProblemsNever500() {
        ApiClient visitor = website.visitor();
        String deep = "[".repeat(100_000) + "]".repeat(100_000);
        byte[] badUtf8 = "{\"name\":\"J\u00fcrgen\",\"email\":\"a@example.com\",\"message\":\"x\",\"pageUrl\":\"https://e.com\"}"
                .getBytes(StandardCharsets.UTF_8);
        badUtf8[11] = (byte) 0xC3;
        badUtf8[12] = (byte) 0x28;
        byte[] huge = ("{\"name\":\"" + "x".repeat(1024 * 1024) + "\"}").getBytes(StandardCharsets.UTF_8);

        List<ApiResponse> answers = List.of(
                visitor.post("/v1/public/contact-requests", deep),
                visitor.post("/v1/public/applications", "{\"jobReference\":" + deep + "}"),
                visitor.sendBytes("POST", "/v1/public/contact-requests", badUtf8,
                        Map.of("Content-Type", "application/json")),
                visitor.sendBytes("POST", "/v1/public/applications", huge,
                        Map.of("Content-Type", "application/json"), true),
                visitor.sendChunked("POST", "/v1/public/contact-requests", huge,
                        Map.of("Content-Type", "application/json")),
                cockpit.operator().sendChunked("POST", "/v1/operator/website-data/erasures", huge,
                        Map.of("Content-Type", "application/json")),
                visitor.sendBytes("DELETE", "/v1/public/talent-pool/" + "a".repeat(101), null, Map.of()),
                visitor.sendBytes("GET", "/v1/public/contact-requests", null, Map.of()));

        assertThat(answers).allSatisfy(answer -> {
            assertThat(answer.status()).as(answer.toString()).isBetween(400, 499);
            assertThat(answer.header("Content-Type")).hasValueSatisfying(type ->
                    assertThat(type).startsWith("application/problem+json"));
        });
        assertThat(answers.get(3).code()).isEqualTo("request.too_large");
        assertThat(answers.get(4).code()).isEqualTo("request.too_large");
        assertThat(answers.get(5).code()).isEqualTo("request.too_large");
    }

    @Test
    void thePublicRecordOfProcessingListsTheWebsitesThreeCategoriesWithTheirPeriods() {
        JsonNode record = cockpit.anonymous().send("GET", "/v1/privacy/processing-activities", null,
                Map.of("Accept-Language", "en")).json();
        Map<String, JsonNode> byId = new java.util.HashMap<>();
        record.path("categories").forEach(category -> byId.put(category.path("id").asText(), category));

        assertThat(byId.get("contact_requests").path("dataSubject").path("code").asText()).isEqualTo("website_visitor");
        assertThat(byId.get("contact_requests").path("retention").path("kind").asText()).isEqualTo("until_handled");
        assertThat(byId.get("applications").path("dataSubject").path("code").asText()).isEqualTo("applicant");
        assertThat(byId.get("applications").path("retention").path("period").asText()).isEqualTo("P6M");
        assertThat(byId.get("applications").path("retention").path("event").asText()).isEqualTo("process_ended");
        assertThat(byId.get("talent_pool").path("retention").path("period").asText()).isEqualTo("P2Y");
        assertThat(byId.get("talent_pool").path("legalBasis").path("code").asText()).isEqualTo("consent");
    }
}
