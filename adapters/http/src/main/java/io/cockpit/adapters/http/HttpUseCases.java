package io.cockpit.adapters.http;

import io.cockpit.application.port.in.AuthenticateApiKeyUseCase;
import io.cockpit.application.port.in.ChangeAccountUseCase;
import io.cockpit.application.port.in.FindPartnerAccountQuery;
import io.cockpit.application.port.in.IdempotentRequestsUseCase;
import io.cockpit.application.port.in.IssueActivationUseCase;
import io.cockpit.application.port.in.ProvisionAccountUseCase;

import java.util.Objects;

/** The use cases the HTTP adapter drives, handed over by bootstrap. */
public record HttpUseCases(
        AuthenticateApiKeyUseCase apiKeys,
        ProvisionAccountUseCase provisioning,
        FindPartnerAccountQuery partnerAccounts,
        ChangeAccountUseCase accountChanges,
        IssueActivationUseCase activations,
        IdempotentRequestsUseCase idempotency) {

    public HttpUseCases {
        Objects.requireNonNull(apiKeys, "apiKeys");
        Objects.requireNonNull(provisioning, "provisioning");
        Objects.requireNonNull(partnerAccounts, "partnerAccounts");
        Objects.requireNonNull(accountChanges, "accountChanges");
        Objects.requireNonNull(activations, "activations");
        Objects.requireNonNull(idempotency, "idempotency");
    }
}
