package io.cockpit.application.port.in.register;

import io.cockpit.domain.account.UserId;
import io.cockpit.domain.protection.IpAddress;
import io.cockpit.domain.account.ErasureRequest;

/** The signed-in user erases their account (Art. 17 GDPR), confirming with the password. */
public interface EraseMyAccountUseCase {

    /**
     * Ends every session of the user at once and starts the erasure (or finds the one already running, without
     * asking for the password again); the receipt is the request's id.
     *
     * @throws io.cockpit.domain.shared.DomainException {@code auth.password_confirmation_wrong} on a wrong password,
     *         {@code auth.too_many_attempts} when throttled
     */
    ErasureRequest eraseMyAccount(UserId user, String password, IpAddress client);
}
