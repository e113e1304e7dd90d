package io.cockpit.domain.privacy;

import io.cockpit.domain.account.UserId;
import io.cockpit.domain.shared.InvalidValueException;
import io.cockpit.domain.shared.ItemId;

import java.time.Instant;
import java.time.Period;
import java.time.ZoneOffset;
import java.util.Objects;
import java.util.Optional;

/**
 * A request by a data subject that reached the operator outside the self-service (by e-mail, by letter), recorded so
 * that its handling can be shown (Art. 5(2), 12 GDPR): which right, for which account, when it arrived, when it is
 * due, and how it ended. An export or an erasure run on the user's behalf is linked by its id.
 *
 * @param exportId  the export made for this request, once there is one
 * @param erasureId the receipt of the erasure run for this request, once there is one
 */
public record DataSubjectRequest(ItemId id, UserId userId, DataSubjectRequestType type, Instant receivedAt,
                                 RequestNote note, DataSubjectRequestStatus status, Optional<RequestNote> resolution,
                                 Optional<Instant> closedAt, Optional<String> exportId, Optional<String> erasureId,
                                 Instant recordedAt, Instant updatedAt, long version) {

    /** A request is answered within one month of its receipt (Art. 12(3) GDPR), counted in calendar months in UTC. */
    public static final Period ANSWER_WITHIN = Period.ofMonths(1);
    /**
     * The oldest receipt that can be recorded: the register keeps a request three years after it was closed, so one
     * received earlier is a mistyped date (a year 0000), not a request still to be answered or proven.
     */
    public static final Period OLDEST_RECEIPT = Period.ofYears(3);

    public DataSubjectRequest {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(userId, "userId");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(receivedAt, "receivedAt");
        Objects.requireNonNull(note, "note");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(resolution, "resolution");
        Objects.requireNonNull(closedAt, "closedAt");
        Objects.requireNonNull(exportId, "exportId");
        Objects.requireNonNull(erasureId, "erasureId");
        Objects.requireNonNull(recordedAt, "recordedAt");
        Objects.requireNonNull(updatedAt, "updatedAt");
        if (status.closed() != closedAt.isPresent() || status.closed() != resolution.isPresent()) {
            throw new IllegalArgumentException("a closed request, and only a closed one, has closedAt and a resolution");
        }
        if (updatedAt.isBefore(recordedAt) || receivedAt.isAfter(recordedAt)) {
            throw new IllegalArgumentException("received <= recorded <= updated");
        }
        if (version < 0) {
            throw new IllegalArgumentException("negative version");
        }
    }

    /**
     * A new, open request.
     *
     * @throws InvalidValueException {@code received_at.future} if it arrived after {@code now},
     *         {@code received_at.too_old} if more than {@link #OLDEST_RECEIPT} before it
     */
    public static DataSubjectRequest record(ItemId id, UserId userId, DataSubjectRequestType type, Instant receivedAt,
                                            RequestNote note, Instant now) {
        if (receivedAt.isAfter(now)) {
            throw new InvalidValueException("received_at.future", "must not lie in the future");
        }
        if (receivedAt.isBefore(now.atZone(ZoneOffset.UTC).minus(OLDEST_RECEIPT).toInstant())) {
            throw new InvalidValueException("received_at.too_old", "must not lie more than three years back");
        }
        return new DataSubjectRequest(id, userId, type, receivedAt, note, DataSubjectRequestStatus.OPEN,
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), now, now, 0);
    }

    /** When the answer is due: one calendar month after receipt (31 January: 28 or 29 February). */
    public Instant dueAt() {
        return receivedAt.atZone(ZoneOffset.UTC).plus(ANSWER_WITHIN).toInstant();
    }

    /** Still open or in progress after its due date. */
    public boolean overdue(Instant now) {
        return !status.closed() && now.isAfter(dueAt());
    }

    /**
     * The request moved on to {@code target}: work started, or closed as done or rejected with a resolution. A
     * closed request stays closed.
     *
     * @throws io.cockpit.domain.shared.DomainException {@code data_subject_request.closed} if it is closed already
     * @throws InvalidValueException {@code resolution.required} when closing without a resolution,
     *         {@code resolution.only_when_closing} when giving one without closing
     */
    public DataSubjectRequest moveTo(DataSubjectRequestStatus target, Optional<RequestNote> resolutionGiven,
                                     Instant now) {
        requireOpen();
        if (target.closed() && resolutionGiven.isEmpty()) {
            throw new InvalidValueException("resolution.required", "is required to close a request as "
                    + target.wireName());
        }
        if (!target.closed() && resolutionGiven.isPresent()) {
            throw new InvalidValueException("resolution.only_when_closing",
                    "is given when the request is closed (done or rejected)");
        }
        if (target == status) {
            return this;
        }
        Instant at = later(now);
        return new DataSubjectRequest(id, userId, type, receivedAt, note, target, resolutionGiven,
                target.closed() ? Optional.of(at) : Optional.empty(), exportId, erasureId, recordedAt, at, version);
    }

    /**
     * The export made on the user's behalf for this access request (access includes portability). Linked once: an
     * export asked for again is the linked one, downloaded again.
     *
     * @throws io.cockpit.domain.shared.DomainException {@code data_subject_request.wrong_type} unless it is an access
     *         request, {@code data_subject_request.closed} if it is closed
     * @throws IllegalStateException if an export is linked already
     */
    public DataSubjectRequest linkExport(String export, Instant now) {
        requireType(DataSubjectRequestType.ACCESS, "an export");
        requireOpen();
        if (exportId.isPresent()) {
            throw new IllegalStateException("an export is linked already");
        }
        return new DataSubjectRequest(id, userId, type, receivedAt, note, status, resolution, closedAt,
                Optional.of(export), erasureId, recordedAt, later(now), version);
    }

    /**
     * The erasure run on the user's behalf for this erasure request, by its receipt. Linked once, before the erasure
     * starts and only while the request is open: of a close and a link at once one wins, so a closed request never
     * gets an erasure started for it.
     *
     * @throws io.cockpit.domain.shared.DomainException {@code data_subject_request.wrong_type} unless it is an erasure
     *         request; {@code data_subject_request.closed} once it is closed
     * @throws IllegalStateException if an erasure is linked already
     */
    public DataSubjectRequest linkErasure(String erasureReceipt, Instant now) {
        requireType(DataSubjectRequestType.ERASURE, "an erasure");
        requireOpen();
        if (erasureId.isPresent()) {
            throw new IllegalStateException("an erasure is linked already");
        }
        return new DataSubjectRequest(id, userId, type, receivedAt, note, status, resolution, closedAt, exportId,
                Optional.of(erasureReceipt), recordedAt, later(now), version);
    }

    /**
     * Takes back the receipt linked for an erasure that could not start (the account was gone): the request shows
     * no receipt that never existed. Also once the request is closed.
     *
     * @throws IllegalStateException unless {@code erasureReceipt} is the linked one
     */
    public DataSubjectRequest unlinkErasure(String erasureReceipt, Instant now) {
        if (!erasureId.equals(Optional.of(erasureReceipt))) {
            throw new IllegalStateException("another erasure is linked");
        }
        return new DataSubjectRequest(id, userId, type, receivedAt, note, status, resolution, closedAt, exportId,
                Optional.empty(), recordedAt, later(now), version);
    }

    /**
     * The receipt of the erasure that runs for the linked one: the person's erasure asked for another way first (one
     * erasure per person). Also once the request is closed: the record shows what was run for it.
     *
     * @throws IllegalStateException unless an erasure is linked
     */
    public DataSubjectRequest erasureRunsAs(String erasureReceipt, Instant now) {
        if (erasureId.isEmpty()) {
            throw new IllegalStateException("no erasure is linked");
        }
        return new DataSubjectRequest(id, userId, type, receivedAt, note, status, resolution, closedAt, exportId,
                Optional.of(erasureReceipt), recordedAt, later(now), version);
    }

    /**
     * @param action what the operator runs, for the refusal's words ("an export")
     * @throws io.cockpit.domain.shared.DomainException {@code data_subject_request.wrong_type} unless the request is
     *         of type {@code fits}
     */
    public void requireType(DataSubjectRequestType fits, String action) {
        if (type != fits) {
            throw PrivacyErrors.wrongType(type, action, fits);
        }
    }

    /** @throws io.cockpit.domain.shared.DomainException {@code data_subject_request.closed} if it is done or rejected */
    public void requireOpen() {
        if (status.closed()) {
            throw PrivacyErrors.requestClosed(status);
        }
    }

    private Instant later(Instant now) {
        return now.isBefore(updatedAt) ? updatedAt : now;
    }
}
