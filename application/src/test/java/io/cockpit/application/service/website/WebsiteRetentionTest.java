package io.cockpit.application.service.website;

import io.cockpit.application.port.in.website.ApplyUseCase.Receipt;
import io.cockpit.application.testing.WebsiteMother;
import io.cockpit.domain.register.ErasureReason;
import io.cockpit.domain.register.ErasureRecord;
import io.cockpit.domain.register.RetentionRun;
import io.cockpit.domain.shared.Language;
import io.cockpit.domain.website.ApplicationStatus;
import io.cockpit.domain.website.ContactRequest;
import io.cockpit.domain.website.DocumentName;
import io.cockpit.domain.website.DocumentType;
import io.cockpit.domain.website.HoldReason;
import io.cockpit.domain.website.NoteText;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.Period;
import java.time.ZoneOffset;

import static org.assertj.core.api.Assertions.assertThat;

/** The website's categories in the register's retention job, on the fakes, as time passes. */
class WebsiteRetentionTest {

    private final WebsiteServices website = new WebsiteServices();

    private Receipt applyWithDocumentAndNote(boolean talentPool) {
        Receipt receipt = website.intake.apply(WebsiteMother.submission(WebsiteMother.uniqueEmail(), "sales",
                talentPool), Language.DE, website.newClient());
        var permit = website.intake.admitUpload(receipt.id(), receipt.uploadToken().value(), website.newClient());
        website.intake.storeDocument(permit, new DocumentName("cv.pdf"), DocumentType.PDF, WebsiteMother.PDF);
        website.desk.addNote("olivia", receipt.id(), new NoteText("Gespräch"));
        return receipt;
    }

    private void travelTo(Instant instant) {
        website.stores.clock.set(instant);
    }

    private Instant later(Instant from, Period period) {
        return from.atZone(ZoneOffset.UTC).plus(period).toInstant();
    }

    private int erased(String category) {
        return website.retention.run().deleted().get(category);
    }

    private boolean kept(Receipt receipt) {
        return website.stores.applications.find(receipt.id()).isPresent();
    }

    @Test
    void anEndedApplicationIsErasedSixMonthsLaterWithItsDocumentsAndNotes() {
        Receipt receipt = applyWithDocumentAndNote(false);
        Instant ended = website.stores.clock.instant();
        website.desk.changeStatus("olivia", receipt.id(), ApplicationStatus.REJECTED);

        travelTo(later(ended, Period.ofMonths(6)).minusMillis(1));
        assertThat(erased("applications")).isZero();
        assertThat(kept(receipt)).isTrue();

        travelTo(later(ended, Period.ofMonths(6)));
        assertThat(erased("applications")).isEqualTo(1);
        assertThat(kept(receipt)).isFalse();
        assertThat(website.stores.applicationDocuments.count(receipt.id())).isZero();
        assertThat(website.stores.applications.notes(receipt.id())).isEmpty();
        assertThat(website.ledger()).singleElement().satisfies(line -> {
            assertThat(line.category()).isEqualTo("applications");
            assertThat(line.reason()).isEqualTo(ErasureReason.RETENTION);
        });
        assertThat(website.retention.run().total()).isZero();
    }

    @Test
    void aProcessWithNoStatusChangeForTwelveMonthsIsAbandonedAndErasedSixMonthsLater() {
        Receipt receipt = applyWithDocumentAndNote(false);
        website.desk.changeStatus("olivia", receipt.id(), ApplicationStatus.INTERVIEWING);
        Instant moved = website.stores.clock.instant();

        travelTo(later(later(moved, Period.ofMonths(12)), Period.ofMonths(6)).minusMillis(1));
        assertThat(website.retention.run().total()).isZero();
        assertThat(kept(receipt)).isTrue();

        travelTo(later(later(moved, Period.ofMonths(12)), Period.ofMonths(6)));
        assertThat(erased("applications")).isEqualTo(1);
        assertThat(kept(receipt)).isFalse();
        assertThat(website.ledger()).extracting(ErasureRecord::category, ErasureRecord::reason)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("applications", ErasureReason.RETENTION));
    }

    @Test
    void aLegalHoldKeepsItUntilTheHoldEnds() {
        Receipt receipt = applyWithDocumentAndNote(false);
        Instant ended = website.stores.clock.instant();
        website.desk.changeStatus("olivia", receipt.id(), ApplicationStatus.REJECTED);
        Instant until = later(ended, Period.ofMonths(9));
        website.desk.placeHold("olivia", receipt.id(), new HoldReason("Klage"), until);

        travelTo(later(ended, Period.ofMonths(7)));
        website.retention.run();
        assertThat(kept(receipt)).isTrue();

        travelTo(until);
        website.retention.run();
        assertThat(kept(receipt)).isFalse();
    }

    @Test
    void aHoldReleasedEarlyLetsTheNextRunEraseWhatIsPastItsSixMonths() {
        Receipt receipt = applyWithDocumentAndNote(false);
        Instant ended = website.stores.clock.instant();
        website.desk.changeStatus("olivia", receipt.id(), ApplicationStatus.HIRED);
        website.desk.placeHold("olivia", receipt.id(), new HoldReason("Prüfung"), later(ended, Period.ofYears(3)));

        travelTo(later(ended, Period.ofMonths(8)));
        assertThat(erased("applications")).isZero();
        website.desk.releaseHold("olivia", receipt.id());

        assertThat(erased("applications")).isEqualTo(1);
        assertThat(kept(receipt)).isFalse();
    }

    @Test
    void theTalentPoolKeepsItForTwoYearsAfterTheConsentThenBothGo() {
        Instant consented = website.stores.clock.instant();
        Receipt receipt = applyWithDocumentAndNote(true);
        website.desk.changeStatus("olivia", receipt.id(), ApplicationStatus.REJECTED);

        travelTo(later(consented, Period.ofMonths(7)));
        website.retention.run();
        assertThat(kept(receipt)).isTrue();

        travelTo(later(consented, Period.ofYears(2)));
        RetentionRun run = website.retention.run();

        assertThat(run.deleted()).containsEntry("talent_pool", 1).containsEntry("applications", 1);
        assertThat(kept(receipt)).isFalse();
        assertThat(website.ledger()).extracting(ErasureRecord::category, ErasureRecord::reason)
                .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple("talent_pool", ErasureReason.RETENTION),
                        org.assertj.core.groups.Tuple.tuple("applications", ErasureReason.RETENTION));
    }

    @Test
    void aConsentEndsAfterTwoYearsEvenWhileTheProcessRuns() {
        Instant consented = website.stores.clock.instant();
        Receipt receipt = applyWithDocumentAndNote(true);

        travelTo(later(consented, Period.ofYears(2)).minusMillis(1));
        assertThat(erased("talent_pool")).isZero();
        assertThat(kept(receipt)).as("abandoned long ago, kept for the pool").isTrue();
        travelTo(later(consented, Period.ofYears(2)));
        assertThat(website.retention.run().deleted()).containsEntry("talent_pool", 1)
                .containsEntry("applications", 1);

        assertThat(kept(receipt)).as("its own 18 months were over").isFalse();
    }

    @Test
    void contactRequestsHaveNoPeriodAndAreLeftToTheOperator() {
        ContactRequest request = WebsiteMother.contactRequest(WebsiteMother.uniqueEmail(),
                website.stores.clock.instant());
        website.stores.contactRequests.add(request);

        website.stores.clock.advance(Duration.ofDays(3650));
        website.retention.run();

        assertThat(website.stores.contactRequests.find(request.id())).isPresent();
    }
}
