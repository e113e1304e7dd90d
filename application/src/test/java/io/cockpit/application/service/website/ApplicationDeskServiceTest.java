package io.cockpit.application.service.website;

import io.cockpit.application.paging.PageRequest;
import io.cockpit.application.port.in.website.ApplicationDeskUseCase;
import io.cockpit.application.port.in.website.ApplicationDeskUseCase.ApplicationFile;
import io.cockpit.application.port.in.website.ApplicationDeskUseCase.Download;
import io.cockpit.application.port.in.website.ApplyUseCase.Receipt;
import io.cockpit.application.port.out.website.ApplicationDocumentStore;
import io.cockpit.application.testing.WebsiteMother;
import io.cockpit.domain.audit.AuditEvent;
import io.cockpit.domain.shared.DomainException;
import io.cockpit.domain.shared.ErrorCode;
import io.cockpit.domain.shared.InvalidValueException;
import io.cockpit.domain.shared.ItemId;
import io.cockpit.domain.shared.Language;
import io.cockpit.domain.website.Application;
import io.cockpit.domain.website.ApplicationFilter;
import io.cockpit.domain.website.ApplicationStatus;
import io.cockpit.domain.website.DocumentName;
import io.cockpit.domain.website.DocumentType;
import io.cockpit.domain.website.HoldReason;
import io.cockpit.domain.website.JobReference;
import io.cockpit.domain.website.NoteText;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ApplicationDeskServiceTest {

    private final WebsiteServices website = new WebsiteServices();

    private Receipt apply(String email, String job, boolean talentPool) {
        return website.intake.apply(WebsiteMother.submission(email, job, talentPool), Language.DE,
                website.newClient());
    }

    private static ErrorCode error(Throwable refusal) {
        return ((DomainException) refusal).error();
    }

    @Test
    void oneApplicationComesWithItsDocumentsAndNotesAndEachDocumentDownloads() {
        Receipt receipt = apply(WebsiteMother.uniqueEmail(), "sales", false);
        var permit = website.intake.admitUpload(receipt.id(), receipt.uploadToken().value(), website.newClient());
        var stored = website.intake.storeDocument(permit, new DocumentName("cv.pdf"), DocumentType.PDF,
                WebsiteMother.PDF);
        website.desk.addNote("olivia", receipt.id(), new NoteText("Erstgespräch gut"));
        website.stores.clock.advance(Duration.ofSeconds(1));
        website.desk.addNote("otto", receipt.id(), new NoteText("Zweitgespräch"));

        ApplicationFile file = website.desk.find("olivia", receipt.id());
        Download download = website.desk.download("olivia", receipt.id(), stored.document().id());

        assertThat(file.documents()).containsExactly(stored.document());
        assertThat(file.notes()).extracting(note -> note.text().value(), note -> note.author())
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Erstgespräch gut", "olivia"),
                        org.assertj.core.groups.Tuple.tuple("Zweitgespräch", "otto"));
        assertThat(download.parts()).isOne();
        assertThat(download.part(0)).isEqualTo(WebsiteMother.PDF);
        assertThatThrownBy(() -> website.desk.download("olivia", receipt.id(), ItemId.random()))
                .satisfies(e -> assertThat(error(e)).isEqualTo(ErrorCode.APPLICATION_DOCUMENT_NOT_FOUND));
        assertThatThrownBy(() -> website.desk.find("olivia", ItemId.random()))
                .satisfies(e -> assertThat(error(e)).isEqualTo(ErrorCode.APPLICATION_NOT_FOUND));
        assertThatThrownBy(() -> website.desk.addNote("olivia", ItemId.random(), new NoteText("x")))
                .satisfies(e -> assertThat(error(e)).isEqualTo(ErrorCode.APPLICATION_NOT_FOUND));
    }

    @Test
    void aDownloadReadsItsPartsOneByOneAndEndsWhenTheDocumentIsErasedMeanwhile() {
        String email = WebsiteMother.uniqueEmail();
        Receipt receipt = apply(email, "sales", false);
        byte[] content = Arrays.copyOf(WebsiteMother.PDF, 2 * ApplicationDocumentStore.PART_BYTES + 17);
        Arrays.fill(content, WebsiteMother.PDF.length, content.length, (byte) 0x5A);
        var permit = website.intake.admitUpload(receipt.id(), receipt.uploadToken().value(), website.newClient());
        var stored = website.intake.storeDocument(permit, new DocumentName("portfolio.pdf"), DocumentType.PDF,
                content);

        Download download = website.desk.download("olivia", receipt.id(), stored.document().id());
        assertThat(download.parts()).isEqualTo(3);
        assertThat(download.part(0)).isEqualTo(Arrays.copyOf(content, ApplicationDocumentStore.PART_BYTES));
        assertThat(download.part(2)).hasSize(17);
        website.intake.withdraw(website.tokenMailedTo(email, "application"), website.newClient());

        assertThatThrownBy(() -> download.part(1))
                .satisfies(e -> assertThat(error(e)).isEqualTo(ErrorCode.APPLICATION_DOCUMENT_NOT_FOUND));
        assertThat(website.stores.audit.latest(20)).extracting(AuditEvent::action)
                .containsOnlyOnce("applications.document_download");
    }

    @Test
    void listsByJobAndStatus() {
        String job = "job-" + ItemId.random().value().substring(0, 6);
        Receipt first = apply(WebsiteMother.uniqueEmail(), job, false);
        website.stores.clock.advance(Duration.ofSeconds(1));
        Receipt second = apply(WebsiteMother.uniqueEmail(), job, false);
        apply(WebsiteMother.uniqueEmail(), "other", false);
        website.desk.changeStatus("olivia", first.id(), ApplicationStatus.INTERVIEWING);

        assertThat(website.desk.list("olivia", new ApplicationFilter(Optional.of(new JobReference(job)),
                Optional.empty()), PageRequest.first(10)).items()).extracting(listed -> listed.application().id())
                .containsExactly(second.id(), first.id());
        assertThat(website.desk.list("olivia", new ApplicationFilter(Optional.of(new JobReference(job)),
                Optional.of(ApplicationStatus.INTERVIEWING)), PageRequest.first(10)).items())
                .extracting(listed -> listed.application().id()).containsExactly(first.id());
    }

    @Test
    void theListAndTheFileFlagAProcessWithNoStatusChangeForMoreThanNinetyDays() {
        String job = "job-" + ItemId.random().value().substring(0, 6);
        Receipt waiting = apply(WebsiteMother.uniqueEmail(), job, false);
        Receipt moved = apply(WebsiteMother.uniqueEmail(), job, false);
        website.stores.clock.advance(Duration.ofDays(60));
        website.desk.changeStatus("olivia", moved.id(), ApplicationStatus.INTERVIEWING);
        website.stores.clock.advance(Duration.ofDays(31));

        assertThat(website.desk.list("olivia", new ApplicationFilter(Optional.of(new JobReference(job)),
                Optional.empty()), PageRequest.first(10)).items())
                .extracting(listed -> listed.application().id(), ApplicationDeskUseCase.ListedApplication::overdue)
                .containsExactlyInAnyOrder(tuple(waiting.id(), true), tuple(moved.id(), false));
        assertThat(website.desk.find("olivia", waiting.id()).overdue()).isTrue();
        assertThat(website.desk.changeStatus("olivia", waiting.id(), ApplicationStatus.REJECTED).overdue())
                .as("ended").isFalse();
    }

    @Test
    void theStatusMovesOnUntilTheProcessEnds() {
        Receipt receipt = apply(WebsiteMother.uniqueEmail(), "sales", false);

        website.desk.changeStatus("olivia", receipt.id(), ApplicationStatus.INTERVIEWING);
        ApplicationFile hired = website.desk.changeStatus("olivia", receipt.id(), ApplicationStatus.HIRED);

        assertThat(hired.application().endedAt()).contains(website.stores.clock.instant());
        assertThat(website.desk.changeStatus("olivia", receipt.id(), ApplicationStatus.HIRED).application().version())
                .isEqualTo(hired.application().version());
        assertThatThrownBy(() -> website.desk.changeStatus("olivia", receipt.id(), ApplicationStatus.REJECTED))
                .satisfies(e -> assertThat(error(e)).isEqualTo(ErrorCode.APPLICATION_TRANSITION_NOT_ALLOWED));
    }

    @Test
    void aLegalHoldIsPlacedWithReasonAndDateAndReleased() {
        Receipt receipt = apply(WebsiteMother.uniqueEmail(), "sales", false);
        website.desk.changeStatus("olivia", receipt.id(), ApplicationStatus.REJECTED);
        Instant until = website.stores.clock.instant().plus(Duration.ofDays(365));

        ApplicationFile held = website.desk.placeHold("olivia", receipt.id(), new HoldReason("AGG-Klage"), until);

        assertThat(held.application().legalHold()).hasValueSatisfying(hold -> {
            assertThat(hold.reason().value()).isEqualTo("AGG-Klage");
            assertThat(hold.until()).isEqualTo(until);
        });
        assertThat(held.application().eraseAfter()).isEqualTo(until);
        assertThatThrownBy(() -> website.desk.placeHold("olivia", receipt.id(), new HoldReason("x"),
                website.stores.clock.instant())).isInstanceOf(InvalidValueException.class);
        ApplicationFile released = website.desk.releaseHold("olivia", receipt.id());
        assertThat(released.application().legalHold()).isEmpty();
        assertThat(website.desk.releaseHold("olivia", receipt.id()).application().version())
                .isEqualTo(released.application().version());
    }

    @Test
    void theTalentPoolListsOnlyThoseWhoConsented() {
        Receipt inPool = apply(WebsiteMother.uniqueEmail(), "sales", true);
        Receipt notInPool = apply(WebsiteMother.uniqueEmail(), "sales", false);

        assertThat(website.desk.talentPool("olivia", PageRequest.first(100)).items()).extracting(Application::id)
                .contains(inPool.id()).doesNotContain(notInPool.id());
    }

    @Test
    void anApplicationWithdrawnUnderAHoldThatEndedTakesNoNoteAndNoNewHold() {
        String email = WebsiteMother.uniqueEmail();
        Receipt receipt = apply(email, "sales", false);
        website.desk.placeHold("olivia", receipt.id(), new HoldReason("Streit"),
                website.stores.clock.instant().plus(Duration.ofHours(1)));
        website.intake.withdraw(website.tokenMailedTo(email, "application"), website.newClient());
        website.desk.addNote("olivia", receipt.id(), new NoteText("while the hold is in force"));

        website.stores.clock.advance(Duration.ofHours(2));

        assertThatThrownBy(() -> website.desk.addNote("olivia", receipt.id(), new NoteText("after it ended")))
                .satisfies(e -> assertThat(error(e)).isEqualTo(ErrorCode.APPLICATION_NOT_FOUND));
        assertThatThrownBy(() -> website.desk.placeHold("olivia", receipt.id(), new HoldReason("neu"),
                website.stores.clock.instant().plus(Duration.ofDays(900))))
                .satisfies(e -> assertThat(error(e)).isEqualTo(ErrorCode.APPLICATION_NOT_FOUND));
        assertThat(website.stores.applications.notes(receipt.id())).hasSize(1);
    }

    @Test
    void everyCallIsAuditedWithIdsOnly() {
        String email = WebsiteMother.uniqueEmail();
        Receipt receipt = apply(email, "sales", true);

        website.desk.list("olivia", ApplicationFilter.ALL, PageRequest.first(5));
        website.desk.find("olivia", receipt.id());
        website.desk.addNote("olivia", receipt.id(), new NoteText("Notiz über Ayşe"));
        website.desk.changeStatus("olivia", receipt.id(), ApplicationStatus.REJECTED);
        website.desk.placeHold("olivia", receipt.id(), new HoldReason("Streit mit Ayşe"),
                website.stores.clock.instant().plus(Duration.ofDays(1)));
        website.desk.releaseHold("olivia", receipt.id());
        website.desk.talentPool("olivia", PageRequest.first(5));

        assertThat(website.stores.audit.latest(20)).extracting(AuditEvent::action).containsExactly(
                "talent_pool.list", "applications.legal_hold_released", "applications.legal_hold",
                "applications.rejected", "applications.note", "applications.read", "applications.list");
        assertThat(website.stores.audit.latest(20).toString()).doesNotContain(email, "Ayşe", "Streit", "Notiz");
    }
}
