package io.cockpit.domain.website;

import io.cockpit.domain.access.TokenHash;
import io.cockpit.domain.account.EmailAddress;
import io.cockpit.domain.account.PersonName;
import io.cockpit.domain.shared.DomainException;
import io.cockpit.domain.shared.ErrorCode;
import io.cockpit.domain.shared.InvalidValueException;
import io.cockpit.domain.shared.ItemId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ApplicationTest {

    private static final Instant APPLIED = Instant.parse("2026-01-31T09:00:00Z");
    private static final TokenHash UPLOAD = TokenHash.of("upl_test");

    private static Application applied(boolean talentPool) {
        Application.Submission submission = new Application.Submission(new JobReference("2026-sales"),
                new PersonName("Jana"), new PersonName("Schmidt"), new EmailAddress("jana@example.com"),
                Optional.empty(), Optional.empty(),
                talentPool ? Optional.of(new ConsentTextVersion("pool-v1")) : Optional.empty());
        return Application.receive(ItemId.random(), submission, TokenHash.of("wap_test"), TokenHash.of("wtp_test"),
                new UploadWindow(UPLOAD, APPLIED.plus(UploadWindow.VALIDITY)), APPLIED);
    }

    @Test
    void aProcessWithNoStatusChangeForTwelveMonthsCountsAsAbandonedAndIsErasedSixMonthsLater() {
        Instant moved = Instant.parse("2026-02-28T10:00:00Z");
        Application interviewing = applied(false).moveTo(ApplicationStatus.INTERVIEWING, moved);

        assertThat(interviewing.statusChangedAt()).isEqualTo(moved);
        assertThat(interviewing.abandonedAt()).contains(Instant.parse("2027-02-28T10:00:00Z"));
        assertThat(interviewing.eraseAfter()).isEqualTo(Instant.parse("2027-08-28T10:00:00Z"));
        assertThat(interviewing.dueForErasure(Instant.parse("2027-08-28T09:59:59Z"))).isFalse();
        assertThat(interviewing.dueForErasure(Instant.parse("2027-08-28T10:00:00Z"))).isTrue();
        assertThat(applied(false).eraseAfter()).as("never moved: counted from the receipt")
                .isEqualTo(Instant.parse("2027-07-31T09:00:00Z"));
    }

    @Test
    void theTwelveAndSixMonthsAreCountedOneAfterTheOtherAsTheMigrationDoes() {
        Instant leapDay = Instant.parse("2028-02-29T10:00:00Z");
        Application interviewing = withStatusChange(
                applied(false).moveTo(ApplicationStatus.INTERVIEWING, APPLIED.plusSeconds(1)), leapDay);

        assertThat(interviewing.eraseAfter()).as("2029-02-28 plus 6 months, not 2028-02-29 plus 18")
                .isEqualTo(Instant.parse("2029-08-28T10:00:00Z"));
    }

    @Test
    void aStatusChangeStartsTheAbandonmentClockAgainButNothingElseDoes() {
        Application interviewing = applied(false).moveTo(ApplicationStatus.INTERVIEWING,
                APPLIED.plus(Duration.ofDays(200)));
        Application held = applied(false).placeHold(new HoldReason("Rückfrage"), APPLIED.plus(Duration.ofDays(300)),
                APPLIED.plus(Duration.ofDays(200)));

        assertThat(interviewing.abandonedAt()).contains(Instant.parse("2027-08-19T09:00:00Z"));
        assertThat(held.abandonedAt()).as("a hold is no decision").contains(Instant.parse("2027-01-31T09:00:00Z"));
        assertThat(held.statusChangedAt()).isEqualTo(APPLIED);
    }

    @Test
    void anAbandonedProcessCannotBeMovedOnSoItsRetentionIsNotPushedBack() {
        Application received = applied(false);
        Instant abandoned = received.abandonedAt().orElseThrow();

        assertThat(received.abandonedBy(abandoned.minusMillis(1))).isFalse();
        assertThat(received.moveTo(ApplicationStatus.REJECTED, abandoned.minusMillis(1)).eraseAfter())
                .isEqualTo(Instant.parse("2027-07-31T08:59:59.999Z"));
        assertThat(received.abandonedBy(abandoned)).isTrue();
        assertThatThrownBy(() -> received.moveTo(ApplicationStatus.REJECTED, abandoned))
                .isInstanceOfSatisfying(DomainException.class, refused -> assertThat(refused.error())
                        .isEqualTo(ErrorCode.APPLICATION_TRANSITION_NOT_ALLOWED));
        Application withdrawn = received.placeHold(new HoldReason("Streit"), abandoned.plus(Duration.ofDays(30)),
                abandoned.minusSeconds(5)).withdrawnUnderHold(abandoned.plusSeconds(1));
        assertThat(withdrawn.status()).as("the applicant may still withdraw").isEqualTo(ApplicationStatus.WITHDRAWN);
        assertThat(withdrawn.eraseAfter()).isEqualTo(abandoned.plus(Duration.ofDays(30)));
    }

    @Test
    void aLegalHoldOrTheTalentPoolKeepsAnAbandonedApplicationLonger() {
        Application inPool = applied(true);
        Application held = applied(false).placeHold(new HoldReason("Streit"), Instant.parse("2028-06-01T00:00:00Z"),
                APPLIED.plusSeconds(1));

        assertThat(inPool.eraseAfter()).as("the consent's end, 2 years after it")
                .isEqualTo(Instant.parse("2028-01-31T09:00:00Z"));
        assertThat(held.eraseAfter()).isEqualTo(Instant.parse("2028-06-01T00:00:00Z"));
        assertThat(inPool.leaveTalentPool(APPLIED.plusSeconds(5)).eraseAfter())
                .isEqualTo(Instant.parse("2027-07-31T09:00:00Z"));
    }

    @Test
    void anOpenApplicationIsOverdueAfterItsMaximumWithoutAStatusChange() {
        Duration maximum = Application.OPEN_MAXIMUM;
        Instant moved = APPLIED.plus(Duration.ofDays(50));
        Application interviewing = applied(false).moveTo(ApplicationStatus.INTERVIEWING, moved);

        assertThat(maximum).isEqualTo(Duration.ofDays(90));
        assertThat(applied(false).overdue(APPLIED.plus(maximum))).isFalse();
        assertThat(applied(false).overdue(APPLIED.plus(maximum).plusMillis(1))).isTrue();
        assertThat(interviewing.overdue(APPLIED.plus(maximum).plusMillis(1))).isFalse();
        assertThat(interviewing.overdue(moved.plus(maximum).plusMillis(1))).isTrue();
        assertThat(interviewing.moveTo(ApplicationStatus.REJECTED, moved.plusSeconds(1))
                .overdue(moved.plus(Duration.ofDays(999)))).as("an ended process is not").isFalse();
    }

    @Test
    void theLastStatusChangeIsTheReceiptALaterMoveOrTheEnd() {
        Application received = applied(false);
        Application rejected = received.moveTo(ApplicationStatus.REJECTED, APPLIED.plusSeconds(9));

        assertThatThrownBy(() -> withStatusChange(received, APPLIED.plusSeconds(1)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> withStatusChange(rejected, APPLIED.plusSeconds(8)))
                .isInstanceOf(IllegalArgumentException.class);
        Application interviewing = received.moveTo(ApplicationStatus.INTERVIEWING, APPLIED.plusSeconds(5));
        assertThatThrownBy(() -> withStatusChange(interviewing, APPLIED.minusSeconds(1)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(withStatusChange(interviewing, APPLIED.plusSeconds(7)).statusChangedAt())
                .isEqualTo(APPLIED.plusSeconds(7));
    }

    private static Application withStatusChange(Application a, Instant statusChangedAt) {
        return new Application(a.id(), a.jobReference(), a.firstName(), a.lastName(), a.email(), a.phone(),
                a.message(), a.status(), a.receivedAt(), statusChangedAt, a.endedAt(), a.legalHold(), a.talentPool(),
                a.erasureRequestedAt(), a.withdrawal(), a.upload(), a.updatedAt(), a.version());
    }

    @ParameterizedTest
    @CsvSource({"rejected", "withdrawn", "hired"})
    void anEndedProcessIsErasedSixCalendarMonthsLater(String status) {
        Instant ended = Instant.parse("2026-08-31T12:00:00Z");
        Application done = applied(false).moveTo(ApplicationStatus.fromWireName(status), ended);

        assertThat(done.endedAt()).contains(ended);
        assertThat(done.eraseAfter()).isEqualTo(Instant.parse("2027-02-28T12:00:00Z"));
        assertThat(done.dueForErasure(Instant.parse("2027-02-28T11:59:59Z"))).isFalse();
        assertThat(done.dueForErasure(Instant.parse("2027-02-28T12:00:00Z"))).isTrue();
    }

    @Test
    void aLegalHoldKeepsItUntilTheHoldEndsButNeverShortensTheRetention() {
        Instant ended = Instant.parse("2026-03-01T00:00:00Z");
        Application rejected = applied(false).moveTo(ApplicationStatus.REJECTED, ended);

        Application longHold = rejected.placeHold(new HoldReason("Klage vor dem Arbeitsgericht"),
                Instant.parse("2027-01-15T00:00:00Z"), ended.plusSeconds(5));
        Application shortHold = rejected.placeHold(new HoldReason("Rückfrage der Anwältin"),
                Instant.parse("2026-04-01T00:00:00Z"), ended.plusSeconds(5));

        assertThat(longHold.eraseAfter()).isEqualTo(Instant.parse("2027-01-15T00:00:00Z"));
        assertThat(longHold.heldAt(Instant.parse("2026-12-01T00:00:00Z"))).isTrue();
        assertThat(shortHold.eraseAfter()).isEqualTo(Instant.parse("2026-09-01T00:00:00Z"));
        assertThat(longHold.releaseHold(ended.plusSeconds(9)).eraseAfter())
                .isEqualTo(Instant.parse("2026-09-01T00:00:00Z"));
        assertThatThrownBy(() -> rejected.placeHold(new HoldReason("late"), ended, ended))
                .isInstanceOf(InvalidValueException.class)
                .extracting(e -> ((InvalidValueException) e).rule()).isEqualTo("until.passed");
    }

    @Test
    void theTalentPoolKeepsItTwoYearsAfterTheConsentAtMost() {
        Application inPool = applied(true);
        Application rejected = inPool.moveTo(ApplicationStatus.REJECTED, APPLIED.plus(Duration.ofDays(20)));

        assertThat(inPool.talentPool()).hasValueSatisfying(pool -> {
            assertThat(pool.consentedAt()).isEqualTo(APPLIED);
            assertThat(pool.endsAt()).isEqualTo(Instant.parse("2028-01-31T09:00:00Z"));
        });
        assertThat(rejected.eraseAfter()).isEqualTo(Instant.parse("2028-01-31T09:00:00Z"));
        assertThat(rejected.leaveTalentPool(APPLIED.plus(Duration.ofDays(30))).eraseAfter())
                .isEqualTo(Instant.parse("2026-08-20T09:00:00Z"));
    }

    @Test
    void anEndedProcessCannotBeReopenedNorGoBackToReceived() {
        Application hired = applied(false).moveTo(ApplicationStatus.HIRED, APPLIED.plusSeconds(1));

        assertThatThrownBy(() -> hired.moveTo(ApplicationStatus.INTERVIEWING, APPLIED.plusSeconds(2)))
                .isInstanceOf(DomainException.class)
                .extracting(e -> ((DomainException) e).error()).isEqualTo(ErrorCode.APPLICATION_TRANSITION_NOT_ALLOWED);
        assertThatThrownBy(() -> applied(false).moveTo(ApplicationStatus.RECEIVED, APPLIED.plusSeconds(1)))
                .isInstanceOf(DomainException.class);
    }

    @Test
    void aWithdrawalUnderAHoldEndsTheProcessAndTheTalentPool() {
        Application held = applied(true).placeHold(new HoldReason("Streit"), APPLIED.plus(Duration.ofDays(400)),
                APPLIED.plusSeconds(1));

        Application withdrawn = held.withdrawnUnderHold(APPLIED.plusSeconds(2));

        assertThat(withdrawn.status()).isEqualTo(ApplicationStatus.WITHDRAWN);
        assertThat(withdrawn.talentPool()).isEmpty();
        assertThat(withdrawn.eraseAfter()).isEqualTo(APPLIED.plus(Duration.ofDays(400)));
    }

    @Test
    void aWithdrawalUnderAHoldIsErasedWhenTheHoldEndsNotSixMonthsLater() {
        Instant withdrawnAt = APPLIED.plusSeconds(2);
        Application held = applied(false).placeHold(new HoldReason("Streit"), APPLIED.plus(Duration.ofDays(30)),
                APPLIED.plusSeconds(1));

        Application withdrawn = held.withdrawnUnderHold(withdrawnAt);

        assertThat(withdrawn.erasureRequestedAt()).contains(withdrawnAt);
        assertThat(withdrawn.eraseAfter()).as("the hold's end, not 6 months after the withdrawal")
                .isEqualTo(APPLIED.plus(Duration.ofDays(30)));
        assertThat(withdrawn.withdrawnUnderHold(withdrawnAt.plusSeconds(5)).erasureRequestedAt())
                .as("the first request counts").contains(withdrawnAt);
        Application longer = withdrawn.placeHold(new HoldReason("Berufung"), APPLIED.plus(Duration.ofDays(900)),
                withdrawnAt.plusSeconds(1));
        assertThat(longer.eraseAfter()).isEqualTo(APPLIED.plus(Duration.ofDays(900)));
        Application released = longer.releaseHold(withdrawnAt.plusSeconds(9));
        assertThat(released.eraseAfter()).as("due at once").isEqualTo(withdrawnAt);
        assertThat(released.dueForErasure(withdrawnAt.plusSeconds(10))).isTrue();
        assertThatThrownBy(() -> released.placeHold(new HoldReason("Neu"), APPLIED.plus(Duration.ofDays(999)),
                withdrawnAt.plusSeconds(11))).as("a new hold after the one the withdrawal waited for ended")
                .isInstanceOfSatisfying(DomainException.class,
                        refused -> assertThat(refused.code()).isEqualTo("application.not_found"));
        assertThatThrownBy(() -> withdrawn.placeHold(new HoldReason("Neu"), APPLIED.plus(Duration.ofDays(999)),
                APPLIED.plus(Duration.ofDays(31)))).as("the first hold ran out").isInstanceOf(DomainException.class);
    }

    @Test
    void aRunningProcessWithdrawnUnderAHoldIsErasedWhenTheHoldEnds() {
        Application hired = applied(true).moveTo(ApplicationStatus.HIRED, APPLIED.plusSeconds(1))
                .placeHold(new HoldReason("Streit"), APPLIED.plus(Duration.ofDays(90)), APPLIED.plusSeconds(2));

        Application erasureAsked = hired.withdrawnUnderHold(APPLIED.plusSeconds(3));

        assertThat(erasureAsked.status()).as("an ended process stays as it ended").isEqualTo(ApplicationStatus.HIRED);
        assertThat(erasureAsked.talentPool()).isEmpty();
        assertThat(erasureAsked.eraseAfter()).isEqualTo(APPLIED.plus(Duration.ofDays(90)));
    }

    @Test
    void noDocumentIsTakenAfterTheApplicantWithdrew() {
        Application held = applied(false).placeHold(new HoldReason("Streit"), APPLIED.plus(Duration.ofDays(30)),
                APPLIED.plusSeconds(1));

        assertThat(held.withdrawnUnderHold(APPLIED.plusSeconds(2)).acceptsUpload(UPLOAD, APPLIED.plusSeconds(3)))
                .isFalse();
        assertThat(applied(false).moveTo(ApplicationStatus.WITHDRAWN, APPLIED.plusSeconds(2))
                .acceptsUpload(UPLOAD, APPLIED.plusSeconds(3))).isFalse();
        assertThat(applied(false).moveTo(ApplicationStatus.REJECTED, APPLIED.plusSeconds(2))
                .acceptsUpload(UPLOAD, APPLIED.plusSeconds(3))).isTrue();
    }

    @Test
    void theUploadTokenWorksForOneHourAndOnlyItself() {
        Application application = applied(false);

        assertThat(application.acceptsUpload(UPLOAD, APPLIED.plus(Duration.ofMinutes(59)))).isTrue();
        assertThat(application.acceptsUpload(UPLOAD, APPLIED.plus(Duration.ofMinutes(60)))).isFalse();
        assertThat(application.acceptsUpload(TokenHash.of("upl_other"), APPLIED)).isFalse();
    }

    @Test
    void itsTextNeverShowsTheApplicant() {
        assertThat(applied(false).toString()).doesNotContain("Jana", "Schmidt", "example.com");
    }
}
