package io.cockpit.application.port.in.account;

import io.cockpit.domain.access.ActivationGrant;
import io.cockpit.domain.account.ExternalId;
import io.cockpit.domain.account.PartnerId;

/** The partner asks for a fresh activation token for its user, while the user has not activated the account. */
public interface IssueActivationUseCase {

    /**
     * A new one-time token; every earlier token of the account stops working.
     *
     * @throws io.cockpit.domain.shared.DomainException {@code account.not_found}, {@code account.archived}, or
     *         {@code account.already_activated}
     */
    ActivationGrant issue(PartnerId partnerId, ExternalId externalId);
}
