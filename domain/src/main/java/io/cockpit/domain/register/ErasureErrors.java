package io.cockpit.domain.register;

import io.cockpit.domain.shared.DomainException;
import io.cockpit.domain.shared.ErrorCode;

/** The refusals around erasure. */
public final class ErasureErrors {

    private ErasureErrors() {
    }

    public static DomainException passwordWrong() {
        return new DomainException(ErrorCode.AUTH_PASSWORD_CONFIRMATION_WRONG,
                "The password is wrong; the account was not erased.");
    }
}
