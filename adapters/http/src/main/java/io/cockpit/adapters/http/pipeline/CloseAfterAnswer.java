package io.cockpit.adapters.http.pipeline;

import io.helidon.http.HeaderNames;
import io.helidon.http.HeaderValues;
import io.helidon.http.Status;
import io.helidon.webserver.CloseConnectionException;
import io.helidon.webserver.http.ErrorHandler;
import io.helidon.webserver.http.Filter;
import io.helidon.webserver.http.FilterChain;
import io.helidon.webserver.http.RoutingRequest;
import io.helidon.webserver.http.RoutingResponse;

import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;

/**
 * Closes the connection after the answer to a request that carries {@code Connection: close} (RFC 9112 9.6: nothing
 * more is read from it) or whose body was not read to its end (refused before it, or too slow, or too large).
 * Helidon answers the first with {@code Connection: close} but reads on: a request smuggled in the unread body of a
 * refused one (a blocked address, a 401, a 404) ran, with an {@code X-Forwarded-For} of its own. For the second it
 * would read the rest of the body first, as slowly as a client cares to send it. A failure of such a request is
 * answered here ({@code errors}), as it would be after this filter. A 408 closes too, also when its last read ended
 * the body.
 * <p>
 * Before the close, what is left of a refused body is read and dropped, as much as the server takes at all
 * ({@code drainBytes}, Helidon's own limit) within {@link #DRAIN_TIME} (a lingering close, RFC 9112 9.6): a socket
 * closed with unread bytes sends a reset, and a client still sending its body (a browser's {@code fetch} of a
 * too-large batch) would often see that reset instead of the answer. Nothing read there is parsed. Not when the
 * client waits for {@code 100 Continue}: it sends no body then.
 */
public final class CloseAfterAnswer implements Filter {

    static final Duration DRAIN_TIME = Duration.ofSeconds(3);

    private final ErrorHandler<Throwable> errors;
    private final long drainBytes;

    public CloseAfterAnswer(ErrorHandler<Throwable> errors, long drainBytes) {
        this.errors = errors;
        this.drainBytes = drainBytes;
    }

    @Override
    public void filter(FilterChain chain, RoutingRequest request, RoutingResponse response) {
        // said in the answer, so that a client does not send its next request on a connection about to close
        response.beforeSend(() -> {
            if (closes(request, response)) {
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
        if (closes(request, response)) {
            drainRefusedBody(request);
            throw new CloseConnectionException("the client asked to close the connection, its body was not read, "
                    + "or it came too late");
        }
    }

    private void drainRefusedBody(RoutingRequest request) {
        if (!request.content().hasEntity() || request.content().consumed()
                || request.headers().contains(HeaderNames.EXPECT)
                || request.headers().contentLength().orElse(0) > drainBytes) {
            return;
        }
        try {
            InputStream rest = request.content().inputStream();
            ReadWatchdog.within(DRAIN_TIME, () -> dropped(rest, drainBytes));
        } catch (IOException | RuntimeException cutOff) {
            // read in part already, or the client went away: closed as it is
        }
    }

    private static boolean closes(RoutingRequest request) {
        return request.headers().containsToken(HeaderValues.CONNECTION_CLOSE)
                || request.content().hasEntity() && !request.content().consumed();
    }

    /** Also after a 408 whose last read ended the body: it says close, so nothing after it on the connection runs. */
    private static boolean closes(RoutingRequest request, RoutingResponse response) {
        return closes(request) || response.status().code() == Status.REQUEST_TIMEOUT_408.code();
    }

    private static long dropped(InputStream rest, long most) throws IOException {
        byte[] buffer = new byte[16 * 1024];
        long total = 0;
        for (int read; total <= most && (read = rest.read(buffer)) != -1; ) {
            total += read;
        }
        return total;
    }
}
