package io.cockpit.domain.account;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * The contract lifecycle of an account. {@code active} and {@code payment_overdue} switch freely; any status can
 * become {@code cancelled}, which archives the account for {@link #ARCHIVE_PERIOD}; within that period
 * {@code cancelled} can return to {@code active} (reactivation, everything intact); afterwards the account is due
 * for deletion and cannot come back.
 */
public record Contract(ContractStatus status, Instant archivedAt, Instant deletionDueAt) {

    /** How long a cancelled account is kept archived before it is deleted (privacy policy, section 5). */
    public static final Duration ARCHIVE_PERIOD = Duration.ofDays(30);

    public Contract {
        Objects.requireNonNull(status, "status");
        if (status == ContractStatus.CANCELLED) {
            Objects.requireNonNull(archivedAt, "archivedAt of a cancelled contract");
            Objects.requireNonNull(deletionDueAt, "deletionDueAt of a cancelled contract");
            if (!deletionDueAt.equals(archivedAt.plus(ARCHIVE_PERIOD))) {
                throw new IllegalArgumentException("deletionDueAt must be archivedAt + " + ARCHIVE_PERIOD);
            }
        } else if (archivedAt != null || deletionDueAt != null) {
            throw new IllegalArgumentException("only a cancelled contract has archive dates");
        }
    }

    public static Contract startingAs(ContractStatus status) {
        if (status == ContractStatus.CANCELLED) {
            throw new IllegalArgumentException("a new contract cannot start cancelled");
        }
        return new Contract(status, null, null);
    }

    /** The contract after the partner asks for {@code target} at {@code now}; the same contract if nothing changes. */
    public Contract changeTo(ContractStatus target, Instant now) {
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(now, "now");
        if (target == status) {
            return this;
        }
        if (target == ContractStatus.CANCELLED) {
            return new Contract(ContractStatus.CANCELLED, now, now.plus(ARCHIVE_PERIOD));
        }
        if (status != ContractStatus.CANCELLED) {
            return new Contract(target, null, null);
        }
        if (target != ContractStatus.ACTIVE) {
            throw AccountErrors.transitionNotAllowed(status, target);
        }
        if (!now.isBefore(deletionDueAt)) {
            throw AccountErrors.reactivationWindowClosed(deletionDueAt);
        }
        return new Contract(ContractStatus.ACTIVE, null, null);
    }

    public boolean isArchived() {
        return status == ContractStatus.CANCELLED;
    }
}
