package io.cockpit.bootstrap.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The website's contact form over real HTTP: 202 with nothing echoed, the acknowledgement read back from the mail
 * server or the outbox, withdrawal by its link, the operator's list and closing, the honeypot, bad input.
 */
abstract class ContactRequestScenarios extends Scenarios {

    private Website website;

    @BeforeEach
    void onTheWebsite() {
        website = new Website(cockpit);
    }

    @Test
    void namesOfTheLongestLengthInEmojiAreStoredAsSent() {
        String email = Unique.email();
        String emoji = "\uD83D\uDE00";
        java.util.Map<String, Object> form = Website.contactForm(email, "Emoji " + Unique.id("msg"));
        form.put("name", "a".repeat(195) + emoji.repeat(5));
        form.put("company", emoji.repeat(200));

        ApiResponse accepted = website.visitor().post("/v1/public/contact-requests", Website.json(form));

        assertThat(accepted.status()).as("200 characters by the contract; H2 counted 205 units").isEqualTo(202);
        JsonNode stored = cockpit.operator().get("/v1/operator/contact-requests/" + website.contactRequestOf(email))
                .json();
        assertThat(stored.path("name").asText()).isEqualTo("a".repeat(195) + emoji.repeat(5));
        assertThat(stored.path("company").asText()).isEqualTo(emoji.repeat(200));
    }

    @Test
    void onlyThePageIsStoredNotTheQueryOrFragmentOfItsUrl() {
        String email = Unique.email();
        Map<String, Object> form = Website.contactForm(email, "Seite " + Unique.id("msg"));
        form.put("pageUrl", "https://www.example.com/kontakt?utm_source=newsletter&email=" + email + "#formular");

        assertThat(website.visitor().post("/v1/public/contact-requests", Website.json(form)).status())
                .isEqualTo(202);

        JsonNode stored = cockpit.operator().get("/v1/operator/contact-requests/" + website.contactRequestOf(email))
                .json();
        assertThat(stored.path("pageUrl").asText()).isEqualTo("https://www.example.com/kontakt");
    }

    @Test
    void aRequestIsAcknowledgedAndTheLinkFromTheMailErasesItAtOnce() {
        String email = Unique.email();
        String marker = "Bitte um Rückruf " + Unique.id("msg");

        ApiResponse accepted = website.sendContactForm(email, marker);

        assertThat(accepted.status()).isEqualTo(202);
        assertThat(accepted.body()).doesNotContain(email, marker, "Müller");
        String id = website.contactRequestOf(email);
        JsonNode stored = cockpit.operator().get("/v1/operator/contact-requests/" + id).json();
        assertThat(stored.path("message").asText()).isEqualTo(marker);
        assertThat(stored.path("company").isNull()).as("an empty optional field is none").isTrue();
        assertThat(stored.path("overdue").asBoolean()).isFalse();
        long withdrawnBefore = website.ledgerLines("contact_requests", "withdrawn");

        String token = website.tokenMailedTo(email, 1, "contact-request");
        ApiResponse withdrawn = website.visitor().delete("/v1/public/contact-requests/" + token);

        assertThat(withdrawn.status()).isEqualTo(204);
        assertThat(cockpit.operator().get("/v1/operator/contact-requests/" + id).status()).isEqualTo(404);
        assertThat(website.ledgerLines("contact_requests", "withdrawn")).isEqualTo(withdrawnBefore + 1);
        assertThat(website.placesHolding(email)).as("the address after the withdrawal").isEmpty();
        assertThat(website.placesHolding(marker)).isEmpty();
        ApiResponse again = website.visitor().delete("/v1/public/contact-requests/" + token);
        ApiResponse never = website.visitor().delete("/v1/public/contact-requests/wcr_" + "x".repeat(43));
        assertThat(again.status()).isEqualTo(404);
        assertThat(again.code()).isEqualTo("contact_request.not_found");
        assertThat(never.json().path("detail")).as("one answer for used and never issued")
                .isEqualTo(again.json().path("detail"));
    }

    @Test
    void theAcknowledgementCarriesOnlyTheLinkInTheVisitorsLanguage() {
        String email = Unique.email();
        Map<String, Object> form = Website.contactForm(email, "Text that must not come back");
        form.put("language", "en");

        website.visitor().post("/v1/public/contact-requests", Website.json(form));

        var mail = cockpit.awaitMailTo(email, 1).getFirst();
        assertThat(mail.subject()).isEqualTo("We have received your request");
        assertThat(mail.text()).contains(CockpitFixture.WITHDRAWAL_PAGE + "#contact-request=wcr_")
                .doesNotContain("Text that must not come back", "Jürgen");
    }

    @Test
    void theOperatorListsOpenRequestsOldestFirstAndClosingErasesThem() {
        String email = Unique.email();
        website.sendContactForm(email, "Angebot bitte");
        String id = website.contactRequestOf(email);

        boolean listed = cockpit.operator().pages("/v1/operator/contact-requests", 100).stream()
                .flatMap(page -> java.util.stream.StreamSupport.stream(page.path("items").spliterator(), false))
                .anyMatch(item -> item.path("id").asText().equals(id));
        long handledBefore = website.ledgerLines("contact_requests", "request_handled");
        ApiResponse closed = cockpit.operator().post("/v1/operator/contact-requests/" + id + "/close", null, Map.of());

        assertThat(listed).isTrue();
        assertThat(closed.status()).isEqualTo(204);
        assertThat(cockpit.operator().get("/v1/operator/contact-requests/" + id).code())
                .isEqualTo("contact_request.not_found");
        assertThat(cockpit.operator().post("/v1/operator/contact-requests/" + id + "/close", null, Map.of()).status())
                .isEqualTo(404);
        assertThat(website.ledgerLines("contact_requests", "request_handled")).isEqualTo(handledBefore + 1);
        assertThat(website.audit()).filteredOn(event -> event.target().equals(id))
                .extracting(event -> event.action()).containsExactly("contact_requests.close");
        assertThat(website.audit().toString()).doesNotContain(email);
    }

    @Test
    void aFilledHoneypotGetsTheSameAnswerAndNothingIsStoredOrSent() {
        String email = Unique.email();
        Map<String, Object> bot = Website.contactForm(email, "cheap pills");
        bot.put("website", "https://spam.example");

        ApiResponse trapped = website.visitor().post("/v1/public/contact-requests", Website.json(bot));
        ApiResponse real = website.sendContactForm(email, "a real question");

        assertThat(trapped.status()).isEqualTo(202);
        assertThat(trapped.body()).isEqualTo(real.body());
        assertThat(website.lookUp(email).path("contactRequests")).hasSize(1);
        assertThat(cockpit.awaitMailTo(email, 1)).hasSize(1);
        assertThat(website.placesHolding("cheap pills")).isEmpty();
    }

    @Test
    void aPageUrlThatIsNoHttpLinkAndOtherBadFieldsAreNamed() {
        Map<String, Object> form = Website.contactForm("not-an-address", "");
        form.put("pageUrl", "javascript:alert(document.cookie)");
        form.put("phone", "call me maybe");

        ApiResponse refused = website.visitor().post("/v1/public/contact-requests", Website.json(form));

        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.errorPointers()).contains("body:/pageUrl", "body:/message", "body:/phone");
        Map<String, Object> hostless = Website.contactForm("jana@localhost", "hallo");
        hostless.put("pageUrl", "https:///nothing");
        assertThat(website.visitor().post("/v1/public/contact-requests", Website.json(hostless)).errorPointers())
                .containsExactlyInAnyOrder("body:/email", "body:/pageUrl");
        Map<String, Object> tooLong = Website.contactForm(Unique.email(), "x".repeat(5001));
        assertThat(website.visitor().post("/v1/public/contact-requests", Website.json(tooLong)).errorPointers())
                .containsExactly("body:/message");
    }

    @Test
    void oneAddressIsLimitedWithRetryAfter() {
        ApiClient sameAddress = cockpit.anonymous().from(Unique.address());
        ApiResponse last = null;
        for (int i = 0; i <= 20; i++) {
            Map<String, Object> bot = Website.contactForm(Unique.email(), "flood");
            bot.put("website", "filled");
            last = sameAddress.post("/v1/public/contact-requests", Website.json(bot));
        }

        assertThat(last.status()).isEqualTo(429);
        assertThat(last.code()).isEqualTo("website.too_many_requests");
        assertThat(last.header("Retry-After")).hasValueSatisfying(seconds ->
                assertThat(Integer.parseInt(seconds)).isBetween(1, 3600));
        assertThat(website.sendContactForm(Unique.email(), "another address").status()).isEqualTo(202);
    }
}
