package io.cockpit.application.port.in.account;

import io.cockpit.domain.access.ActivationGrant;
import io.cockpit.domain.account.ExternalId;
import io.cockpit.domain.account.PartnerId;

/** The partner asks for a fresh activation token for its user (first sign-in, or a forgotten password). */
public interface IssueActivationUseCase {

    /**
     * A new one-time token; every earlier token of the account stops working.
     *
     * @throws io.cockpit.domain.shared.DomainException {@code account.not_found}, or {@code account.archived}
     */
    ActivationGrant issue(PartnerId partnerId, ExternalId externalId);
}
