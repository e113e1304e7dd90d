package io.cockpit.adapters.http;

import io.cockpit.application.port.in.ActivateAccountUseCase;
import io.cockpit.application.port.in.AuthenticateApiKeyUseCase;
import io.cockpit.application.port.in.AuthenticateSessionUseCase;
import io.cockpit.application.port.in.ChangeAccountUseCase;
import io.cockpit.application.port.in.ChangePasswordUseCase;
import io.cockpit.application.port.in.CheckAddressQuery;
import io.cockpit.application.port.in.FindPartnerAccountQuery;
import io.cockpit.application.port.in.IdempotentRequestsUseCase;
import io.cockpit.application.port.in.IssueActivationUseCase;
import io.cockpit.application.port.in.LabelsUseCase;
import io.cockpit.application.port.in.ManageBlockedAddressesUseCase;
import io.cockpit.application.port.in.ManageSessionsUseCase;
import io.cockpit.application.port.in.MyAccountQuery;
import io.cockpit.application.port.in.PrivacyUseCase;
import io.cockpit.application.port.in.ProvisionAccountUseCase;
import io.cockpit.application.port.in.SettingsUseCase;
import io.cockpit.application.port.in.SignInUseCase;
import io.cockpit.application.port.in.TemplatesUseCase;

import java.util.Objects;
import java.util.stream.Stream;

/** The use cases the HTTP adapter drives, handed over by bootstrap. */
public record HttpUseCases(
        AuthenticateApiKeyUseCase apiKeys,
        ProvisionAccountUseCase provisioning,
        FindPartnerAccountQuery partnerAccounts,
        ChangeAccountUseCase accountChanges,
        IssueActivationUseCase activations,
        IdempotentRequestsUseCase idempotency,
        ActivateAccountUseCase activation,
        SignInUseCase signIn,
        AuthenticateSessionUseCase sessionAuthentication,
        ManageSessionsUseCase sessions,
        ChangePasswordUseCase passwords,
        CheckAddressQuery addressCheck,
        ManageBlockedAddressesUseCase blockedAddresses,
        MyAccountQuery myAccount,
        SettingsUseCase settings,
        PrivacyUseCase privacy,
        TemplatesUseCase templates,
        LabelsUseCase labels) {

    public HttpUseCases {
        Stream.of(apiKeys, provisioning, partnerAccounts, accountChanges, activations, idempotency, activation, signIn,
                sessionAuthentication, sessions, passwords, addressCheck, blockedAddresses, myAccount, settings, privacy, templates, labels)
                .forEach(Objects::requireNonNull);
    }
}
