package io.cockpit.application.port.in.account;

import io.cockpit.domain.account.Account;
import io.cockpit.domain.account.ExternalId;
import io.cockpit.domain.account.PartnerId;

/** The partner reads one of its accounts. */
public interface FindPartnerAccountQuery {

    /** @throws io.cockpit.domain.shared.DomainException {@code account.not_found}, also for other partners' accounts */
    Account find(PartnerId partnerId, ExternalId externalId);
}
