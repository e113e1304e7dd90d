package io.cockpit.adapters.http.pipeline;

import io.helidon.webserver.http.ServerRequest;

import java.util.Optional;

/**
 * A bearer scheme whose tokens the use case checks, not the pipeline ({@code uploadToken}: valid for one application
 * and one hour, which only the use case can tell). The pipeline requires the header (401
 * {@code auth.credentials_missing} without it) and hands the token on as {@link Caller.Bearer}.
 */
public final class BearerPassThrough implements Authenticator {

    private final String scheme;

    public BearerPassThrough(String scheme) {
        this.scheme = scheme;
    }

    @Override
    public String scheme() {
        return scheme;
    }

    @Override
    public Optional<String> credentials(ServerRequest request) {
        return BearerToken.of(request);
    }

    @Override
    public Optional<Caller> authenticate(String credentials, ServerRequest request) {
        return Optional.of(new Caller.Bearer(credentials));
    }
}
