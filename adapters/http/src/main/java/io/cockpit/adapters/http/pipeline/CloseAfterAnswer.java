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
 * more is read from it) or whose body was not read to its end (refused before it, or too slow, or too large).
 * Helidon answers the first with {@code Connection: close} but reads on: a request smuggled in the unread body of a
 * refused one (a blocked address, a 401, a 404) ran, with an {@code X-Forwarded-For} of its own. For the second it
 * would read the rest of the body first, as slowly as a client cares to send it. A failure of such a request is
 * answered here ({@code errors}), as it would be after this filter.
 */
public final class CloseAfterAnswer implements Filter {

    private final ErrorHandler<Throwable> errors;

    public CloseAfterAnswer(ErrorHandler<Throwable> errors) {
        this.errors = errors;
    }

    @Override
    public void filter(FilterChain chain, RoutingRequest request, RoutingResponse response) {
        // said in the answer, so that a client does not send its next request on a connection about to close
        response.beforeSend(() -> {
            if (closes(request)) {
                response.header(HeaderValues.CONNECTION_CLOSE);
            }
        });
        try {
            chain.proceed();
        } catch (CloseConnectionException closing) {
            throw closing;
        } catch (RuntimeException failure) {
            if (!closes(request)) {
                throw failure;
            }
            errors.handle(request, response, failure);
        }
        if (closes(request)) {
            throw new CloseConnectionException("the client asked to close the connection, or its body was not read");
        }
    }

    private static boolean closes(RoutingRequest request) {
        return request.headers().containsToken(HeaderValues.CONNECTION_CLOSE)
                || request.content().hasEntity() && !request.content().consumed();
    }
}
