package io.cockpit.adapters.http.pipeline;

import io.cockpit.domain.access.ApiKeyName;
import io.cockpit.domain.account.PartnerId;
import io.cockpit.domain.account.UserId;
import io.helidon.webserver.http.ServerRequest;

/** The caller of a request that passed its security scheme, in the form the handlers need. */
public final class Callers {

    private Callers() {
    }

    /** The signed-in user: every {@code /v1/me} call is scoped to this User-ID. */
    public static UserId user(ServerRequest request) {
        return RequestInfo.require(request).caller(Caller.User.class).userId();
    }

    public static PartnerId partner(ServerRequest request) {
        return RequestInfo.require(request).caller(Caller.Partner.class).partnerId();
    }

    /** The bearer token of a scheme the use case checks itself ({@code uploadToken}). */
    public static String bearerToken(ServerRequest request) {
        return RequestInfo.require(request).caller(Caller.Bearer.class).token();
    }

    /** The operator key's name, written to the audit log. */
    public static ApiKeyName operator(ServerRequest request) {
        return RequestInfo.require(request).caller(Caller.Operator.class).keyName();
    }
}
