package io.cockpit.application.port.in.account;

import io.cockpit.domain.access.ActivationGrant;
import io.cockpit.domain.account.Account;
import io.cockpit.domain.account.NewAccount;

/** The partner provisions a user's account (privacy policy, section 5). */
public interface ProvisionAccountUseCase {

    /**
     * Creates the account with its identifiers and a one-time activation token, or answers a repeated request with
     * the existing account.
     *
     * @throws io.cockpit.domain.shared.DomainException {@code account.external_id_conflict} if the reference is
     *         provisioned with other data, {@code account.email_taken} if another account has this login
     */
    ProvisioningResult provision(NewAccount request);

    /** How a provisioning request ended. */
    sealed interface ProvisioningResult {
        Account account();
    }

    record Provisioned(Account account, ActivationGrant activation) implements ProvisioningResult {
    }

    /** The same reference was provisioned with exactly this data before. */
    record AlreadyProvisioned(Account account) implements ProvisioningResult {
    }
}
