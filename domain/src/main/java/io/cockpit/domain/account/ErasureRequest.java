package io.cockpit.domain.account;

import io.cockpit.domain.register.ErasureReason;
import io.cockpit.domain.register.ErasureStatus;
import io.cockpit.domain.shared.ItemId;
import io.cockpit.domain.shared.Language;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * An erasure of one person across every store, and what it needs to resume after a failure or a crash: the stores
 * are walked in a fixed order, {@code step} is the next one to finish, {@code stepMark} where that is as the build
 * that wrote it saw it (its steps' hash, the index and the step's name; empty in requests older than marks and once
 * completed), and {@code stepItems} what that step has erased so far. The person is named by {@code subject}, a
 * keyed hash of the User-ID (the same for the user everywhere, so a second request finds the first); the User-ID
 * itself is kept only while the erasure runs (the stores erase by it) and is gone once it is completed. The e-mail
 * address for the confirmation is captured at the start and removed once the confirmation is sent. The partner's
 * reference stays, so that the partner can learn the account is gone.
 *
 * @param id            the receipt id the person is given
 * @param nextAttemptAt when a worker may take the request up (again): a worker claims it by moving this forward
 */
public record ErasureRequest(ItemId id, UserId subject, Optional<UserId> user, ErasureReason reason,
                             ErasureStatus status, int step, Optional<String> stepMark, long stepItems, int attempts,
                             Instant nextAttemptAt,
                             Instant requestedAt, Optional<Instant> completedAt, Optional<EmailAddress> confirmTo,
                             Language language, PartnerId partnerId, ExternalId externalId) {

    /** The longest wait between two attempts of a failing erasure. */
    public static final Duration MAX_BACKOFF = Duration.ofHours(1);
    private static final Duration FIRST_BACKOFF = Duration.ofSeconds(30);

    public ErasureRequest {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(stepMark, "stepMark");
        Objects.requireNonNull(nextAttemptAt, "nextAttemptAt");
        Objects.requireNonNull(requestedAt, "requestedAt");
        Objects.requireNonNull(completedAt, "completedAt");
        Objects.requireNonNull(confirmTo, "confirmTo");
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(partnerId, "partnerId");
        Objects.requireNonNull(externalId, "externalId");
        if (step < 0 || stepItems < 0 || attempts < 0) {
            throw new IllegalArgumentException("step, items and attempts are never negative");
        }
        if (status == ErasureStatus.COMPLETED && (user.isPresent() || completedAt.isEmpty())) {
            throw new IllegalArgumentException("a completed erasure keeps no User-ID and has its completion time");
        }
        if (status == ErasureStatus.IN_PROGRESS && (user.isEmpty() || completedAt.isPresent())) {
            throw new IllegalArgumentException("a running erasure needs the User-ID and is not completed");
        }
    }

    /** A new request, due at once, at its first step ({@code firstMark}). */
    public static ErasureRequest start(ItemId id, UserId user, UserId subject, ErasureReason reason,
                                       Optional<EmailAddress> confirmTo, Language language, PartnerId partnerId,
                                       ExternalId externalId, Instant now, String firstMark) {
        return new ErasureRequest(id, subject, Optional.of(user), reason, ErasureStatus.IN_PROGRESS, 0,
                Optional.of(firstMark), 0, 0, now, now, Optional.empty(), confirmTo, language, partnerId, externalId);
    }

    public boolean completed() {
        return status == ErasureStatus.COMPLETED;
    }

    /** Claimed by a worker until {@code until}: no other worker takes it up before. */
    public ErasureRequest claimedUntil(Instant until) {
        return new ErasureRequest(id, subject, user, reason, status, step, stepMark, stepItems, attempts, until,
                requestedAt, completedAt, confirmTo, language, partnerId, externalId);
    }

    /** {@code items} more erased in the current step. */
    public ErasureRequest erased(long items) {
        return new ErasureRequest(id, subject, user, reason, status, step, stepMark, stepItems + items, attempts,
                nextAttemptAt, requestedAt, completedAt, confirmTo, language, partnerId, externalId);
    }

    /** The current step is done; the next one, marked {@code mark}, starts at 0 items. */
    public ErasureRequest nextStep(String mark) {
        return new ErasureRequest(id, subject, user, reason, status, step + 1, Optional.of(mark), 0, attempts,
                nextAttemptAt, requestedAt, completedAt, confirmTo, language, partnerId, externalId);
    }

    /** This build's steps are not those it stopped in: it starts over at the first, marked {@code mark}. */
    public ErasureRequest startedOver(String mark) {
        return new ErasureRequest(id, subject, user, reason, status, 0, Optional.of(mark), 0, attempts, nextAttemptAt,
                requestedAt, completedAt, confirmTo, language, partnerId, externalId);
    }

    /** A store failed: tried again after a backoff that doubles with each failed attempt, up to an hour. */
    public ErasureRequest failed(Instant now) {
        int failures = attempts + 1;
        Duration wait = FIRST_BACKOFF.multipliedBy(1L << Math.min(failures - 1, 20));
        return new ErasureRequest(id, subject, user, reason, status, step, stepMark, stepItems, failures,
                now.plus(wait.compareTo(MAX_BACKOFF) > 0 ? MAX_BACKOFF : wait), requestedAt, completedAt, confirmTo,
                language, partnerId, externalId);
    }

    /** Set aside until {@code until} (not a failure): no worker takes it up before. */
    public ErasureRequest waitingUntil(Instant until) {
        return claimedUntil(until); // the same field: when a worker may take it up
    }

    /** Every store is done: the User-ID goes. */
    public ErasureRequest complete(Instant now) {
        return new ErasureRequest(id, subject, Optional.empty(), reason, ErasureStatus.COMPLETED, step,
                Optional.empty(), 0, attempts, now, requestedAt, Optional.of(now), confirmTo, language, partnerId,
                externalId);
    }

    /** The confirmation is sent: the address goes. */
    public ErasureRequest notified() {
        return new ErasureRequest(id, subject, user, reason, status, step, stepMark, stepItems, attempts, nextAttemptAt,
                requestedAt, completedAt, Optional.empty(), language, partnerId, externalId);
    }
}
