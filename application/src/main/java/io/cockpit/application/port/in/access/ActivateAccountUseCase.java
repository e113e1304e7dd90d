package io.cockpit.application.port.in.access;

import io.cockpit.domain.access.DeviceLabel;
import io.cockpit.domain.protection.IpAddress;

/** The user sets a password with the partner's one-time activation token (first sign-in, or a reset). */
public interface ActivateAccountUseCase {

    /**
     * Sets the password, ends every earlier session of the account and starts a new one.
     *
     * @throws io.cockpit.domain.shared.DomainException {@code activation.token_invalid}, {@code account.archived}
     * @throws io.cockpit.domain.shared.InvalidValueException if the password breaks the policy
     */
    StartedSession activate(String token, String password, IpAddress client, DeviceLabel device);
}
