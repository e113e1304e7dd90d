package io.cockpit.adapters.http.pipeline;

import io.cockpit.application.port.in.access.AuthenticateApiKeyUseCase;
import io.cockpit.domain.access.ApiKeyRole;
import io.cockpit.domain.account.PartnerId;
import io.helidon.webserver.http.ServerRequest;

import java.util.Optional;

/** partnerAuth and operatorAuth: an API key as bearer token. */
public final class ApiKeyAuthenticator implements Authenticator {

    private final ApiKeyRole role;
    private final AuthenticateApiKeyUseCase keys;

    private ApiKeyAuthenticator(ApiKeyRole role, AuthenticateApiKeyUseCase keys) {
        this.role = role;
        this.keys = keys;
    }

    public static ApiKeyAuthenticator partners(AuthenticateApiKeyUseCase keys) {
        return new ApiKeyAuthenticator(ApiKeyRole.PARTNER, keys);
    }

    public static ApiKeyAuthenticator operators(AuthenticateApiKeyUseCase keys) {
        return new ApiKeyAuthenticator(ApiKeyRole.OPERATOR, keys);
    }

    @Override
    public String scheme() {
        return role == ApiKeyRole.PARTNER ? "partnerAuth" : "operatorAuth";
    }

    @Override
    public Optional<String> credentials(ServerRequest request) {
        return BearerToken.of(request);
    }

    @Override
    public Optional<Caller> authenticate(String bearerToken, ServerRequest request) {
        return keys.authenticate(role, bearerToken).map(key -> role == ApiKeyRole.PARTNER
                ? new Caller.Partner(new PartnerId(key.name().value()))
                : new Caller.Operator(key.name()));
    }
}
