package io.cockpit.application.service.access;

import io.cockpit.application.port.out.access.ActivationTokens;
import io.cockpit.application.port.out.access.CredentialRepository;
import io.cockpit.application.port.out.access.PasswordResetTokens;
import io.cockpit.domain.access.PasswordHash;
import io.cockpit.domain.access.SessionId;
import io.cockpit.domain.account.UserId;

import java.time.Instant;
import java.util.Optional;

/**
 * What setting a password does, whichever way it is set (activation, change, reset): the conditional write, and on
 * success the end of every pending activation and reset token and of the account's sessions (but {@code keep}).
 * Runs in the caller's transaction.
 */
public final class NewPassword {

    private final CredentialRepository credentials;
    private final ActivationTokens activationTokens;
    private final PasswordResetTokens resetTokens;
    private final SessionService sessions;

    public NewPassword(CredentialRepository credentials, ActivationTokens activationTokens, PasswordResetTokens resetTokens,
                SessionService sessions) {
        this.credentials = credentials;
        this.activationTokens = activationTokens;
        this.resetTokens = resetTokens;
        this.sessions = sessions;
    }

    /** The first password; {@code false} if the account has one already. */
    boolean setFirst(UserId userId, PasswordHash hash, Instant now) {
        return credentials.create(userId, hash, now) && endTokensAndSessions(userId, Optional.empty());
    }

    /** A new password in place of {@code checked}; {@code false} if another request changed it first. */
    boolean replace(UserId userId, PasswordHash checked, PasswordHash replacement, Instant now, Optional<SessionId> keep) {
        return credentials.replace(userId, checked, replacement, now) && endTokensAndSessions(userId, keep);
    }

    private boolean endTokensAndSessions(UserId userId, Optional<SessionId> keep) {
        activationTokens.revokeAll(userId);
        resetTokens.revokeAll(userId);
        sessions.endAll(userId, keep);
        return true;
    }
}
