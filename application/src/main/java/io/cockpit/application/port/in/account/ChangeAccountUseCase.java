package io.cockpit.application.port.in.account;

import io.cockpit.domain.account.Account;
import io.cockpit.domain.account.ContractStatus;
import io.cockpit.domain.account.EmailAddress;
import io.cockpit.domain.account.ExternalId;
import io.cockpit.domain.account.PartnerId;
import io.cockpit.domain.account.PersonName;

import java.util.Objects;
import java.util.Optional;

/** The partner changes an account's contract status, name or e-mail address. */
public interface ChangeAccountUseCase {

    /** Applies every present change, or none of them. */
    Account change(ChangeAccountCommand command);

    record ChangeAccountCommand(PartnerId partnerId, ExternalId externalId, Optional<ContractStatus> contractStatus,
                                Optional<EmailAddress> email, Optional<PersonName> name) {

        public ChangeAccountCommand {
            Objects.requireNonNull(partnerId, "partnerId");
            Objects.requireNonNull(externalId, "externalId");
            Objects.requireNonNull(contractStatus, "contractStatus");
            Objects.requireNonNull(email, "email");
            Objects.requireNonNull(name, "name");
        }
    }
}
