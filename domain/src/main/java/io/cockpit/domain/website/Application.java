package io.cockpit.domain.website;

import io.cockpit.domain.access.TokenHash;
import io.cockpit.domain.account.EmailAddress;
import io.cockpit.domain.account.PersonName;
import io.cockpit.domain.shared.InvalidValueException;
import io.cockpit.domain.shared.ItemId;

import java.time.Duration;
import java.time.Instant;
import java.time.Period;
import java.time.ZoneOffset;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * A job application sent through the website, used only for the hiring process. It is kept until
 * {@link #RETENTION_AFTER_END} after the process ended (rejected, withdrawn, hired), longer only while a legal hold is
 * in force or the applicant is in the talent pool; then erased with its documents and notes ({@link #eraseAfter}).
 * A process with no status change for {@link #ABANDONED_AFTER} counts as abandoned, hence ended, then: no decision
 * keeps an application for ever. An applicant who withdrew, or asked for erasure, while a legal hold kept it is erased
 * as soon as the hold ends.
 *
 * @param statusChangedAt    the last status change: the receipt, the move to {@code interviewing}, or the end
 * @param erasureRequestedAt when the applicant withdrew or asked for erasure while a legal hold kept the application
 * @param withdrawal         the hash of the token in the withdrawal link of the acknowledgement
 * @param version    the stored revision, for changes that must not overwrite each other
 */
public record Application(ItemId id, JobReference jobReference, PersonName firstName, PersonName lastName,
                          EmailAddress email, Optional<PhoneNumber> phone, Optional<FormMessage> message,
                          ApplicationStatus status, Instant receivedAt, Instant statusChangedAt,
                          Optional<Instant> endedAt,
                          Optional<LegalHold> legalHold, Optional<TalentPoolMembership> talentPool,
                          Optional<Instant> erasureRequestedAt, TokenHash withdrawal, UploadWindow upload, Instant updatedAt, long version) {

    /** How long an application is kept after its process ended (calendar time in UTC). */
    public static final Period RETENTION_AFTER_END = Period.ofMonths(6);

    /** How long a running process may go without a status change before it counts as abandoned (ended). */
    public static final Period ABANDONED_AFTER = Period.ofMonths(12);

    /** How long a running process may go without a status change before the operator's list flags it. */
    public static final Duration OPEN_MAXIMUM = Duration.ofDays(90);

    public Application {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(jobReference, "jobReference");
        Objects.requireNonNull(firstName, "firstName");
        Objects.requireNonNull(lastName, "lastName");
        Objects.requireNonNull(email, "email");
        Objects.requireNonNull(phone, "phone");
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(receivedAt, "receivedAt");
        Objects.requireNonNull(statusChangedAt, "statusChangedAt");
        Objects.requireNonNull(endedAt, "endedAt");
        Objects.requireNonNull(legalHold, "legalHold");
        Objects.requireNonNull(talentPool, "talentPool");
        Objects.requireNonNull(erasureRequestedAt, "erasureRequestedAt");
        Objects.requireNonNull(withdrawal, "withdrawal");
        Objects.requireNonNull(upload, "upload");
        Objects.requireNonNull(updatedAt, "updatedAt");
        if (status.ended() != endedAt.isPresent()) {
            throw new IllegalArgumentException("an ended process, and only an ended one, has endedAt");
        }
        if (statusChangedAt.isBefore(receivedAt) || !endedAt.orElse(statusChangedAt).equals(statusChangedAt)
                || status == ApplicationStatus.RECEIVED && !statusChangedAt.equals(receivedAt)) {
            throw new IllegalArgumentException("the last status change is the receipt, a later move or the end");
        }
        if (version < 0) {
            throw new IllegalArgumentException("negative version");
        }
    }

    /** What the applicant sent, before it is stored. */
    public record Submission(JobReference jobReference, PersonName firstName, PersonName lastName, EmailAddress email,
                             Optional<PhoneNumber> phone, Optional<FormMessage> message,
                             Optional<ConsentTextVersion> talentPoolConsent) {

        public Submission {
            Objects.requireNonNull(jobReference, "jobReference");
            Objects.requireNonNull(firstName, "firstName");
            Objects.requireNonNull(lastName, "lastName");
            Objects.requireNonNull(email, "email");
            Objects.requireNonNull(phone, "phone");
            Objects.requireNonNull(message, "message");
            Objects.requireNonNull(talentPoolConsent, "talentPoolConsent");
        }
    }

    /**
     * A new application, {@code received}; in the talent pool if the applicant consented.
     *
     * @param poolWithdrawal the hash of the talent-pool withdrawal token (used only with a consent)
     */
    public static Application receive(ItemId id, Submission submission, TokenHash withdrawal, TokenHash poolWithdrawal,
                                      UploadWindow upload, Instant now) {
        return new Application(id, submission.jobReference(), submission.firstName(), submission.lastName(),
                submission.email(), submission.phone(), submission.message(), ApplicationStatus.RECEIVED, now, now,
                Optional.empty(), Optional.empty(),
                submission.talentPoolConsent().map(text -> new TalentPoolMembership(text, now, poolWithdrawal)),
                Optional.empty(), withdrawal, upload, now, 0);
    }

    /**
     * The process moves on. Ending it (rejected, withdrawn, hired) starts the retention period.
     *
     * @throws io.cockpit.domain.shared.DomainException {@code application.transition_not_allowed} for an ended or
     *         abandoned process, or a move back to {@code received}
     */
    public Application moveTo(ApplicationStatus target, Instant now) {
        if (!status.canMoveTo(target)) {
            throw WebsiteErrors.transitionNotAllowed(status, target);
        }
        if (abandonedBy(now)) {
            throw WebsiteErrors.abandoned();
        }
        return moved(target, now);
    }

    private Application moved(ApplicationStatus target, Instant now) {
        return new Application(id, jobReference, firstName, lastName, email, phone, message, target, receivedAt, now,
                target.ended() ? Optional.of(now) : Optional.empty(), legalHold, talentPool, erasureRequestedAt,
                withdrawal, upload, now, version);
    }

    /**
     * A legal hold until {@code until} (replacing an earlier one). After a withdrawal or an erasure request only a
     * hold still in force can be extended: once it ended, the application is due for erasure and is gone for the
     * operator, even before the retention job erased it.
     *
     * @throws InvalidValueException {@code until.passed} unless {@code until} lies in the future
     * @throws io.cockpit.domain.shared.DomainException {@code application.not_found} when withdrawn or asked to be
     *         erased with no hold in force
     */
    public Application placeHold(HoldReason reason, Instant until, Instant now) {
        if (awaitsErasure(now)) {
            throw WebsiteErrors.applicationNotFound();
        }
        if (!until.isAfter(now)) {
            throw new InvalidValueException("until.passed", "must lie in the future");
        }
        return withHold(Optional.of(new LegalHold(reason, until, now)), now);
    }

    public Application releaseHold(Instant now) {
        return withHold(Optional.empty(), now);
    }

    private Application withHold(Optional<LegalHold> hold, Instant now) {
        return new Application(id, jobReference, firstName, lastName, email, phone, message, status, receivedAt,
                statusChangedAt, endedAt, hold, talentPool, erasureRequestedAt, withdrawal, upload, now, version);
    }

    /** The applicant leaves the talent pool (withdrawn, or the consent ran out). */
    public Application leaveTalentPool(Instant now) {
        return new Application(id, jobReference, firstName, lastName, email, phone, message, status, receivedAt,
                statusChangedAt, endedAt, legalHold, Optional.empty(), erasureRequestedAt, withdrawal, upload, now, version);
    }

    /**
     * The applicant withdrew with the link, or asked for erasure, while a legal hold keeps the application: the
     * process ends as withdrawn (if it was still running), the talent pool is left, no more documents are taken, and
     * the rest is erased as soon as the hold ends (its {@code until}, or when it is released).
     */
    public Application withdrawnUnderHold(Instant now) {
        Application ended = status.ended() ? this : moved(ApplicationStatus.WITHDRAWN, now);
        Application left = ended.leaveTalentPool(now);
        return new Application(id, jobReference, firstName, lastName, email, phone, message, left.status, receivedAt,
                left.statusChangedAt, left.endedAt, legalHold, Optional.empty(), Optional.of(erasureRequestedAt.orElse(now)), withdrawal,
                upload, now, version);
    }

    /**
     * Withdrawn (or asked to be erased) and no hold keeps it any more: due for erasure, and gone for the operator's
     * changes even before the retention job erased it.
     */
    public boolean awaitsErasure(Instant now) {
        return erasureRequestedAt.isPresent() && !heldAt(now);
    }

    /** A legal hold is in force at {@code now}. */
    public boolean heldAt(Instant now) {
        return legalHold.filter(hold -> hold.until().isAfter(now)).isPresent();
    }

    /**
     * When a running process counts as abandoned, hence ended: {@link #ABANDONED_AFTER} after its last status change.
     * Empty once the process ended.
     */
    public Optional<Instant> abandonedAt() {
        return status.ended() ? Optional.empty() : Optional.of(plus(statusChangedAt, ABANDONED_AFTER));
    }

    public boolean abandonedBy(Instant now) {
        return abandonedAt().filter(at -> !at.isAfter(now)).isPresent();
    }

    /** Running with no status change for longer than {@link #OPEN_MAXIMUM} at {@code now}: the operator's list flags it. */
    public boolean overdue(Instant now) {
        return !status.ended() && statusChangedAt.plus(OPEN_MAXIMUM).isBefore(now);
    }

    /**
     * When the retention job erases it: {@link #RETENTION_AFTER_END} after the process ended (or counts as ended,
     * {@link #abandonedAt}), or when a legal hold or the talent-pool consent ends, whichever is latest. After a
     * withdrawal or an erasure request under a hold only the hold counts: its end, or the request itself once it is
     * released.
     */
    public Instant eraseAfter() {
        Stream<Optional<Instant>> dates = erasureRequestedAt.isPresent()
                ? Stream.of(erasureRequestedAt, legalHold.map(LegalHold::until))
                : Stream.of(Optional.of(plus(endedAt.or(this::abandonedAt).orElseThrow(), RETENTION_AFTER_END)),
                        legalHold.map(LegalHold::until), talentPool.map(TalentPoolMembership::endsAt));
        return dates.flatMap(Optional::stream).max(Instant::compareTo).orElseThrow();
    }

    public boolean dueForErasure(Instant now) {
        return !eraseAfter().isAfter(now);
    }

    private static Instant plus(Instant instant, Period period) {
        return instant.atZone(ZoneOffset.UTC).plus(period).toInstant();
    }

    /** The upload token works for its hour, and not after the applicant withdrew. */
    public boolean acceptsUpload(TokenHash presented, Instant now) {
        return erasureRequestedAt.isEmpty() && status != ApplicationStatus.WITHDRAWN && upload.admits(presented, now);
    }

    /** Never the applicant's data: an application may end up in a log line. */
    @Override
    public String toString() {
        return "Application[" + id + ", " + status.wireName() + "]";
    }
}
