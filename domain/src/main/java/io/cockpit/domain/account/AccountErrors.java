package io.cockpit.domain.account;

import io.cockpit.domain.shared.DomainException;
import io.cockpit.domain.shared.ErrorKind;

import java.time.Instant;
import java.util.Map;

/** The refusals around accounts, each with its stable code. */
public final class AccountErrors {

    private AccountErrors() {
    }

    public static DomainException notFound() {
        return new DomainException(ErrorKind.NOT_FOUND, "account.not_found", "No such account.");
    }

    public static DomainException emailTaken() {
        return new DomainException(ErrorKind.CONFLICT, "account.email_taken",
                "Another account uses this e-mail address.");
    }

    public static DomainException externalIdConflict() {
        return new DomainException(ErrorKind.CONFLICT, "account.external_id_conflict",
                "This externalId is already provisioned with other data.");
    }

    public static DomainException transitionNotAllowed(ContractStatus from, ContractStatus to) {
        return new DomainException(ErrorKind.CONFLICT, "account.transition_not_allowed",
                "The contract status cannot change from " + from.wireName() + " to " + to.wireName()
                        + "; a cancelled contract can only be reactivated as active.");
    }

    public static DomainException reactivationWindowClosed(Instant deletionDueAt) {
        return new DomainException(ErrorKind.CONFLICT, "account.reactivation_window_closed",
                "The account can no longer be reactivated: its archive period ended at " + deletionDueAt + ".",
                Map.of("deletionDueAt", deletionDueAt));
    }

    public static DomainException archived(Instant deletionDueAt) {
        return new DomainException(ErrorKind.CONFLICT, "account.archived",
                "The account is archived (contract cancelled); reactivate it first.",
                Map.of("deletionDueAt", deletionDueAt));
    }
}
