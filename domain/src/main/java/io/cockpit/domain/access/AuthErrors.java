package io.cockpit.domain.access;

import io.cockpit.domain.shared.DomainException;
import io.cockpit.domain.shared.ErrorKind;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;

/** The refusals around signing in and sessions, each with its stable code. */
public final class AuthErrors {

    /** The detail under which a refusal tells how long to wait (becomes {@code Retry-After}). */
    public static final String RETRY_AFTER_SECONDS = "retryAfterSeconds";

    private AuthErrors() {
    }

    public static DomainException signInFailed() {
        return new DomainException(ErrorKind.UNAUTHENTICATED, "auth.sign_in_failed",
                "The e-mail address or the password is wrong.");
    }

    public static DomainException tooManyAttempts(Duration retryAfter) {
        long seconds = Math.max(1, (retryAfter.toMillis() + 999) / 1000);
        return new DomainException(ErrorKind.RATE_LIMITED, "auth.too_many_attempts",
                "Too many failed attempts. Try again later.", Map.of(RETRY_AFTER_SECONDS, seconds));
    }

    public static DomainException archived(Instant deletionDueAt) {
        return new DomainException(ErrorKind.FORBIDDEN, "account.archived",
                "The contract was cancelled: the account is archived and will be deleted at " + deletionDueAt + ".",
                Map.of("deletionDueAt", deletionDueAt));
    }

    public static DomainException notActivated() {
        return new DomainException(ErrorKind.FORBIDDEN, "account.not_activated",
                "The account has no password yet: use the activation link you received.");
    }

    public static DomainException activationTokenInvalid() {
        return new DomainException(ErrorKind.BAD_REQUEST, "activation.token_invalid",
                "The activation token is unknown, already used or expired. Ask for a new one.");
    }

    public static DomainException currentPasswordWrong() {
        return new DomainException(ErrorKind.FORBIDDEN, "auth.current_password_wrong",
                "The current password is wrong.");
    }

    public static DomainException sessionNotFound() {
        return new DomainException(ErrorKind.NOT_FOUND, "session.not_found", "No such session.");
    }
}
