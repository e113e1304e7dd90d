package io.cockpit.domain.protection;

import io.cockpit.domain.shared.DomainException;
import io.cockpit.domain.shared.ErrorCode;

/** The refusals around blocked addresses. */
public final class ProtectionErrors {

    private ProtectionErrors() {
    }

    public static DomainException addressBlocked() {
        return new DomainException(ErrorCode.ADDRESS_BLOCKED, "Requests from this address are refused.");
    }

    public static DomainException alreadyBlocked() {
        return new DomainException(ErrorCode.BLOCKED_ADDRESS_EXISTS, "This address or range is blocked already.");
    }

    public static DomainException blockNotFound() {
        return new DomainException(ErrorCode.BLOCKED_ADDRESS_NOT_FOUND, "No such blocked address.");
    }
}
