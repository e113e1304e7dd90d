package io.cockpit.bootstrap.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import io.cockpit.application.testing.WebsiteMother;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Applications over real HTTP: documents as raw bytes with the upload token, checked by content; the operator's
 * desk (documents, notes, status, legal hold, talent pool); withdrawal links that erase at once.
 */
abstract class ApplicationScenarios extends Scenarios {

    private Website website;

    @BeforeEach
    void onTheWebsite() {
        website = new Website(cockpit);
    }

    private static String job() {
        return Unique.id("job");
    }

    private JsonNode detail(String id) {
        ApiResponse found = cockpit.operator().get("/v1/operator/applications/" + id);
        assertThat(found.status()).as(found.toString()).isEqualTo(200);
        return found.json();
    }

    @Test
    void documentsOfEachFormatAreStoredByContentAndDownloadedByteForByte() {
        Website.Applied applied = website.apply(Unique.email(), job(), false);
        byte[] docx = WebsiteMother.docx();

        ApiResponse pdf = website.upload(applied, "Lebenslauf%20J%C3%BCrgen.pdf", Website.PDF, WebsiteMother.PDF);
        ApiResponse word = website.upload(applied, "anschreiben.docx", Website.DOCX, docx);
        ApiResponse png = website.upload(applied, "foto.png", Website.PNG, WebsiteMother.PNG);
        ApiResponse jpeg = website.upload(applied, "zeugnis.jpg", Website.JPEG, WebsiteMother.JPEG);
        ApiResponse replaced = website.upload(applied, "foto.png", Website.PNG, WebsiteMother.PNG);

        assertThat(java.util.List.of(pdf, word, png, jpeg)).extracting(ApiResponse::status).containsOnly(201);
        assertThat(replaced.status()).isEqualTo(200);
        assertThat(pdf.json().path("fileName").asText()).isEqualTo("Lebenslauf Jürgen.pdf");
        JsonNode stored = detail(applied.id());
        assertThat(stored.path("documents")).hasSize(4);
        String docxId = word.json().path("id").asText();
        ApiClient.Download download = cockpit.operator().download("/v1/operator/applications/" + applied.id()
                + "/documents/" + docxId);
        assertThat(download.bytes()).isEqualTo(docx);
        assertThat(download.response().header("Content-Type")).contains(Website.DOCX);
        assertThat(download.response().header("X-Content-Type-Options")).contains("nosniff");
        assertThat(download.response().header("Content-Disposition"))
                .contains("attachment; filename=\"anschreiben.docx\"; filename*=UTF-8''anschreiben.docx");
        ApiClient.Download umlauts = cockpit.operator().download("/v1/operator/applications/" + applied.id()
                + "/documents/" + pdf.json().path("id").asText());
        assertThat(umlauts.response().header("Content-Disposition")).hasValueSatisfying(value ->
                assertThat(value).contains("filename=\"Lebenslauf J_rgen.pdf\"",
                        "filename*=UTF-8''Lebenslauf%20J%C3%BCrgen.pdf"));
    }

    @Test
    void anUploadIsCheckedByItsTokenItsTypeItsContentAndTheLimitOfFive() {
        Website.Applied mine = website.apply(Unique.email(), job(), false);
        Website.Applied theirs = website.apply(Unique.email(), job(), false);
        String path = "/v1/public/applications/" + mine.id() + "/documents/cv.pdf";

        ApiResponse noToken = website.visitor().sendBytes("PUT", path, WebsiteMother.PDF,
                Map.of("Content-Type", Website.PDF));
        ApiResponse othersToken = website.visitor().withBearer(theirs.uploadToken()).sendBytes("PUT", path,
                WebsiteMother.PDF, Map.of("Content-Type", Website.PDF));
        ApiResponse text = website.upload(mine, "cv.txt", "text/plain", "hello".getBytes(StandardCharsets.UTF_8));
        ApiResponse disguised = website.upload(mine, "cv.pdf", Website.PDF, WebsiteMother.PNG);
        ApiResponse html = website.upload(mine, "cv.docx", Website.DOCX,
                "<html><script>alert(1)</script></html>".getBytes(StandardCharsets.UTF_8));
        ApiResponse pathClimb = website.upload(mine, "..%2Fetc%2Fpasswd", Website.PDF, WebsiteMother.PDF);
        ApiResponse semicolon = website.upload(mine, "a;b.pdf", Website.PDF, WebsiteMother.PDF);
        ApiResponse reversed = website.upload(mine, "cv%E2%80%AEfdp.exe", Website.PDF, WebsiteMother.PDF);

        assertThat(noToken.status()).isEqualTo(401);
        assertThat(noToken.code()).isEqualTo("auth.credentials_missing");
        assertThat(othersToken.status()).isEqualTo(401);
        assertThat(othersToken.code()).isEqualTo("application.upload_token_invalid");
        assertThat(othersToken.header("WWW-Authenticate")).hasValueSatisfying(value ->
                assertThat(value).contains("uploadToken"));
        assertThat(text.status()).isEqualTo(415);
        assertThat(disguised.status()).isEqualTo(422);
        assertThat(disguised.code()).isEqualTo("application.document_content_mismatch");
        assertThat(html.code()).isEqualTo("application.document_content_mismatch");
        assertThat(pathClimb.status()).isIn(400, 404);
        assertThat(semicolon.status()).as("not stored as \"a\"").isEqualTo(400);
        assertThat(semicolon.errorPointers()).containsExactly("path:/fileName");
        assertThat(reversed.status()).as("shown as cvexe.pdf").isEqualTo(400);
        assertThat(reversed.errorPointers()).containsExactly("path:/fileName");
        assertThat(detail(mine.id()).path("documents")).isEmpty();

        for (int i = 1; i <= 5; i++) {
            assertThat(website.upload(mine, "doc-" + i + ".pdf", Website.PDF, WebsiteMother.PDF).status())
                    .isEqualTo(201);
        }
        ApiResponse sixth = website.upload(mine, "doc-6.pdf", Website.PDF, WebsiteMother.PDF);
        assertThat(sixth.status()).isEqualTo(422);
        assertThat(sixth.code()).isEqualTo("application.document_limit_reached");
        assertThat(website.upload(mine, "doc-5.pdf", Website.PDF, WebsiteMother.PDF).status()).isEqualTo(200);
    }

    @Test
    void tenMebibytesAreTakenAndOneByteMoreIsTooLargeHoweverItIsSent() {
        Website.Applied applied = website.apply(Unique.email(), job(), false);
        byte[] largest = Arrays.copyOf(WebsiteMother.PDF, 10 * 1024 * 1024);
        byte[] tooLarge = Arrays.copyOf(WebsiteMother.PDF, 10 * 1024 * 1024 + 1);
        String path = "/v1/public/applications/" + applied.id() + "/documents/";
        ApiClient uploader = website.visitor().withBearer(applied.uploadToken());

        ApiResponse stored = uploader.sendBytes("PUT", path + "largest.pdf", largest,
                Map.of("Content-Type", Website.PDF));
        ApiResponse declared = uploader.sendBytes("PUT", path + "declared.pdf", tooLarge,
                Map.of("Content-Type", Website.PDF), true);
        ApiResponse chunked = uploader.sendChunked("PUT", path + "chunked.pdf", tooLarge,
                Map.of("Content-Type", Website.PDF));

        assertThat(stored.status()).as(stored.toString()).isEqualTo(201);
        assertThat(stored.json().path("sizeBytes").asLong()).isEqualTo(10L * 1024 * 1024);
        ApiClient.Download download = cockpit.operator().download("/v1/operator/applications/" + applied.id()
                + "/documents/" + stored.json().path("id").asText());
        assertThat(download.response().header("Content-Length")).contains(String.valueOf(10 * 1024 * 1024));
        assertThat(Arrays.equals(download.bytes(), largest)).as("10 MiB downloaded byte for byte").isTrue();
        ApiResponse head = cockpit.operator().head("/v1/operator/applications/" + applied.id() + "/documents/"
                + stored.json().path("id").asText());
        assertThat(head.status()).isEqualTo(200);
        assertThat(head.headers().entrySet()).filteredOn(h -> h.getKey().equalsIgnoreCase("Content-Length"))
                .singleElement().satisfies(h -> assertThat(h.getValue()).containsExactly("10485760"));
        assertThat(head.body()).isEmpty();
        assertThat(declared.status()).isEqualTo(413);
        assertThat(declared.code()).isEqualTo("request.too_large");
        assertThat(chunked.status()).isEqualTo(413);
        assertThat(chunked.code()).isEqualTo("application.document_too_large");
        assertThat(detail(applied.id()).path("documents")).extracting(d -> d.path("fileName").asText())
                .containsExactly("largest.pdf");
    }

    @Test
    void aDocumentErasedWhileItIsDownloadedEndsTheDownloadShortWithoutAProblemAppended() {
        String email = Unique.email();
        Website.Applied applied = website.apply(email, job(), false);
        byte[] content = Arrays.copyOf(WebsiteMother.PDF, 10 * 1024 * 1024 - 3);
        for (int i = WebsiteMother.PDF.length; i < content.length; i++) {
            content[i] = (byte) (i * 7);
        }
        ApiResponse stored = website.upload(applied, "portfolio.pdf", Website.PDF, content);
        assertThat(stored.status()).as(stored.toString()).isEqualTo(201);
        String path = "/v1/operator/applications/" + applied.id() + "/documents/" + stored.json().path("id").asText();
        String token = website.tokenMailedTo(email, 1, "application");

        // the server has sent at most its send buffer (4 MiB here) when the applicant withdraws; the rest is gone
        ApiClient.Download cut = cockpit.operator().downloadInterrupted(path, () ->
                assertThat(website.visitor().delete("/v1/public/applications/" + token).status()).isEqualTo(200));

        assertThat(cut.response().status()).isEqualTo(200);
        assertThat(cut.response().header("Content-Length")).contains(String.valueOf(content.length));
        assertThat(cut.bytes().length).as("bytes before the connection ended").isLessThan(content.length);
        assertThat(Arrays.equals(cut.bytes(), Arrays.copyOf(content, cut.bytes().length)))
                .as("only the document's own bytes, no problem page after them").isTrue();
        assertThat(cockpit.operator().download(path).response().status()).isEqualTo(404);
    }

    @Test
    void theWithdrawalLinkErasesApplicationDocumentsNotesAndConsentAtOnce() {
        String email = Unique.email();
        Website.Applied applied = website.apply(email, job(), true);
        String documentId = website.upload(applied, "cv.pdf", Website.PDF, WebsiteMother.PDF).json().path("id").asText();
        cockpit.operator().post("/v1/operator/applications/" + applied.id() + "/notes",
                "{\"text\":\"Gespräch mit Ayşe: gut\"}");
        String poolToken = website.tokenMailedTo(email, 1, "talent-pool");
        String token = website.tokenMailedTo(email, 1, "application");
        long before = website.ledgerLines("applications", "withdrawn");

        ApiResponse withdrawn = website.visitor().delete("/v1/public/applications/" + token);

        assertThat(withdrawn.status()).isEqualTo(200);
        assertThat(withdrawn.json().path("erased").asBoolean()).isTrue();
        assertThat(cockpit.operator().get("/v1/operator/applications/" + applied.id()).code())
                .isEqualTo("application.not_found");
        assertThat(cockpit.operator().download("/v1/operator/applications/" + applied.id() + "/documents/"
                + documentId).response().status()).isEqualTo(404);
        assertThat(website.visitor().delete("/v1/public/talent-pool/" + poolToken).code())
                .isEqualTo("talent_pool.not_found");
        assertThat(website.visitor().delete("/v1/public/applications/" + token).code())
                .isEqualTo("application.not_found");
        assertThat(website.ledgerLines("applications", "withdrawn")).isEqualTo(before + 1);
        assertThat(website.placesHolding(email)).isEmpty();
        assertThat(website.placesHolding("Gespräch mit Ayşe")).isEmpty();
    }

    @Test
    void theTalentPoolHoldsOnlyThoseWhoConsentedUntilTheyWithdraw() {
        String email = Unique.email();
        Website.Applied inPool = website.apply(email, job(), true);
        Website.Applied notInPool = website.apply(Unique.email(), job(), false);

        assertThat(poolIds()).contains(inPool.id()).doesNotContain(notInPool.id());
        JsonNode consent = detail(inPool.id()).path("talentPool");
        assertThat(consent.path("consentTextVersion").asText()).isEqualTo("talent-pool-2026-01");
        assertThat(Instant.parse(consent.path("endsAt").asText())).isEqualTo(
                Instant.parse(consent.path("consentedAt").asText()).atZone(java.time.ZoneOffset.UTC).plusYears(2)
                        .toInstant());

        ApiResponse left = website.visitor().delete("/v1/public/talent-pool/"
                + website.tokenMailedTo(email, 1, "talent-pool"));

        assertThat(left.status()).isEqualTo(204);
        assertThat(poolIds()).doesNotContain(inPool.id());
        assertThat(detail(inPool.id()).path("talentPool").isNull()).isTrue();
        assertThat(detail(inPool.id()).path("status").asText()).isEqualTo("received");
    }

    private java.util.List<String> poolIds() {
        return cockpit.operator().pages("/v1/operator/talent-pool", 100).stream()
                .flatMap(page -> java.util.stream.StreamSupport.stream(page.path("items").spliterator(), false))
                .map(entry -> entry.path("applicationId").asText()).toList();
    }

    @Test
    void theOperatorMovesTheProcessOnKeepsNotesAndPlacesAndReleasesALegalHold() {
        String job = job();
        Website.Applied applied = website.apply(Unique.email(), job, false);
        String path = "/v1/operator/applications/" + applied.id();

        ApiResponse interviewing = cockpit.operator().patch(path, "{\"status\":\"interviewing\"}");
        ApiResponse back = cockpit.operator().patch(path, "{\"status\":\"received\"}");
        ApiResponse note = cockpit.operator().post(path + "/notes", "{\"text\":\"Zweites Gespräch am Freitag\"}");
        ApiResponse rejected = cockpit.operator().patch(path, "{\"status\":\"rejected\"}");
        ApiResponse reopened = cockpit.operator().patch(path, "{\"status\":\"hired\"}");
        String past = Instant.now().minus(1, ChronoUnit.DAYS).toString();
        String future = Instant.now().plus(400, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS).toString();
        ApiResponse pastHold = cockpit.operator().put(path + "/legal-hold",
                "{\"reason\":\"Klage\",\"until\":\"" + past + "\"}", null);
        ApiResponse held = cockpit.operator().put(path + "/legal-hold",
                "{\"reason\":\"Klage vor dem Arbeitsgericht\",\"until\":\"" + future + "\"}", null);
        ApiResponse released = cockpit.operator().delete(path + "/legal-hold");

        assertThat(interviewing.json().path("status").asText()).isEqualTo("interviewing");
        assertThat(back.status()).isEqualTo(409);
        assertThat(back.code()).isEqualTo("application.transition_not_allowed");
        assertThat(note.status()).isEqualTo(201);
        assertThat(note.json().path("author").asText()).isEqualTo("olivia");
        assertThat(rejected.json().path("endedAt").isTextual()).isTrue();
        assertThat(rejected.json().path("eraseAfter").isTextual()).isTrue();
        assertThat(reopened.status()).isEqualTo(409);
        assertThat(pastHold.status()).isEqualTo(422);
        assertThat(pastHold.errorPointers()).containsExactly("body:/until");
        assertThat(held.json().path("legalHold").path("until").asText()).isEqualTo(future);
        assertThat(held.json().path("eraseAfter").asText()).isEqualTo(future);
        assertThat(released.json().path("legalHold").isNull()).isTrue();
        assertThat(released.json().path("notes")).hasSize(1);
        JsonNode listed = cockpit.operator().get("/v1/operator/applications?jobReference=" + job
                + "&status=rejected").json();
        assertThat(listed.path("items")).extracting(item -> item.path("id").asText()).containsExactly(applied.id());
        assertThat(cockpit.operator().get("/v1/operator/applications?jobReference=" + job + "&status=hired")
                .json().path("items")).isEmpty();
    }

    @Test
    void aBotsApplicationGetsAReceiptThatOpensNothing() {
        String email = Unique.email();
        Map<String, Object> bot = Website.applicationForm(email, job(), true);
        bot.put("website", "I am a bot");

        ApiResponse receipt = website.visitor().post("/v1/public/applications", Website.json(bot));
        Website.Applied fake = new Website.Applied(receipt.json().path("id").asText(),
                receipt.json().path("uploadToken").asText());

        assertThat(receipt.status()).isEqualTo(201);
        assertThat(website.upload(fake, "cv.pdf", Website.PDF, WebsiteMother.PDF).code())
                .isEqualTo("application.upload_token_invalid");
        assertThat(website.lookUp(email).path("applications")).isEmpty();
    }
}
