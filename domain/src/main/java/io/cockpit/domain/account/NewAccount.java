package io.cockpit.domain.account;

import io.cockpit.domain.shared.InvalidValueException;

import java.util.Objects;

/** What the partner transmits to provision an account (privacy policy, section 5). */
public record NewAccount(PartnerId partnerId, ExternalId externalId, EmailAddress email, PersonName name,
                         ContractStatus contractStatus) {

    public NewAccount {
        Objects.requireNonNull(partnerId, "partnerId");
        Objects.requireNonNull(externalId, "externalId");
        Objects.requireNonNull(email, "email");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(contractStatus, "contractStatus");
        if (contractStatus == ContractStatus.CANCELLED) {
            throw new InvalidValueException("contract_status.invalid_initial",
                    "a new account starts active or payment_overdue");
        }
    }
}
