package io.cockpit.domain.access;

import io.cockpit.domain.shared.DomainException;
import io.cockpit.domain.shared.ErrorCode;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;

/** The refusals around signing in and sessions, each with its stable code. */
public final class AuthErrors {

    /** The detail under which a refusal tells how long to wait (becomes {@code Retry-After}). */
    public static final String RETRY_AFTER_SECONDS = "retryAfterSeconds";

    private AuthErrors() {
    }

    /**
     * One answer for an unknown address, a wrong password and an account that has no password yet, so that none of
     * them can be told apart.
     */
    public static DomainException signInFailed() {
        return new DomainException(ErrorCode.AUTH_SIGN_IN_FAILED,
                "The e-mail address or the password is wrong. A new account must first be activated with the link "
                        + "from its activation e-mail.");
    }

    public static DomainException tooManyAttempts(Duration retryAfter) {
        long seconds = Math.max(1, (retryAfter.toMillis() + 999) / 1000);
        return new DomainException(ErrorCode.AUTH_TOO_MANY_ATTEMPTS,
                "Too many failed attempts. Try again later.", Map.of(RETRY_AFTER_SECONDS, seconds));
    }

    /** Every password hashing slot is taken: the password was not checked, so the attempt does not count. */
    public static DomainException hashingBusy(Duration retryAfter) {
        long seconds = Math.max(1, (retryAfter.toMillis() + 999) / 1000);
        return new DomainException(ErrorCode.SERVER_BUSY,
                "The server is busy checking passwords. Try again in a moment.", Map.of(RETRY_AFTER_SECONDS, seconds));
    }

    public static DomainException archived(Instant deletionDueAt) {
        return new DomainException(ErrorCode.ACCOUNT_ARCHIVED_SIGN_IN,
                "The contract was cancelled: the account is archived and will be deleted at " + deletionDueAt + ".",
                Map.of("deletionDueAt", deletionDueAt));
    }

    public static DomainException passwordResetTokenInvalid() {
        return new DomainException(ErrorCode.PASSWORD_RESET_TOKEN_INVALID,
                "The link to reset the password is unknown, already used or expired. Ask for a new one.");
    }

    public static DomainException activationTokenInvalid() {
        return new DomainException(ErrorCode.ACTIVATION_TOKEN_INVALID,
                "The activation token is unknown, already used or expired. Ask for a new one.");
    }

    public static DomainException currentPasswordWrong() {
        return new DomainException(ErrorCode.AUTH_CURRENT_PASSWORD_WRONG,
                "The current password is wrong.");
    }

    public static DomainException passwordChangedConcurrently() {
        return new DomainException(ErrorCode.AUTH_PASSWORD_CHANGED_CONCURRENTLY,
                "The password was changed by another request meanwhile; sign in with the new one.");
    }

    public static DomainException sessionNotFound() {
        return new DomainException(ErrorCode.SESSION_NOT_FOUND, "No such session.");
    }
}
