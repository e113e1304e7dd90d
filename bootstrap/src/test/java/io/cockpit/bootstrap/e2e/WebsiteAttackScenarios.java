package io.cockpit.bootstrap.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import io.cockpit.application.testing.WebsiteMother;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The public website endpoints under attack: many requests at once against the per-address limit and the five
 * documents, odd uploads (empty, untyped, odd names) and odd encodings of the JSON forms. Every answer is a clean
 * one (checked against the contract by the client), never a 5xx.
 */
abstract class WebsiteAttackScenarios extends Scenarios {

    private static final String CONTACT = "/v1/public/contact-requests";

    private Website website;

    @BeforeEach
    void onTheWebsite() {
        website = new Website(cockpit);
    }

    @Test
    void thirtyFormsAtOnceFromOneAddressPassExactlyTheTwentyTheLimitAllows() {
        ApiClient sameAddress = cockpit.anonymous().from(Unique.address());

        List<ApiResponse> answers = AtOnce.send(30, i -> {
            var bot = Website.contactForm(Unique.email(), "flood " + i);
            bot.put("website", "filled");
            return sameAddress.post(CONTACT, Website.json(bot));
        });

        assertThat(AtOnce.withStatus(answers, 202)).as("admitted").isEqualTo(20);
        assertThat(answers).filteredOn(answer -> answer.status() != 202).hasSize(10).allSatisfy(answer -> {
            assertThat(answer.status()).isEqualTo(429);
            assertThat(answer.code()).isEqualTo("website.too_many_requests");
        });
    }

    @Test
    void eightFormsAtOnceForOneRecipientFromEightAddressesMailItExactlyFiveTimes() {
        String recipient = Unique.email();

        List<ApiResponse> answers = AtOnce.send(8, i -> website.sendContactForm(recipient, "Anfrage " + i));

        assertThat(AtOnce.withStatus(answers, 202)).as("admitted").isEqualTo(5);
        assertThat(answers).filteredOn(answer -> answer.status() != 202).hasSize(3)
                .allSatisfy(answer -> assertThat(answer.code()).isEqualTo("website.too_many_requests"));
        assertThat(cockpit.awaitMailTo(recipient, 5)).hasSize(5);
        assertThat(website.lookUp(recipient).path("contactRequests")).hasSize(5);
    }

    @Test
    void aBlockedAddressIsRefusedOnEveryPublicWebsiteCallAndNothingIsStoredOrSent() {
        Website.Applied applied = website.apply(Unique.email(), Unique.id("job"), false);
        String address = Unique.address();
        assertThat(cockpit.operator().post("/v1/operator/blocked-addresses",
                "{\"address\":\"" + address + "\",\"reason\":\"form spam\"}").status()).isEqualTo(201);
        ApiClient blocked = cockpit.anonymous().from(address);
        String email = Unique.email();
        assertThat(StoredRows.await(() -> "address.blocked".equals(
                blocked.post(CONTACT, Website.json(Website.contactForm(email, "spam"))).code())))
                .as("every node knows the block").isTrue();

        List<ApiResponse> answers = List.of(
                blocked.post(CONTACT, Website.json(Website.contactForm(email, "spam"))),
                blocked.post("/v1/public/applications", Website.json(Website.applicationForm(email, "job", true))),
                blocked.withBearer(applied.uploadToken()).sendBytes("PUT", "/v1/public/applications/" + applied.id()
                        + "/documents/cv.pdf", WebsiteMother.PDF, Map.of("Content-Type", Website.PDF)),
                blocked.delete("/v1/public/contact-requests/wcr_" + "x".repeat(43)),
                blocked.delete("/v1/public/talent-pool/wtp_" + "x".repeat(43)));

        assertThat(answers).allSatisfy(answer -> {
            assertThat(answer.status()).as(answer.toString()).isEqualTo(403);
            assertThat(answer.code()).isEqualTo("address.blocked");
        });
        assertThat(website.lookUp(email).path("contactRequests")).isEmpty();
        assertThat(website.lookUp(email).path("applications")).isEmpty();
        assertThat(cockpit.mailTo(email)).isEmpty();
    }

    @Test
    void tenUploadsAtOnceToOneApplicationStoreExactlyFive() {
        Website.Applied applied = website.apply(Unique.email(), Unique.id("job"), false);
        ApiClient uploader = cockpit.anonymous().withBearer(applied.uploadToken());

        List<ApiResponse> answers = AtOnce.send(10, i -> uploader.from(Unique.address()).sendBytes("PUT",
                "/v1/public/applications/" + applied.id() + "/documents/doc-" + i + ".pdf", WebsiteMother.PDF,
                Map.of("Content-Type", Website.PDF)));

        assertThat(AtOnce.withStatus(answers, 201)).as("stored").isEqualTo(5);
        assertThat(answers).filteredOn(answer -> answer.status() != 201).hasSize(5)
                .allSatisfy(answer -> assertThat(answer.code()).isEqualTo("application.document_limit_reached"));
        assertThat(cockpit.operator().get("/v1/operator/applications/" + applied.id()).json().path("documents"))
                .hasSize(5);
    }

    @Test
    void emptyUntypedAndOddlyNamedUploadsGetProblemsNamingTheirFault() {
        Website.Applied applied = website.apply(Unique.email(), Unique.id("job"), false);
        ApiClient uploader = website.visitor().withBearer(applied.uploadToken());
        String documents = "/v1/public/applications/" + applied.id() + "/documents/";

        ApiResponse empty = uploader.sendBytes("PUT", documents + "empty.pdf", new byte[0],
                Map.of("Content-Type", Website.PDF));
        ApiResponse untyped = uploader.sendBytes("PUT", documents + "cv.pdf", WebsiteMother.PDF, Map.of());
        ApiResponse wildcard = uploader.sendBytes("PUT", documents + "cv.pdf", WebsiteMother.PDF,
                Map.of("Content-Type", "*/*"));
        ApiResponse garbageType = uploader.sendBytes("PUT", documents + "cv.pdf", WebsiteMother.PDF,
                Map.of("Content-Type", ";;;=="));
        ApiResponse tooLongName = uploader.sendBytes("PUT", documents + "a".repeat(201) + ".pdf",
                WebsiteMother.PDF, Map.of("Content-Type", Website.PDF));
        ApiResponse controlCharacter = uploader.sendBytes("PUT", documents + "cv%00.pdf", WebsiteMother.PDF,
                Map.of("Content-Type", Website.PDF));
        ApiResponse backslash = uploader.sendBytes("PUT", documents + "..%5Ccv.pdf", WebsiteMother.PDF,
                Map.of("Content-Type", Website.PDF));
        ApiResponse unknownApplication = website.visitor().withBearer(applied.uploadToken()).sendBytes("PUT",
                "/v1/public/applications/not-an-id/documents/cv.pdf", WebsiteMother.PDF,
                Map.of("Content-Type", Website.PDF));

        assertThat(List.of(empty, untyped, wildcard, garbageType, tooLongName, controlCharacter, backslash,
                unknownApplication)).allSatisfy(answer -> {
                    assertThat(answer.status()).as(answer.toString()).isBetween(400, 499);
                    assertThat(answer.header("Content-Type")).hasValueSatisfying(type ->
                            assertThat(type).startsWith("application/problem+json"));
                });
        assertThat(empty.status()).as(empty.toString()).isEqualTo(400);
        assertThat(empty.json().path("detail").asText()).as("names the document types, not JSON")
                .contains(Website.PDF).doesNotContain("JSON");
        assertThat(untyped.status()).as(untyped.toString()).isEqualTo(415);
        assertThat(wildcard.status()).as(wildcard.toString()).isEqualTo(415);
        assertThat(tooLongName.errorPointers()).as(tooLongName.toString()).isNotEmpty();
        assertThat(cockpit.operator().get("/v1/operator/applications/" + applied.id()).json().path("documents"))
                .as("nothing stored").isEmpty();
    }

    @Test
    void oddEncodingsOfTheFormsGetAnAnswerOrAProblemNeverA5xx() {
        String form = Website.json(Website.contactForm(Unique.email(), "Grüße"));
        byte[] utf8 = form.getBytes(StandardCharsets.UTF_8);
        byte[] withBom = new byte[utf8.length + 3];
        withBom[0] = (byte) 0xEF;
        withBom[1] = (byte) 0xBB;
        withBom[2] = (byte) 0xBF;
        System.arraycopy(utf8, 0, withBom, 3, utf8.length);
        byte[] overlongSlash = form.replace("Grüße", "a\u0001b").getBytes(StandardCharsets.UTF_8);
        int at = indexOf(overlongSlash, (byte) 1);
        overlongSlash[at] = (byte) 0xC0;
        byte[] overlong = new byte[overlongSlash.length + 1];
        System.arraycopy(overlongSlash, 0, overlong, 0, at + 1);
        overlong[at + 1] = (byte) 0xAF;
        System.arraycopy(overlongSlash, at + 1, overlong, at + 2, overlongSlash.length - at - 1);

        List<ApiResponse> odd = List.of(
                send(form.getBytes(StandardCharsets.UTF_16), "application/json"),
                send(form.getBytes(StandardCharsets.UTF_16), "application/json; charset=utf-16"),
                send(form.getBytes(StandardCharsets.ISO_8859_1), "application/json; charset=iso-8859-1"),
                send(withBom, "application/json"),
                send(overlong, "application/json"),
                send(utf8, "text/plain"),
                send(utf8, "application/x-www-form-urlencoded"),
                send("{\"name\":1e999999999}".getBytes(StandardCharsets.UTF_8), "application/json"),
                send("{\"name\":\"a\",\"name\":\"b\"}".getBytes(StandardCharsets.UTF_8), "application/json"),
                send("\"just a string\"".getBytes(StandardCharsets.UTF_8), "application/json"),
                send("null".getBytes(StandardCharsets.UTF_8), "application/json"));
        assertThat(odd).allSatisfy(answer -> {
            assertThat(answer.status()).as(answer.toString()).isBetween(400, 499);
            assertThat(answer.header("Content-Type")).hasValueSatisfying(type ->
                    assertThat(type).startsWith("application/problem+json"));
        });

        ApiResponse loneSurrogate = sendContact(Unique.email(), "Lone SURROGATE", "Ünïcödé 👩‍💻 𝔘𝔫𝔦𝔠𝔬𝔡𝔢");
        ApiResponse nul = sendContact(Unique.email(), "Nul \u0000 in it", "Right-to-left \u202E txt.exe");
        String email = Unique.email();
        String rareName = "Zero\u200Bwidth 👩‍💻";
        String rareMessage = "a\u0301 combining, \uFEFF inner BOM, 𝔘𝔫𝔦";
        ApiResponse rareButText = sendContact(email, rareName, rareMessage);
        assertThat(loneSurrogate.status()).as(loneSurrogate.toString()).isEqualTo(422);
        assertThat(loneSurrogate.errorPointers()).containsExactly("body:/name");
        assertThat(nul.status()).as(nul.toString()).isEqualTo(422);
        assertThat(nul.errorPointers()).containsExactly("body:/name");
        assertThat(rareButText.status()).as(rareButText.toString()).isEqualTo(202);
        JsonNode stored = cockpit.operator().get("/v1/operator/contact-requests/" + website.contactRequestOf(email))
                .json();
        assertThat(stored.path("name").asText()).as("kept character for character").isEqualTo(rareName);
        assertThat(stored.path("message").asText()).as("in composed form (NFC)")
                .isEqualTo(java.text.Normalizer.normalize(rareMessage, java.text.Normalizer.Form.NFC))
                .isNotEqualTo(rareMessage);
    }

    private ApiResponse send(byte[] body, String contentType) {
        return website.visitor().sendBytes("POST", CONTACT, body, Map.of("Content-Type", contentType));
    }

    private ApiResponse sendContact(String email, String name, String message) {
        var form = Website.contactForm(email, message);
        form.put("name", name);
        // a JSON escape of a lone surrogate, which no UTF-8 encoder would produce from a Java string
        return website.visitor().post(CONTACT, Website.json(form).replace("SURROGATE", "\\ud800"));
    }

    private static int indexOf(byte[] bytes, byte value) {
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == value) {
                return i;
            }
        }
        throw new IllegalArgumentException("not found");
    }
}
