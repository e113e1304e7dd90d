package io.cockpit.adapters.http.pipeline;

import io.helidon.http.HeaderValues;
import io.helidon.webserver.CloseConnectionException;
import io.helidon.webserver.http.ErrorHandler;
import io.helidon.webserver.http.Filter;
import io.helidon.webserver.http.FilterChain;
import io.helidon.webserver.http.RoutingRequest;
import io.helidon.webserver.http.RoutingResponse;

/**
 * Closes the connection after the answer to a request that carries {@code Connection: close} (RFC 9112 9.6: nothing
 * more is read from it). Helidon answers with {@code Connection: close} but, for such a request, skips reading the
 * rest of an unread body and goes on to read the next request from the same connection: a request smuggled in the
 * body of a refused one (a blocked address, a 401, a 404) ran, with an {@code X-Forwarded-For} of its own. A failure
 * of the request is answered here first ({@code errors}), as it would be after this filter.
 */
public final class CloseWhenAsked implements Filter {

    private final ErrorHandler<Throwable> errors;

    public CloseWhenAsked(ErrorHandler<Throwable> errors) {
        this.errors = errors;
    }

    @Override
    public void filter(FilterChain chain, RoutingRequest request, RoutingResponse response) {
        if (!request.headers().containsToken(HeaderValues.CONNECTION_CLOSE)) {
            chain.proceed();
            return;
        }
        try {
            chain.proceed();
        } catch (CloseConnectionException closing) {
            throw closing;
        } catch (RuntimeException failure) {
            errors.handle(request, response, failure);
        }
        throw new CloseConnectionException("the client asked to close the connection");
    }
}
