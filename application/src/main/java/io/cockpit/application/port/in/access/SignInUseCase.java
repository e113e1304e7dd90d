package io.cockpit.application.port.in.access;

import io.cockpit.domain.access.DeviceLabel;
import io.cockpit.domain.access.Password;
import io.cockpit.domain.protection.IpAddress;

import java.util.Objects;

/** A user signs in with e-mail address and password. */
public interface SignInUseCase {

    /**
     * @throws io.cockpit.domain.shared.DomainException {@code auth.sign_in_failed} (unknown address and wrong password
     *         alike), {@code auth.too_many_attempts}, {@code account.archived}; an account without a password yet
     *         gets {@code auth.sign_in_failed} as well
     */
    StartedSession signIn(SignInAttempt attempt);

    /** @param email as typed: it need not be a valid address (then it matches no account) */
    record SignInAttempt(String email, Password password, IpAddress client, DeviceLabel device) {

        public SignInAttempt {
            Objects.requireNonNull(email, "email");
            Objects.requireNonNull(password, "password");
            Objects.requireNonNull(client, "client");
            Objects.requireNonNull(device, "device");
        }
    }
}
