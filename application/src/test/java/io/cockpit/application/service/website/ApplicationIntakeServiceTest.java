package io.cockpit.application.service.website;

import io.cockpit.application.port.in.website.ApplyUseCase.Receipt;
import io.cockpit.application.port.in.website.ApplyUseCase.StoredDocument;
import io.cockpit.application.port.in.website.ApplyUseCase.UploadPermit;
import io.cockpit.application.port.in.website.ApplyUseCase.Withdrawal;
import io.cockpit.application.port.out.shared.Mail;
import io.cockpit.application.testing.Race;
import io.cockpit.application.testing.WebsiteMother;
import io.cockpit.domain.account.EmailAddress;
import io.cockpit.domain.register.ErasureReason;
import io.cockpit.domain.register.ErasureRecord;
import io.cockpit.domain.shared.DomainException;
import io.cockpit.domain.shared.ErrorCode;
import io.cockpit.domain.shared.ItemId;
import io.cockpit.domain.shared.Language;
import io.cockpit.domain.website.Application;
import io.cockpit.domain.website.ApplicationStatus;
import io.cockpit.domain.website.DocumentName;
import io.cockpit.domain.website.DocumentType;
import io.cockpit.domain.website.HoldReason;
import io.cockpit.domain.website.NoteText;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ApplicationIntakeServiceTest {

    private final WebsiteServices website = new WebsiteServices();

    private Receipt apply(String email, boolean talentPool) {
        return website.intake.apply(WebsiteMother.submission(email, "2026-sales", talentPool), Language.DE,
                website.newClient());
    }

    private StoredDocument upload(Receipt receipt, String name, DocumentType type, byte[] content) {
        UploadPermit permit = website.intake.admitUpload(receipt.id(), receipt.uploadToken().value(),
                website.newClient());
        return website.intake.storeDocument(permit, new DocumentName(name), type, content);
    }

    private static ErrorCode error(Throwable refusal) {
        return ((DomainException) refusal).error();
    }

    @Test
    void anApplicationIsStoredAndAcknowledgedWithBothWithdrawalLinks() {
        String email = WebsiteMother.uniqueEmail();
        Instant now = website.stores.clock.instant();

        Receipt receipt = apply(email, true);

        Application stored = website.stores.applications.find(receipt.id()).orElseThrow();
        assertThat(stored.status()).isEqualTo(ApplicationStatus.RECEIVED);
        assertThat(stored.talentPool()).hasValueSatisfying(pool -> {
            assertThat(pool.consentTextVersion().value()).isEqualTo("talent-pool-2026-01");
            assertThat(pool.consentedAt()).isEqualTo(now);
        });
        assertThat(receipt.uploadTokenExpiresAt()).isEqualTo(now.plus(Duration.ofHours(1)));
        assertThat(receipt.uploadToken().value()).startsWith("upl_");
        Mail mail = website.stores.mail.sentTo(new EmailAddress(email)).getFirst();
        assertThat(mail.text()).contains("#application=wap_", "#talent-pool=wtp_").doesNotContain("Ayşe", "Öztürk");
        website.tokenMailedTo(email, "talent-pool");
    }

    @Test
    void withoutConsentThereIsNoTalentPoolLink() {
        String email = WebsiteMother.uniqueEmail();
        Receipt receipt = apply(email, false);

        assertThat(website.stores.applications.find(receipt.id()).orElseThrow().talentPool()).isEmpty();
        assertThat(website.stores.mail.sentTo(new EmailAddress(email)).getFirst().text()).doesNotContain("talent-pool=");
    }

    @Test
    void documentsAreKeptReplacedByNameAndLimitedToFive() {
        Receipt receipt = apply(WebsiteMother.uniqueEmail(), false);

        StoredDocument first = upload(receipt, "cv.pdf", DocumentType.PDF, WebsiteMother.PDF);
        StoredDocument again = upload(receipt, "cv.pdf", DocumentType.PDF, WebsiteMother.PDF);
        for (int i = 2; i <= 5; i++) {
            upload(receipt, "zeugnis-" + i + ".png", DocumentType.PNG, WebsiteMother.PNG);
        }

        assertThat(first.replaced()).isFalse();
        assertThat(again.replaced()).isTrue();
        assertThat(website.stores.applicationDocuments.count(receipt.id())).isEqualTo(5);
        assertThatThrownBy(() -> upload(receipt, "sixth.pdf", DocumentType.PDF, WebsiteMother.PDF))
                .satisfies(e -> assertThat(error(e)).isEqualTo(ErrorCode.APPLICATION_DOCUMENT_LIMIT_REACHED));
        assertThat(upload(receipt, "cv.pdf", DocumentType.PDF, WebsiteMother.PDF).replaced()).isTrue();
    }

    @Test
    void contentThatIsNotWhatItsTypeSaysIsRefused() {
        Receipt receipt = apply(WebsiteMother.uniqueEmail(), false);

        assertThatThrownBy(() -> upload(receipt, "cv.png", DocumentType.PNG, WebsiteMother.PDF))
                .satisfies(e -> assertThat(error(e)).isEqualTo(ErrorCode.APPLICATION_DOCUMENT_CONTENT_MISMATCH));
        assertThatThrownBy(() -> upload(receipt, "cv.docx", DocumentType.DOCX,
                "<html>not a document</html>".getBytes(java.nio.charset.StandardCharsets.UTF_8)))
                .satisfies(e -> assertThat(error(e)).isEqualTo(ErrorCode.APPLICATION_DOCUMENT_CONTENT_MISMATCH));
        assertThat(website.stores.applicationDocuments.count(receipt.id())).isZero();
    }

    @Test
    void anUploadTokenWorksForItsOwnApplicationOnlyAndForOneHour() {
        Receipt mine = apply(WebsiteMother.uniqueEmail(), false);
        Receipt theirs = apply(WebsiteMother.uniqueEmail(), false);

        assertThatThrownBy(() -> website.intake.admitUpload(theirs.id(), mine.uploadToken().value(),
                website.newClient()))
                .satisfies(e -> assertThat(error(e)).isEqualTo(ErrorCode.APPLICATION_UPLOAD_TOKEN_INVALID));
        assertThatThrownBy(() -> website.intake.storeDocument(
                new UploadPermit(theirs.id(), mine.uploadToken().hash()), new DocumentName("x.pdf"),
                DocumentType.PDF, WebsiteMother.PDF))
                .satisfies(e -> assertThat(error(e)).isEqualTo(ErrorCode.APPLICATION_UPLOAD_TOKEN_INVALID));
        assertThatThrownBy(() -> website.intake.admitUpload(ItemId.random(), mine.uploadToken().value(),
                website.newClient()))
                .satisfies(e -> assertThat(error(e)).isEqualTo(ErrorCode.APPLICATION_UPLOAD_TOKEN_INVALID));

        UploadPermit admitted = website.intake.admitUpload(mine.id(), mine.uploadToken().value(),
                website.newClient());
        website.stores.clock.advance(Duration.ofMinutes(60));

        assertThatThrownBy(() -> website.intake.storeDocument(admitted, new DocumentName("late.pdf"),
                DocumentType.PDF, WebsiteMother.PDF))
                .satisfies(e -> assertThat(error(e)).isEqualTo(ErrorCode.APPLICATION_UPLOAD_TOKEN_INVALID));
        assertThatThrownBy(() -> website.intake.admitUpload(mine.id(), mine.uploadToken().value(),
                website.newClient()))
                .satisfies(e -> assertThat(error(e)).isEqualTo(ErrorCode.APPLICATION_UPLOAD_TOKEN_INVALID));
        assertThat(website.stores.applicationDocuments.count(mine.id())).isZero();
    }

    @Test
    void uploadsRacingForTheLastPlaceAdmitOne() throws InterruptedException {
        for (int round = 0; round < 10; round++) {
            Receipt receipt = apply(WebsiteMother.uniqueEmail(), false);
            for (int i = 1; i <= 4; i++) {
                upload(receipt, "doc-" + i + ".pdf", DocumentType.PDF, WebsiteMother.PDF);
            }
            UploadPermit permit = new UploadPermit(receipt.id(), receipt.uploadToken().hash());
            java.util.concurrent.atomic.AtomicInteger names = new java.util.concurrent.atomic.AtomicInteger();

            List<Race.Outcome<StoredDocument>> outcomes = Race.run(4, () -> website.intake.storeDocument(permit,
                    new DocumentName("late-" + names.incrementAndGet() + ".pdf"), DocumentType.PDF,
                    WebsiteMother.PDF));

            assertThat(outcomes.stream().filter(Race.Outcome::succeeded)).hasSize(1);
            assertThat(outcomes.stream().filter(o -> !o.succeeded()))
                    .allSatisfy(o -> assertThat(error(o.failure())).isEqualTo(ErrorCode.APPLICATION_DOCUMENT_LIMIT_REACHED));
            assertThat(website.stores.applicationDocuments.count(receipt.id())).isEqualTo(5);
        }
    }

    @Test
    void theWithdrawalLinkErasesTheApplicationWithDocumentsNotesAndConsentAtOnce() {
        String email = WebsiteMother.uniqueEmail();
        Receipt receipt = apply(email, true);
        upload(receipt, "cv.pdf", DocumentType.PDF, WebsiteMother.PDF);
        website.desk.addNote("olivia", receipt.id(), new NoteText("Telefonat: freundlich"));
        String token = website.tokenMailedTo(email, "application");

        Withdrawal withdrawal = website.intake.withdraw(token, website.newClient());

        assertThat(withdrawal.erased()).isTrue();
        assertThat(website.stores.applications.find(receipt.id())).isEmpty();
        assertThat(website.stores.applications.notes(receipt.id())).isEmpty();
        assertThat(website.stores.applicationDocuments.count(receipt.id())).isZero();
        assertThat(website.ledger()).extracting(ErasureRecord::category, ErasureRecord::reason)
                .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple("applications", ErasureReason.WITHDRAWN),
                        org.assertj.core.groups.Tuple.tuple("talent_pool", ErasureReason.WITHDRAWN));
        assertThatThrownBy(() -> website.intake.withdraw(token, website.newClient()))
                .satisfies(e -> assertThat(error(e)).isEqualTo(ErrorCode.APPLICATION_NOT_FOUND));
    }

    @Test
    void aWithdrawalUnderALegalHoldEndsTheProcessButKeepsTheRestUntilTheHoldEnds() {
        String email = WebsiteMother.uniqueEmail();
        Receipt receipt = apply(email, true);
        Instant until = website.stores.clock.instant().plus(Duration.ofDays(300));
        website.desk.placeHold("olivia", receipt.id(), new HoldReason("Klage anhängig"), until);

        Withdrawal withdrawal = website.intake.withdraw(website.tokenMailedTo(email, "application"),
                website.newClient());

        assertThat(withdrawal.keptUntil()).contains(until);
        Application kept = website.stores.applications.find(receipt.id()).orElseThrow();
        assertThat(kept.status()).isEqualTo(ApplicationStatus.WITHDRAWN);
        assertThat(kept.eraseAfter()).as("what the applicant was told").isEqualTo(until);
        assertThat(kept.talentPool()).isEmpty();
        assertThat(website.ledger()).extracting(ErasureRecord::category).containsExactly("talent_pool");
        assertThatThrownBy(() -> website.intake.admitUpload(receipt.id(), receipt.uploadToken().value(),
                website.newClient()))
                .as("no documents after the withdrawal, though the token's hour is not over")
                .satisfies(e -> assertThat(error(e)).isEqualTo(ErrorCode.APPLICATION_UPLOAD_TOKEN_INVALID));
        assertThatThrownBy(() -> website.intake.storeDocument(
                new UploadPermit(receipt.id(), receipt.uploadToken().hash()), new DocumentName("cv2.pdf"),
                DocumentType.PDF, WebsiteMother.PDF))
                .satisfies(e -> assertThat(error(e)).isEqualTo(ErrorCode.APPLICATION_UPLOAD_TOKEN_INVALID));

        website.desk.releaseHold("olivia", receipt.id());

        assertThat(website.stores.applications.find(receipt.id()).orElseThrow().eraseAfter())
                .as("released: due at once").isEqualTo(website.stores.clock.instant());
    }

    @Test
    void leavingTheTalentPoolEndsTheConsentAndKeepsARunningApplication() {
        String email = WebsiteMother.uniqueEmail();
        Receipt receipt = apply(email, true);
        String token = website.tokenMailedTo(email, "talent-pool");

        website.intake.leaveTalentPool(token, website.newClient());

        assertThat(website.stores.applications.find(receipt.id()).orElseThrow().talentPool()).isEmpty();
        assertThat(website.ledger()).singleElement().satisfies(line -> {
            assertThat(line.category()).isEqualTo("talent_pool");
            assertThat(line.reason()).isEqualTo(ErasureReason.CONSENT_WITHDRAWN);
        });
        assertThatThrownBy(() -> website.intake.leaveTalentPool(token, website.newClient()))
                .satisfies(e -> assertThat(error(e)).isEqualTo(ErrorCode.TALENT_POOL_ENTRY_NOT_FOUND));
    }

    @Test
    void leavingThePoolErasesAnApplicationKeptOnlyForIt() {
        String email = WebsiteMother.uniqueEmail();
        Receipt receipt = apply(email, true);
        website.desk.changeStatus("olivia", receipt.id(), ApplicationStatus.REJECTED);
        website.stores.clock.advance(Duration.ofDays(200));

        website.intake.leaveTalentPool(website.tokenMailedTo(email, "talent-pool"), website.newClient());

        assertThat(website.stores.applications.find(receipt.id())).isEmpty();
        assertThat(website.ledger()).extracting(ErasureRecord::category)
                .containsExactlyInAnyOrder("talent_pool", "applications");
    }

    @Test
    void anUploadRacingAWithdrawalLeavesNoDocumentBehind() throws InterruptedException {
        for (int round = 0; round < 20; round++) {
            String email = WebsiteMother.uniqueEmail();
            Receipt receipt = apply(email, false);
            String token = website.tokenMailedTo(email, "application");
            UploadPermit permit = new UploadPermit(receipt.id(), receipt.uploadToken().hash());
            java.util.concurrent.atomic.AtomicInteger turn = new java.util.concurrent.atomic.AtomicInteger();

            Race.run(2, () -> turn.getAndIncrement() == 0
                    ? website.intake.withdraw(token, website.newClient())
                    : website.intake.storeDocument(permit, new DocumentName("cv.pdf"), DocumentType.PDF,
                    WebsiteMother.PDF));

            assertThat(website.stores.applications.find(receipt.id())).isEmpty();
            assertThat(website.stores.applicationDocuments.count(receipt.id())).isZero();
        }
    }

    @Test
    void aBotGetsAReceiptThatLeadsNowhere() {
        Receipt fake = website.intake.trap(website.newClient());

        assertThat(website.stores.applications.find(fake.id())).isEmpty();
        assertThatThrownBy(() -> website.intake.admitUpload(fake.id(), fake.uploadToken().value(),
                website.newClient()))
                .satisfies(e -> assertThat(error(e)).isEqualTo(ErrorCode.APPLICATION_UPLOAD_TOKEN_INVALID));
        assertThat(website.stores.mail.sent()).isEmpty();
    }
}
