package io.cockpit.adapters.http.pipeline;

import io.cockpit.adapters.http.problem.HttpErrorCode;
import io.cockpit.adapters.http.problem.ProblemDocument;
import io.cockpit.adapters.http.problem.ProblemException;
import io.helidon.common.buffers.BufferData;
import io.helidon.common.concurrency.limits.Limit;
import io.helidon.webserver.ConnectionContext;
import io.helidon.webserver.spi.ServerConnection;
import io.helidon.webserver.spi.ServerConnectionSelector;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Semaphore;
import java.util.regex.Pattern;

/**
 * A connection whose request line names another HTTP version than 1.1 (HTTP/1.0 from {@code ab}, a health checker, or
 * nginx before {@code proxy_http_version 1.1}) gets a 505 problem that says to use HTTP/1.1, then the connection
 * closes. Helidon recognises only HTTP/1.1 and closed such connections without a word, which a proxy reports as a
 * bare 502.
 */
public final class OtherHttpVersions implements ServerConnectionSelector {

    private static final Pattern REQUEST_LINE =
            Pattern.compile("^[!#$%&'*+.^_`|~0-9A-Za-z-]+ \\S+ HTTP/[0-9]\\.[0-9]\\r?$");
    /** Beyond this a first line is no request line Helidon would read either. */
    private static final int MAX_LINE = 8192;
    private static final byte[] ANSWER = answer();

    @Override
    public int bytesToIdentifyConnection() {
        return 0;
    }

    @Override
    public Support supports(BufferData request) {
        int end = request.indexOf((byte) '\n');
        if (end == -1) {
            return request.available() > MAX_LINE ? Support.UNSUPPORTED : Support.UNKNOWN;
        }
        String line = request.readString(end, StandardCharsets.ISO_8859_1);
        return REQUEST_LINE.matcher(line).matches() && !line.stripTrailing().endsWith(" HTTP/1.1")
                ? Support.SUPPORTED : Support.UNSUPPORTED;
    }

    @Override
    public Set<String> supportedApplicationProtocols() {
        return Set.of();
    }

    @Override
    public ServerConnection connection(ConnectionContext context) {
        return new Refusal(context);
    }

    private static byte[] answer() {
        byte[] body = ProblemDocument.render(new ProblemException(HttpErrorCode.REQUEST_HTTP_VERSION_NOT_SUPPORTED,
                "HTTP version not supported", "Use HTTP/1.1."), null, Map.of());
        ByteArrayOutputStream answer = new ByteArrayOutputStream();
        answer.writeBytes(("HTTP/1.1 505 HTTP Version Not Supported\r\nContent-Type: application/problem+json\r\n"
                + "Content-Length: " + body.length + "\r\nCache-Control: no-store\r\n"
                + "X-Content-Type-Options: nosniff\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
        answer.writeBytes(body);
        return answer.toByteArray();
    }

    /** Answers once and ends; the connection handler closes the socket after it. */
    private static final class Refusal implements ServerConnection {

        private final ConnectionContext context;

        private Refusal(ConnectionContext context) {
            this.context = context;
        }

        @Override
        public void handle(Limit limit) {
            context.dataWriter().writeNow(BufferData.create(ANSWER));
        }

        @Override
        public void handle(Semaphore requestSemaphore) {
            context.dataWriter().writeNow(BufferData.create(ANSWER));
        }

        @Override
        public Duration idleTime() {
            return Duration.ZERO;
        }

        @Override
        public void close(boolean interrupt) {
            // answered in one write; nothing to stop
        }
    }
}
