package io.cockpit.adapters.http.account;

import io.cockpit.adapters.http.handler.FieldCollector;
import io.cockpit.adapters.http.handler.Wire;
import io.cockpit.api.model.AccountChange;
import io.cockpit.api.model.ActivationGrant;
import io.cockpit.api.model.PartnerAccount;
import io.cockpit.api.model.ProvisionAccountRequest;
import io.cockpit.api.model.ProvisionedAccount;
import io.cockpit.application.port.in.account.ChangeAccountUseCase.ChangeAccountCommand;
import io.cockpit.domain.account.Account;
import io.cockpit.domain.account.ContractStatus;
import io.cockpit.domain.account.EmailAddress;
import io.cockpit.domain.account.ExternalId;
import io.cockpit.domain.account.NewAccount;
import io.cockpit.domain.account.PartnerId;
import io.cockpit.domain.account.PersonName;

import java.util.Optional;

/** DTOs of the partner API to and from the domain. */
final class PartnerAccountMapper {

    private PartnerAccountMapper() {
    }

    static NewAccount toNewAccount(PartnerId partner, ProvisionAccountRequest body) {
        FieldCollector fields = new FieldCollector();
        ExternalId externalId = fields.field("/externalId", () -> new ExternalId(body.getExternalId()));
        EmailAddress email = fields.field("/email", () -> new EmailAddress(body.getEmail()));
        PersonName name = fields.field("/name", () -> new PersonName(body.getName()));
        ContractStatus status = fields.field("/contractStatus",
                () -> ContractStatus.fromWireName(body.getContractStatus().getValue()));
        fields.throwIfInvalid();
        NewAccount request = fields.field("/contractStatus", () -> new NewAccount(partner, externalId, email, name, status));
        fields.throwIfInvalid();
        return request;
    }

    static ChangeAccountCommand toCommand(PartnerId partner, ExternalId externalId, AccountChange body) {
        FieldCollector fields = new FieldCollector();
        Optional<ContractStatus> status = Optional.ofNullable(body.getContractStatus()).map(value ->
                fields.field("/contractStatus", () -> ContractStatus.fromWireName(value.getValue())));
        Optional<EmailAddress> email = Optional.ofNullable(body.getEmail())
                .map(value -> fields.field("/email", () -> new EmailAddress(value)));
        Optional<PersonName> name = Optional.ofNullable(body.getName())
                .map(value -> fields.field("/name", () -> new PersonName(value)));
        fields.throwIfInvalid();
        return new ChangeAccountCommand(partner, externalId, status, email, name);
    }

    static PartnerAccount toPartnerAccount(Account account) {
        return new PartnerAccount(account.userId().value(), account.externalId().value(),
                account.email().value(), account.name().value(), status(account), Wire.utc(account.contract().archivedAt()),
                Wire.utc(account.contract().deletionDueAt()), Wire.utc(account.createdAt()), Wire.utc(account.updatedAt()));
    }

    static ProvisionedAccount toProvisionedAccount(Account account, io.cockpit.domain.access.ActivationGrant grant) {
        return new ProvisionedAccount(account.userId().value(), account.externalId().value(),
                account.email().value(), account.name().value(), status(account), Wire.utc(account.contract().archivedAt()),
                Wire.utc(account.contract().deletionDueAt()), Wire.utc(account.createdAt()), Wire.utc(account.updatedAt()),
                grant.token().value(), Wire.utc(grant.expiresAt()));
    }

    static ActivationGrant toActivationGrant(io.cockpit.domain.access.ActivationGrant grant) {
        return new ActivationGrant(grant.token().value(), Wire.utc(grant.expiresAt()));
    }

    static String location(Account account) {
        return "/v1/partner/accounts/" + account.externalId().value();
    }

    private static io.cockpit.api.model.ContractStatus status(Account account) {
        return io.cockpit.api.model.ContractStatus.fromValue(account.contract().status().wireName());
    }
}
