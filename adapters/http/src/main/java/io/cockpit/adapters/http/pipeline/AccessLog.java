package io.cockpit.adapters.http.pipeline;

import io.cockpit.adapters.http.contract.ApiOperation;
import io.helidon.http.HeaderName;
import io.helidon.http.HeaderNames;
import io.helidon.http.Status;
import io.helidon.webserver.http.Filter;
import io.helidon.webserver.http.FilterChain;
import io.helidon.webserver.http.RoutingRequest;
import io.helidon.webserver.http.RoutingResponse;

import java.lang.System.Logger.Level;
import java.lang.System.Logger;
import java.util.HexFormat;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The first filter: gives every request an id ({@code X-Request-Id}) and, once the response is sent, writes one log
 * line and reports it to the {@link RequestObserver}. The line names the route template, never the path (it can
 * hold identifiers), the query (it can hold an e-mail address) or the client address: no personal data.
 */
public final class AccessLog implements Filter {

    private static final Logger LOG = System.getLogger("io.cockpit.access");
    private static final HeaderName REQUEST_ID = HeaderNames.create("X-Request-Id");

    private final RequestObserver observer;

    public AccessLog(RequestObserver observer) {
        this.observer = observer;
    }

    @Override
    public void filter(FilterChain chain, RoutingRequest request, RoutingResponse response) {
        RequestInfo info = new RequestInfo(HexFormat.of().toHexDigits(ThreadLocalRandom.current().nextLong()),
                System.nanoTime());
        request.context().register(info);
        response.header(REQUEST_ID, info.requestId());
        String method = request.prologue().method().text();
        AtomicBoolean logged = new AtomicBoolean();
        response.whenSent(() -> completed(method, info, response, logged, ""));
        try {
            chain.proceed();
        } catch (BodyCutOff cutOff) {
            response.status(Status.REQUEST_TIMEOUT_408);
            completed(method, info, response, logged,
                    " not sent: the body stopped arriving, the connection was cut off");
            throw cutOff;
        }
    }

    private void completed(String method, RequestInfo info, RoutingResponse response, AtomicBoolean logged,
                           String note) {
        if (!logged.compareAndSet(false, true)) {
            return;
        }
        long nanos = System.nanoTime() - info.startNanos();
        String route = info.match().map(ApiOperation.Match::operation).map(ApiOperation::pathTemplate)
                .orElse("(unmatched)");
        int status = response.status().code();
        observer.requestCompleted(method, route, status, nanos);
        if (LOG.isLoggable(Level.INFO)) {
            LOG.log(Level.INFO, line(method, route, status, nanos, info.requestId()) + note);
        }
    }

    /** "GET /v1/me 200 1.3ms id=..."; built by hand, not with String.format, as it runs for every request. */
    static String line(String method, String route, int status, long nanos, String requestId) {
        long tenths = Math.round(nanos / 100_000.0);
        return new StringBuilder(96).append(method).append(' ').append(route).append(' ').append(status).append(' ')
                .append(tenths / 10).append('.').append(tenths % 10).append("ms id=").append(requestId).toString();
    }
}
