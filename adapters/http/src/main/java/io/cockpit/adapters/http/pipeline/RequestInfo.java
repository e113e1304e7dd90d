package io.cockpit.adapters.http.pipeline;

import io.cockpit.adapters.http.contract.ApiOperation;
import io.cockpit.domain.protection.IpAddress;
import io.helidon.webserver.http.ServerRequest;

import java.util.Optional;

/**
 * What the server knows about a request beyond Helidon's view: its id (sent back as {@code X-Request-Id}, quoted in
 * problems), the matched contract operation, and who is calling. Lives in the request's context.
 */
public final class RequestInfo {

    private final String requestId;
    private final long startNanos;
    private volatile ApiOperation.Match match;
    private volatile Caller caller;
    private volatile IpAddress client;

    RequestInfo(String requestId, long startNanos) {
        this.requestId = requestId;
        this.startNanos = startNanos;
    }

    public static Optional<RequestInfo> of(ServerRequest request) {
        return request.context().get(RequestInfo.class);
    }

    /** The info of a request that passed the contract filter (every routed request does). */
    public static RequestInfo require(ServerRequest request) {
        return of(request).orElseThrow(() -> new IllegalStateException("request did not pass the contract filter"));
    }

    public String requestId() {
        return requestId;
    }

    long startNanos() {
        return startNanos;
    }

    public Optional<ApiOperation.Match> match() {
        return Optional.ofNullable(match);
    }

    void match(ApiOperation.Match matched) {
        this.match = matched;
    }

    /** The client address (the socket's, or from X-Forwarded-For behind a trusted proxy). */
    public IpAddress client() {
        if (client == null) {
            throw new IllegalStateException("the client address is resolved by the blocked-address filter");
        }
        return client;
    }

    void client(IpAddress address) {
        this.client = address;
    }

    public Optional<Caller> caller() {
        return Optional.ofNullable(caller);
    }

    void caller(Caller authenticated) {
        this.caller = authenticated;
    }

    /** The authenticated caller, of the type the operation's security scheme produces. */
    public <T extends Caller> T caller(Class<T> type) {
        return caller().filter(type::isInstance).map(type::cast)
                .orElseThrow(() -> new IllegalStateException("no " + type.getSimpleName() + " on this request"));
    }
}
