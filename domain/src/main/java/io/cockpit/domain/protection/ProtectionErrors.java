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

    public static DomainException rangeTooWide(int widestPrefix) {
        return new DomainException(ErrorCode.BLOCKED_ADDRESS_TOO_WIDE, "Ranges wider than /" + widestPrefix
                + " cannot be blocked here: block the narrower ranges the attack comes from.");
    }

    public static DomainException rangeIncludesCaller() {
        return new DomainException(ErrorCode.BLOCKED_ADDRESS_INCLUDES_CALLER,
                "This range holds the address you are calling from; the block would lock you out.");
    }

    public static DomainException rangeIncludesTrustedProxy() {
        return new DomainException(ErrorCode.BLOCKED_ADDRESS_INCLUDES_TRUSTED_PROXY,
                "This range holds a trusted proxy; the block would refuse every client behind it.");
    }

    public static DomainException expiryPassed() {
        return new DomainException(ErrorCode.BLOCKED_ADDRESS_EXPIRY_PASSED, "expiresAt must lie in the future.");
    }

    public static DomainException blockNotFound() {
        return new DomainException(ErrorCode.BLOCKED_ADDRESS_NOT_FOUND, "No such blocked address.");
    }
}
