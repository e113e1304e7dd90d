package io.cockpit.application.port.in.access;

import io.cockpit.domain.access.DeviceLabel;
import io.cockpit.domain.protection.IpAddress;

/** The user sets the first password with the partner's one-time activation token. */
public interface ActivateAccountUseCase {

    /**
     * Sets the first password and starts a session; refused once the account has a password.
     *
     * @throws io.cockpit.domain.shared.DomainException {@code activation.token_invalid}, {@code account.archived}
     * @throws io.cockpit.domain.shared.InvalidValueException if the password breaks the policy
     */
    StartedSession activate(String token, String password, IpAddress client, DeviceLabel device);
}
