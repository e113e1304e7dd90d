package io.cockpit.domain.protection;

import io.cockpit.domain.shared.DomainException;
import io.cockpit.domain.shared.ErrorKind;

/** The refusals around blocked addresses. */
public final class ProtectionErrors {

    private ProtectionErrors() {
    }

    public static DomainException addressBlocked() {
        return new DomainException(ErrorKind.FORBIDDEN, "address.blocked", "Requests from this address are refused.");
    }

    public static DomainException alreadyBlocked() {
        return new DomainException(ErrorKind.CONFLICT, "blocked_address.exists", "This address or range is blocked already.");
    }

    public static DomainException blockNotFound() {
        return new DomainException(ErrorKind.NOT_FOUND, "blocked_address.not_found", "No such blocked address.");
    }
}
