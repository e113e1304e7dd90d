package io.cockpit.domain.account;

import io.cockpit.domain.shared.DomainException;
import io.cockpit.domain.shared.ErrorCode;

import java.time.Instant;
import java.util.Map;

/** The refusals around accounts, each with its stable code. */
public final class AccountErrors {

    private AccountErrors() {
    }

    public static DomainException notFound() {
        return new DomainException(ErrorCode.ACCOUNT_NOT_FOUND, "No such account.");
    }

    public static DomainException emailTaken() {
        return new DomainException(ErrorCode.ACCOUNT_EMAIL_TAKEN,
                "Another account uses this e-mail address.");
    }

    public static DomainException erasureRunning() {
        return new DomainException(ErrorCode.ACCOUNT_ERASURE_RUNNING,
                "The account with this externalId is being erased; provision it again once the erasure has completed.");
    }

    /** An operator's write for the user comes too late: the account's erasure was asked for (by the retention job, say). */
    public static DomainException beingErased() {
        return new DomainException(ErrorCode.ACCOUNT_ERASURE_RUNNING,
                "The account is being erased; nothing can be changed for it any more.");
    }

    public static DomainException externalIdConflict() {
        return new DomainException(ErrorCode.ACCOUNT_EXTERNAL_ID_CONFLICT,
                "This externalId is already provisioned with other data.");
    }

    public static DomainException transitionNotAllowed(ContractStatus from, ContractStatus to) {
        return new DomainException(ErrorCode.ACCOUNT_TRANSITION_NOT_ALLOWED,
                "The contract status cannot change from " + from.wireName() + " to " + to.wireName()
                        + "; a cancelled contract can only be reactivated as active.");
    }

    public static DomainException reactivationWindowClosed(Instant deletionDueAt) {
        return new DomainException(ErrorCode.ACCOUNT_REACTIVATION_WINDOW_CLOSED,
                "The account can no longer be reactivated: its archive period ended at " + deletionDueAt + ".",
                Map.of("deletionDueAt", deletionDueAt));
    }

    public static DomainException archived(Instant deletionDueAt) {
        return new DomainException(ErrorCode.ACCOUNT_ARCHIVED,
                "The account is archived (contract cancelled); reactivate it first.",
                Map.of("deletionDueAt", deletionDueAt));
    }

    public static DomainException alreadyActivated() {
        return new DomainException(ErrorCode.ACCOUNT_ALREADY_ACTIVATED,
                "The user has activated the account already; a forgotten password is reset by the user by e-mail.");
    }
}
