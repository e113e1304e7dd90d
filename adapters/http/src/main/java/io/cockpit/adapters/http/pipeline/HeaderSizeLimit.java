package io.cockpit.adapters.http.pipeline;

import io.cockpit.adapters.http.problem.Problems;
import io.helidon.http.Header;
import io.helidon.webserver.http.Filter;
import io.helidon.webserver.http.FilterChain;
import io.helidon.webserver.http.RoutingRequest;
import io.helidon.webserver.http.RoutingResponse;

/**
 * 431 for a request whose headers are larger than the limit together, counted as they travel ({@code Name: value}
 * and a line end each). Helidon's parser refuses only far larger ones, and with a bare 400 that cannot say why
 * (it hands over no reason), so the limit clients meet is held here.
 */
public final class HeaderSizeLimit implements Filter {

    private final int maxBytes;

    public HeaderSizeLimit(int maxBytes) {
        this.maxBytes = maxBytes;
    }

    @Override
    public void filter(FilterChain chain, RoutingRequest request, RoutingResponse response) {
        long bytes = 0;
        for (Header header : request.headers()) {
            for (String value : header.allValues()) {
                bytes += header.name().length() + 2 + value.length() + 2;
            }
        }
        if (bytes > maxBytes) {
            throw Problems.headersTooLarge(maxBytes);
        }
        chain.proceed();
    }
}
