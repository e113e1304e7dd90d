package io.cockpit.bootstrap.e2e;

import io.cockpit.application.testing.WebsiteMother;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.Period;
import java.time.ZoneOffset;
import java.time.temporal.TemporalAmount;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The website's retention as time passes, on servers of their own whose clocks travel: the open-request flag after
 * 90 days, applications erased 6 months after their process ended, later under a legal hold or in the talent pool
 * (at most 2 years after the consent), withdrawal links that erase at once whenever they are used (under a legal hold:
 * when the hold ends or is released), upload tokens that expire after an hour. The register's leased retention job,
 * which deletes the website's categories too, takes a turn every 200 ms here; each check waits for a run that started
 * after the clock moved.
 */
abstract class WebsiteRetentionScenarios extends Scenarios {

    private Website website;

    @BeforeEach
    void onTheWebsite() {
        website = new Website(cockpit);
    }

    private String applicationPath(Website.Applied applied) {
        return "/v1/operator/applications/" + applied.id();
    }

    /** Moves the clock and waits until a retention run that started afterwards has finished; the travel's end. */
    private Instant travelAndAwaitARun(TemporalAmount amount) {
        Instant travelled = cockpit.now().atZone(ZoneOffset.UTC).plus(amount).toInstant();
        cockpit.travel(amount);
        assertThat(StoredRows.await(() -> !new StoredRows(cockpit).retentionRunsSince(travelled).isEmpty()))
                .as("a retention run after the travel").isTrue();
        return travelled;
    }

    /** The application is still there after a retention run at the new time. */
    private void assertKeptAfter(TemporalAmount amount, Website.Applied applied) {
        travelAndAwaitARun(amount);
        assertThat(cockpit.operator().get(applicationPath(applied)).status()).isEqualTo(200);
    }

    /** A retention run at the new time erased the application; says when the travel ended. */
    private Instant assertErasedAfter(TemporalAmount amount, Website.Applied applied) {
        Instant travelled = travelAndAwaitARun(amount);
        assertThat(cockpit.operator().get(applicationPath(applied)).status()).as("erased by the retention job")
                .isEqualTo(404);
        return travelled;
    }

    private Website.Applied appliedWithDocumentAndNote(String email, boolean talentPool) {
        Website.Applied applied = website.apply(email, Unique.id("job"), talentPool);
        assertThat(website.upload(applied, "cv.pdf", Website.PDF, WebsiteMother.PDF).status()).isEqualTo(201);
        cockpit.operator().post(applicationPath(applied) + "/notes", "{\"text\":\"Gesprächsnotiz\"}");
        return applied;
    }

    private void end(Website.Applied applied, String status) {
        assertThat(cockpit.operator().patch(applicationPath(applied), "{\"status\":\"" + status + "\"}").status())
                .isEqualTo(200);
    }

    @Test
    @TimeTravel
    void anOpenContactRequestIsFlaggedOnceItWaitedLongerThanNinetyDaysAndClosingErasesIt() {
        String email = Unique.email();
        website.sendContactForm(email, "Bitte melden");
        String path = "/v1/operator/contact-requests/" + website.contactRequestOf(email);

        cockpit.travel(Duration.ofDays(90).minusMinutes(1));
        assertThat(cockpit.operator().get(path).json().path("overdue").asBoolean()).isFalse();
        cockpit.travel(Duration.ofMinutes(2));
        assertThat(cockpit.operator().get(path).json().path("overdue").asBoolean()).isTrue();
        assertThat(cockpit.operator().get("/v1/operator/contact-requests").json().path("items").get(0)
                .path("overdue").asBoolean()).isTrue();

        assertThat(cockpit.operator().post(path + "/close", null, java.util.Map.of()).status()).isEqualTo(204);
        assertThat(website.ledgerLines("contact_requests", "request_handled")).isEqualTo(1);
        assertThat(website.placesHolding(email)).isEmpty();
    }

    @Test
    @TimeTravel
    void anEndedApplicationIsErasedWithDocumentsAndNotesSixMonthsLater() {
        String email = Unique.email();
        Website.Applied applied = appliedWithDocumentAndNote(email, false);
        end(applied, "withdrawn");

        assertKeptAfter(Period.ofMonths(6).minusDays(1), applied);

        Instant erased = assertErasedAfter(Period.ofDays(1), applied);
        assertThat(website.ledgerLines("applications", "retention")).isEqualTo(1);
        assertThat(new StoredRows(cockpit).deletedSince(erased, "applications")).as("the run's count").isEqualTo(1);
        assertThat(website.placesHolding(email)).isEmpty();
        assertThat(website.placesHolding("Gesprächsnotiz")).isEmpty();
    }

    @Test
    @TimeTravel
    void anApplicationWithNoDecisionIsFlaggedAfterNinetyDaysAndErasedEighteenMonthsAfterItsLastStatusChange() {
        String email = Unique.email();
        Website.Applied applied = appliedWithDocumentAndNote(email, false);
        end(applied, "interviewing");
        String moved = cockpit.operator().get(applicationPath(applied)).json().path("eraseAfter").asText();
        assertThat(moved).as("12 months to count as abandoned, then 6").isNotEmpty();
        assertThat(cockpit.operator().get(applicationPath(applied)).json().path("overdue").asBoolean()).isFalse();

        cockpit.travel(Duration.ofDays(90).plusMinutes(1));
        assertThat(cockpit.operator().get(applicationPath(applied)).json().path("overdue").asBoolean()).isTrue();
        java.util.List<Boolean> listed = new java.util.ArrayList<>();
        cockpit.operator().get("/v1/operator/applications").json().path("items").forEach(item -> {
            if (item.path("id").asText().equals(applied.id())) {
                listed.add(item.path("overdue").asBoolean());
            }
        });
        assertThat(listed).as("the list flags it too").containsExactly(true);

        travelAndAwaitARun(Period.ofMonths(10));
        ApiResponse late = cockpit.operator().patch(applicationPath(applied), "{\"status\":\"rejected\"}");
        assertThat(late.status()).as("abandoned: no decision pushes its retention back").isEqualTo(409);
        assertThat(late.code()).isEqualTo("application.transition_not_allowed");
        assertKeptAfter(Period.ofMonths(4), applied);

        Instant erased = assertErasedAfter(Period.ofMonths(2), applied);
        assertThat(website.ledgerLines("applications", "retention")).isEqualTo(1);
        assertThat(new StoredRows(cockpit).deletedSince(erased, "applications")).isEqualTo(1);
        assertThat(website.placesHolding(email)).isEmpty();
    }

    @Test
    @TimeTravel
    void aLegalHoldKeepsTheApplicationUntilTheHoldEnds() {
        Website.Applied applied = appliedWithDocumentAndNote(Unique.email(), false);
        end(applied, "rejected");
        Instant until = cockpit.now().atZone(ZoneOffset.UTC).plusMonths(9).toInstant();
        assertThat(cockpit.operator().put(applicationPath(applied) + "/legal-hold",
                "{\"reason\":\"Klage anhängig\",\"until\":\"" + until + "\"}", null).status()).isEqualTo(200);

        assertKeptAfter(Period.ofMonths(7), applied);

        assertErasedAfter(Period.ofMonths(2).plusDays(1), applied);
        assertThat(website.ledgerLines("applications", "retention")).isEqualTo(1);
    }

    @Test
    @TimeTravel
    void theTalentPoolKeepsAnEndedApplicationUntilTwoYearsAfterTheConsent() {
        Website.Applied applied = appliedWithDocumentAndNote(Unique.email(), true);
        end(applied, "rejected");

        assertKeptAfter(Period.ofMonths(7), applied);
        assertKeptAfter(Period.ofYears(1).plusMonths(4), applied);

        assertErasedAfter(Period.ofMonths(1).plusDays(1), applied);
        assertThat(website.ledgerLines("talent_pool", "retention")).isEqualTo(1);
        assertThat(website.ledgerLines("applications", "retention")).isEqualTo(1);
        assertThat(cockpit.operator().get("/v1/operator/talent-pool").json().path("items")).isEmpty();
    }

    @Test
    @TimeTravel
    void aWithdrawalLinkUsedMonthsLaterStillErasesAtOnce() {
        String email = Unique.email();
        Website.Applied applied = appliedWithDocumentAndNote(email, false);
        end(applied, "hired");
        cockpit.travel(Period.ofMonths(3));

        assertThat(website.visitor().delete("/v1/public/applications/"
                + website.tokenMailedTo(email, 1, "application")).json().path("erased").asBoolean()).isTrue();

        assertThat(cockpit.operator().get(applicationPath(applied)).status()).isEqualTo(404);
        assertThat(website.ledgerLines("applications", "withdrawn")).isEqualTo(1);
        assertThat(website.ledgerLines("applications", "retention")).isZero();
    }

    @Test
    @TimeTravel
    void theUploadTokenWorksForOneHour() {
        Website.Applied applied = website.apply(Unique.email(), Unique.id("job"), false);

        cockpit.travel(Duration.ofMinutes(59));
        assertThat(website.upload(applied, "early.pdf", Website.PDF, WebsiteMother.PDF).status()).isEqualTo(201);
        cockpit.travel(Duration.ofMinutes(1));
        ApiResponse late = website.upload(applied, "late.pdf", Website.PDF, WebsiteMother.PDF);

        assertThat(late.status()).isEqualTo(401);
        assertThat(late.code()).isEqualTo("application.upload_token_invalid");
    }

    private Instant holdFor(Website.Applied applied, TemporalAmount amount) {
        Instant until = cockpit.now().atZone(ZoneOffset.UTC).plus(amount).toInstant()
                .truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
        assertThat(cockpit.operator().put(applicationPath(applied) + "/legal-hold",
                "{\"reason\":\"Klage anhängig\",\"until\":\"" + until + "\"}", null).status()).isEqualTo(200);
        return until;
    }

    private ApiResponse withdraw(String email) {
        return website.visitor().delete("/v1/public/applications/" + website.tokenMailedTo(email, 1, "application"));
    }

    @Test
    @TimeTravel
    void anApplicationWithdrawnUnderALegalHoldTakesNoDocumentsAndIsErasedWhenTheHoldEnds() {
        String email = Unique.email();
        Website.Applied applied = appliedWithDocumentAndNote(email, true);
        Instant until = holdFor(applied, Duration.ofDays(30));

        ApiResponse withdrawn = withdraw(email);

        assertThat(withdrawn.json().path("erased").asBoolean()).isFalse();
        assertThat(Instant.parse(withdrawn.json().path("keptUntil").asText())).isEqualTo(until);
        var kept = cockpit.operator().get(applicationPath(applied)).json();
        assertThat(kept.path("status").asText()).isEqualTo("withdrawn");
        assertThat(Instant.parse(kept.path("eraseAfter").asText())).as("what the applicant was told")
                .isEqualTo(until);
        ApiResponse late = website.upload(applied, "cv2.pdf", Website.PDF, WebsiteMother.PDF);
        assertThat(late.status()).as("the token's hour is not over, but the applicant withdrew").isEqualTo(401);
        assertThat(late.code()).isEqualTo("application.upload_token_invalid");

        assertKeptAfter(Duration.ofDays(29), applied);
        assertErasedAfter(Duration.ofDays(2), applied);
        assertThat(website.ledgerLines("applications", "retention")).isEqualTo(1);
        assertThat(website.placesHolding(email)).isEmpty();
    }

    @Test
    @TimeTravel
    void releasingTheHoldOfAWithdrawnApplicationLetsTheNextRunEraseIt() {
        String email = Unique.email();
        Website.Applied applied = appliedWithDocumentAndNote(email, false);
        holdFor(applied, Period.ofYears(1));
        assertThat(withdraw(email).json().path("erased").asBoolean()).isFalse();

        ApiResponse released = cockpit.operator().delete(applicationPath(applied) + "/legal-hold");

        assertThat(released.status()).isEqualTo(200);
        assertThat(Instant.parse(released.json().path("eraseAfter").asText())).as("due at once")
                .isBeforeOrEqualTo(cockpit.now());
        assertErasedAfter(Duration.ofMinutes(1), applied);
        assertThat(website.ledgerLines("applications", "retention")).isEqualTo(1);
    }
}
