package io.cockpit.application.port.in.access;

import io.cockpit.domain.access.SessionId;
import io.cockpit.domain.account.UserId;
import io.cockpit.domain.protection.IpAddress;

/** A signed-in user changes the password. */
public interface ChangePasswordUseCase {

    /**
     * Ends every session of the user but {@code current}.
     *
     * @throws io.cockpit.domain.shared.DomainException {@code auth.current_password_wrong}, {@code auth.too_many_attempts}
     * @throws io.cockpit.domain.shared.InvalidValueException if the new password breaks the policy
     */
    void change(UserId userId, SessionId current, String currentPassword, String newPassword, IpAddress client);
}
