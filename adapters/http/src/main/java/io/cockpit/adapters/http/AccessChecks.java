package io.cockpit.adapters.http;

import io.cockpit.application.port.in.access.AuthenticateApiKeyUseCase;
import io.cockpit.application.port.in.access.AuthenticateSessionUseCase;
import io.cockpit.application.port.in.protection.CheckAddressQuery;

import java.util.Objects;

/** What every request passes before its handler: the blocked-address check and the security schemes. */
public record AccessChecks(CheckAddressQuery addresses, AuthenticateApiKeyUseCase apiKeys,
                           AuthenticateSessionUseCase sessions) {

    public AccessChecks {
        Objects.requireNonNull(addresses);
        Objects.requireNonNull(apiKeys);
        Objects.requireNonNull(sessions);
    }
}
