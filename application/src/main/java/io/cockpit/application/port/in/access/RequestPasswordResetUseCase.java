package io.cockpit.application.port.in.access;

import io.cockpit.domain.protection.IpAddress;

/** Someone who forgot their password asks for a reset link by e-mail. */
public interface RequestPasswordResetUseCase {

    /**
     * Takes the request and returns before anything that depends on the address is done, so that the caller learns
     * nothing about whether an account has this address. If one has, its user gets an e-mail: a one-time reset link,
     * or for an account that was never activated a reminder of the activation e-mail.
     *
     * @param email as typed: it need not be a valid address (then it matches no account)
     * @throws io.cockpit.domain.shared.DomainException {@code auth.too_many_attempts}
     */
    void request(String email, IpAddress client);
}
