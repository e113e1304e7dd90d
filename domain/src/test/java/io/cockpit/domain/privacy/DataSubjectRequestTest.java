package io.cockpit.domain.privacy;

import io.cockpit.domain.account.UserId;
import io.cockpit.domain.shared.DomainException;
import io.cockpit.domain.shared.InvalidValueException;
import io.cockpit.domain.shared.ItemId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.Instant;
import java.util.Optional;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DataSubjectRequestTest {

    private static final Instant NOW = Instant.parse("2026-03-10T12:00:00Z");
    private static final UserId USER = UserId.generate(NOW, new Random(7));
    private static final RequestNote NOTE = new RequestNote("Asked by e-mail for a copy of her data.");

    private static DataSubjectRequest received(String at) {
        return DataSubjectRequest.record(ItemId.random(), USER, DataSubjectRequestType.ACCESS, Instant.parse(at), NOTE,
                NOW);
    }

    @ParameterizedTest
    @CsvSource({
            "2026-01-15T09:30:00Z, 2026-02-15T09:30:00Z",
            "2026-01-31T09:30:00Z, 2026-02-28T09:30:00Z",
            "2024-01-31T00:00:00Z, 2024-02-29T00:00:00Z",
            "2026-03-31T23:59:59Z, 2026-04-30T23:59:59Z",
            "2025-12-31T10:00:00Z, 2026-01-31T10:00:00Z"})
    void theAnswerIsDueOneCalendarMonthAfterReceipt(String receivedAt, String dueAt) {
        DataSubjectRequest request = DataSubjectRequest.record(ItemId.random(), USER, DataSubjectRequestType.ERASURE,
                Instant.parse(receivedAt), NOTE, Instant.parse(receivedAt).plusSeconds(3600));

        assertThat(request.dueAt()).isEqualTo(Instant.parse(dueAt));
    }

    @Test
    void aNewRequestIsOpenAndOverdueOnlyAfterItsDueDate() {
        DataSubjectRequest request = received("2026-02-10T12:00:00Z");

        assertThat(request.status()).isEqualTo(DataSubjectRequestStatus.OPEN);
        assertThat(request.recordedAt()).isEqualTo(NOW);
        assertThat(request.overdue(Instant.parse("2026-03-10T12:00:00Z"))).isFalse();
        assertThat(request.overdue(Instant.parse("2026-03-10T12:00:00.001Z"))).isTrue();
    }

    @Test
    void aRequestCannotArriveInTheFuture() {
        assertThatThrownBy(() -> received("2026-03-10T12:00:00.001Z"))
                .isInstanceOfSatisfying(InvalidValueException.class,
                        refused -> assertThat(refused.rule()).isEqualTo("received_at.future"));
    }

    @Test
    void aRequestReceivedMoreThanThreeYearsBackIsAMistypedDate() {
        assertThat(received("2023-03-10T12:00:00Z").receivedAt()).isEqualTo(Instant.parse("2023-03-10T12:00:00Z"));
        assertThatThrownBy(() -> received("2023-03-10T11:59:59.999Z"))
                .isInstanceOfSatisfying(InvalidValueException.class,
                        refused -> assertThat(refused.rule()).isEqualTo("received_at.too_old"));
        assertThatThrownBy(() -> received("0000-01-01T00:00:00Z")).isInstanceOf(InvalidValueException.class);
    }

    @Test
    void closingNeedsAResolutionAndEndsTheRequestForGood() {
        DataSubjectRequest request = received("2026-02-10T12:00:00Z");
        Instant later = NOW.plusSeconds(60);

        DataSubjectRequest working = request.moveTo(DataSubjectRequestStatus.IN_PROGRESS, Optional.empty(), later);
        DataSubjectRequest done = working.moveTo(DataSubjectRequestStatus.DONE,
                Optional.of(new RequestNote("Export sent by e-mail.")), later.plusSeconds(60));

        assertThat(working.status()).isEqualTo(DataSubjectRequestStatus.IN_PROGRESS);
        assertThat(working.updatedAt()).isEqualTo(later);
        assertThat(working.closedAt()).isEmpty();
        assertThat(done.closedAt()).contains(later.plusSeconds(60));
        assertThat(done.resolution()).contains(new RequestNote("Export sent by e-mail."));
        assertThat(done.overdue(Instant.parse("2030-01-01T00:00:00Z"))).isFalse();
        assertThatThrownBy(() -> done.moveTo(DataSubjectRequestStatus.IN_PROGRESS, Optional.empty(), later))
                .isInstanceOfSatisfying(DomainException.class,
                        refused -> assertThat(refused.code()).isEqualTo("data_subject_request.closed"));
    }

    @Test
    void aResolutionBelongsToClosingOnly() {
        DataSubjectRequest request = received("2026-02-10T12:00:00Z");

        assertThatThrownBy(() -> request.moveTo(DataSubjectRequestStatus.REJECTED, Optional.empty(), NOW))
                .isInstanceOfSatisfying(InvalidValueException.class,
                        refused -> assertThat(refused.rule()).isEqualTo("resolution.required"));
        assertThatThrownBy(() -> request.moveTo(DataSubjectRequestStatus.IN_PROGRESS, Optional.of(NOTE), NOW))
                .isInstanceOfSatisfying(InvalidValueException.class,
                        refused -> assertThat(refused.rule()).isEqualTo("resolution.only_when_closing"));
        assertThat(request.moveTo(DataSubjectRequestStatus.OPEN, Optional.empty(), NOW)).isSameAs(request);
    }

    @Test
    void anAccessRequestLinksOneExportWhileOpen() {
        DataSubjectRequest linked = received("2026-02-10T12:00:00Z").linkExport("exp-1", NOW);

        assertThat(linked.exportId()).contains("exp-1");
        assertThat(linked.updatedAt()).isEqualTo(NOW);
        assertThatThrownBy(() -> linked.linkExport("exp-2", NOW)).isInstanceOf(IllegalStateException.class);
        DataSubjectRequest closed = received("2026-02-10T12:00:00Z")
                .moveTo(DataSubjectRequestStatus.DONE, Optional.of(NOTE), NOW);
        assertThatThrownBy(() -> closed.linkExport("exp-3", NOW))
                .isInstanceOfSatisfying(DomainException.class,
                        refused -> assertThat(refused.code()).isEqualTo("data_subject_request.closed"));
    }

    @Test
    void anErasureRequestLinksOneErasureWhileOpenAndKeepsItsReceiptOnceClosed() {
        DataSubjectRequest erasure = DataSubjectRequest.record(ItemId.random(), USER, DataSubjectRequestType.ERASURE,
                Instant.parse("2026-02-10T12:00:00Z"), NOTE, NOW);
        DataSubjectRequest closedMeanwhile = erasure.moveTo(DataSubjectRequestStatus.DONE, Optional.of(NOTE), NOW);

        DataSubjectRequest linked = erasure.linkErasure("era-1", NOW.plusSeconds(1));

        assertThat(linked.erasureId()).contains("era-1");
        assertThat(linked.updatedAt()).isEqualTo(NOW.plusSeconds(1));
        assertThatThrownBy(() -> linked.linkErasure("era-2", NOW)).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> closedMeanwhile.linkErasure("era-1", NOW)).isInstanceOfSatisfying(
                DomainException.class, refused -> assertThat(refused.code()).isEqualTo("data_subject_request.closed"));
        DataSubjectRequest closedAfterTheLink = linked.moveTo(DataSubjectRequestStatus.DONE, Optional.of(NOTE), NOW);
        assertThat(closedAfterTheLink.erasureRunsAs("era-0", NOW).erasureId()).contains("era-0");
        assertThatThrownBy(() -> closedMeanwhile.erasureRunsAs("era-0", NOW)).isInstanceOf(IllegalStateException.class);
        assertThat(closedAfterTheLink.unlinkErasure("era-1", NOW).erasureId()).as("an erasure that could not start")
                .isEmpty();
        assertThatThrownBy(() -> linked.unlinkErasure("era-2", NOW)).isInstanceOf(IllegalStateException.class);
    }

    @ParameterizedTest
    @CsvSource({"ERASURE, true", "RECTIFICATION, true", "RESTRICTION, true", "OBJECTION, true", "ACCESS, false"})
    void onlyAnAccessRequestGetsAnExportAndOnlyAnErasureRequestAnErasure(DataSubjectRequestType type,
                                                                          boolean exportRefused) {
        DataSubjectRequest request = DataSubjectRequest.record(ItemId.random(), USER, type,
                Instant.parse("2026-02-10T12:00:00Z"), NOTE, NOW);

        if (exportRefused) {
            assertThatThrownBy(() -> request.linkExport("exp-1", NOW)).isInstanceOfSatisfying(DomainException.class,
                    refused -> assertThat(refused.code()).isEqualTo("data_subject_request.wrong_type"));
        }
        if (type != DataSubjectRequestType.ERASURE) {
            assertThatThrownBy(() -> request.linkErasure("era-1", NOW)).isInstanceOfSatisfying(DomainException.class,
                    refused -> assertThat(refused.code()).isEqualTo("data_subject_request.wrong_type"));
        }
    }

    @Test
    void onlyAClosedRequestHasAResolutionAndACloseTime() {
        DataSubjectRequest open = received("2026-02-10T12:00:00Z");

        assertThatThrownBy(() -> new DataSubjectRequest(open.id(), USER, open.type(), open.receivedAt(), NOTE,
                DataSubjectRequestStatus.DONE, Optional.empty(), Optional.of(NOW), Optional.empty(), Optional.empty(),
                NOW, NOW, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new DataSubjectRequest(open.id(), USER, open.type(), open.receivedAt(), NOTE,
                DataSubjectRequestStatus.OPEN, Optional.of(NOTE), Optional.empty(), Optional.empty(), Optional.empty(),
                NOW, NOW, 0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void notesAreTrimmedBoundedAndFreeOfControlCharactersButMayHaveLines() {
        assertThat(new RequestNote("  line one\nline two\t ").value()).isEqualTo("line one\nline two");
        assertThatThrownBy(() -> new RequestNote("  ")).isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> new RequestNote("x".repeat(2001))).isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> new RequestNote("bell\u0007")).isInstanceOf(InvalidValueException.class);
        assertThat(new RequestNote("x".repeat(2000)).value()).hasSize(2000);
    }

    @Test
    void typesAndStatusesHaveWireNames() {
        assertThat(DataSubjectRequestType.fromWireName("rectification")).isEqualTo(DataSubjectRequestType.RECTIFICATION);
        assertThat(DataSubjectRequestStatus.fromWireName("in_progress")).isEqualTo(DataSubjectRequestStatus.IN_PROGRESS);
        assertThatThrownBy(() -> DataSubjectRequestType.fromWireName("portability"))
                .isInstanceOf(InvalidValueException.class);
    }
}
