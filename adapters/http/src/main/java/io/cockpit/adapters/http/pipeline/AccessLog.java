package io.cockpit.adapters.http.pipeline;

import io.cockpit.adapters.http.contract.ApiOperation;
import io.helidon.http.HeaderName;
import io.helidon.http.HeaderNames;
import io.helidon.webserver.http.Filter;
import io.helidon.webserver.http.FilterChain;
import io.helidon.webserver.http.RoutingRequest;
import io.helidon.webserver.http.RoutingResponse;

import java.lang.System.Logger.Level;
import java.lang.System.Logger;
import java.util.HexFormat;
import java.util.concurrent.ThreadLocalRandom;

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
        response.whenSent(() -> {
            long nanos = System.nanoTime() - info.startNanos();
            String route = info.match().map(ApiOperation.Match::operation).map(ApiOperation::pathTemplate)
                    .orElse("(unmatched)");
            int status = response.status().code();
            observer.requestCompleted(method, route, status, nanos);
            LOG.log(Level.INFO, () -> String.format("%s %s %d %.1fms id=%s", method, route, status, nanos / 1e6,
                    info.requestId()));
        });
        chain.proceed();
    }
}
