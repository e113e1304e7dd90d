package io.cockpit.application.port.in.access;

import io.cockpit.domain.protection.IpAddress;

/** The user sets a new password with the one-time token from the reset e-mail. */
public interface ResetPasswordUseCase {

    /**
     * Sets the password, ends every session of the account and every pending activation and reset token.
     *
     * @throws io.cockpit.domain.shared.DomainException {@code password_reset.token_invalid}, {@code account.archived},
     *         {@code auth.password_changed_concurrently}
     * @throws io.cockpit.domain.shared.InvalidValueException if the password breaks the policy
     */
    void reset(String token, String newPassword, IpAddress client);
}
