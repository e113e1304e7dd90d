package io.cockpit.bootstrap.e2e;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.cockpit.adapters.mysql.RelationalStore;
import io.cockpit.adapters.mysql.audit.JdbiAuditLog;
import io.cockpit.adapters.mysql.register.JdbiErasureLedger;
import io.cockpit.application.port.out.shared.Mail;
import io.cockpit.domain.audit.AuditEvent;
import io.cockpit.domain.register.ErasureRecord;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** The company website's requests as the website and the operator send them, for the end-to-end scenarios. */
final class Website {

    static final String PDF = "application/pdf";
    static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    static final String PNG = "image/png";
    static final String JPEG = "image/jpeg";

    private static final ObjectMapper JSON = new ObjectMapper();

    private final CockpitFixture cockpit;

    Website(CockpitFixture cockpit) {
        this.cockpit = cockpit;
    }

    /** The website's server calling, on behalf of a visitor at a fresh address. */
    ApiClient visitor() {
        return cockpit.anonymous().from(Unique.address());
    }

    static String json(Map<String, ?> fields) {
        try {
            return JSON.writeValueAsString(fields);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    static Map<String, Object> contactForm(String email, String message) {
        Map<String, Object> form = new LinkedHashMap<>();
        form.put("name", "Jürgen Müller");
        form.put("email", email);
        form.put("phone", "+49 30 1234567");
        form.put("company", "");
        form.put("message", message);
        form.put("pageUrl", "https://www.example.com/kontakt");
        form.put("website", "");
        form.put("language", "de");
        return form;
    }

    static Map<String, Object> applicationForm(String email, String job, boolean talentPool) {
        Map<String, Object> form = new LinkedHashMap<>();
        form.put("jobReference", job);
        form.put("firstName", "Ayşe");
        form.put("lastName", "Öztürk");
        form.put("email", email);
        form.put("phone", null);
        form.put("message", "Ich bewerbe mich hiermit.");
        form.put("talentPoolConsent", talentPool);
        form.put("consentTextVersion", "talent-pool-2026-01");
        form.put("language", "en");
        return form;
    }

    ApiResponse sendContactForm(String email, String message) {
        return visitor().post("/v1/public/contact-requests", json(contactForm(email, message)));
    }

    /** A stored application: its id and upload token. */
    record Applied(String id, String uploadToken) {
    }

    Applied apply(String email, String job, boolean talentPool) {
        ApiResponse created = visitor().post("/v1/public/applications", json(applicationForm(email, job, talentPool)));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return new Applied(created.json().path("id").asText(), created.json().path("uploadToken").asText());
    }

    ApiResponse upload(Applied application, String fileName, String mediaType, byte[] content) {
        return visitor().withBearer(application.uploadToken()).sendBytes("PUT",
                "/v1/public/applications/" + application.id() + "/documents/" + fileName, content,
                Map.of("Content-Type", mediaType));
    }

    /** The token of the {@code kind} link (contact-request, application, talent-pool) in the newest of n mails. */
    String tokenMailedTo(String email, int mails, String kind) {
        List<Mail> arrived = cockpit.awaitMailTo(email, mails);
        assertThat(arrived).hasSize(mails);
        Matcher link = Pattern.compile(Pattern.quote(CockpitFixture.WITHDRAWAL_PAGE + "#" + kind + "=")
                + "([a-z]{3}_[A-Za-z0-9_-]{43})").matcher(arrived.getLast().text());
        assertThat(link.find()).as("a " + kind + " link in the mail").isTrue();
        return link.group(1);
    }

    /** What the operator's look-up by address finds. */
    JsonNode lookUp(String email) {
        ApiResponse found = cockpit.operator().get("/v1/operator/website-data?email=" + email);
        assertThat(found.status()).as(found.toString()).isEqualTo(200);
        return found.json();
    }

    /** The id of the only contact request sent with this address. */
    String contactRequestOf(String email) {
        JsonNode requests = lookUp(email).path("contactRequests");
        assertThat(requests).hasSize(1);
        return requests.get(0).path("id").asText();
    }

    /** How many lines of the erasure ledger record this category erased for this reason (no line names whose). */
    long ledgerLines(String category, String reason) {
        try (RelationalStore store = cockpit.openStore()) {
            return store.repository(db -> db.withHandle(h -> h.createQuery("SELECT COUNT(*) FROM erasure_ledger "
                            + "WHERE category = :category AND reason = :reason")
                    .bind("category", category)
                    .bind("reason", reason)
                    .mapTo(Long.class)
                    .one()));
        }
    }

    List<ErasureRecord> ledgerOf(String receipt) {
        try (RelationalStore store = cockpit.openStore()) {
            return store.repository(JdbiErasureLedger::new).ofReceipt(receipt);
        }
    }

    List<AuditEvent> audit() {
        try (RelationalStore store = cockpit.openStore()) {
            return store.repository(JdbiAuditLog::new).latest(200);
        }
    }

    /** Where in the database {@code value} is still held (table.column), e.g. an address after its erasure. */
    List<String> placesHolding(String value) {
        return DatabaseScan.placesHolding(cockpit.databaseSettings(), value);
    }
}
