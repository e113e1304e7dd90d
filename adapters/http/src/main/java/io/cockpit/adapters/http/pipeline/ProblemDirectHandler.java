package io.cockpit.adapters.http.pipeline;

import io.cockpit.adapters.http.problem.HttpErrorCode;
import io.cockpit.adapters.http.problem.ProblemDocument;
import io.cockpit.adapters.http.problem.ProblemException;
import io.cockpit.adapters.http.problem.Problems;
import io.helidon.http.DirectHandler;
import io.helidon.http.HeaderNames;
import io.helidon.http.ServerResponseHeaders;
import io.helidon.http.Status;

import java.util.Map;

/**
 * Problems for what Helidon refuses before routing (a body over the size limit, oversized headers, an overlong or
 * unreadable request line), so that even these answers are problem+json, never echo the request, and carry
 * {@code X-Content-Type-Options: nosniff}; to a {@code HEAD} without the body.
 */
public final class ProblemDirectHandler implements DirectHandler {

    private final long maxPayloadBytes;
    private final int maxHeaderBytes;
    private final int parserHeaderBytes;

    /**
     * @param maxHeaderBytes    the limit {@link HeaderSizeLimit} holds requests to (431)
     * @param parserHeaderBytes the larger limit of Helidon's parser, which refuses without saying why (400)
     */
    public ProblemDirectHandler(long maxPayloadBytes, int maxHeaderBytes, int parserHeaderBytes) {
        this.maxPayloadBytes = maxPayloadBytes;
        this.maxHeaderBytes = maxHeaderBytes;
        this.parserHeaderBytes = parserHeaderBytes;
    }


    @Override
    public TransportResponse handle(TransportRequest request, EventType eventType, Status status,
                                    ServerResponseHeaders headers, String message) {
        // decided by status: Helidon reports an oversized body as BAD_REQUEST with status 413
        ProblemException problem = switch (status.code()) {
            case 413 -> Problems.tooLarge(maxPayloadBytes);
            case 431 -> Problems.headersTooLarge(maxHeaderBytes);
            // Helidon says no more; headers too large for its parser end here too, as HeaderSizeLimit says first
            case 400 -> Problems.malformed("The request cannot be read as HTTP (or its headers are larger than "
                    + parserHeaderBytes + " bytes).");
            case 403 -> new ProblemException(HttpErrorCode.REQUEST_FORBIDDEN, "Forbidden", "The request is refused.");
            case 503 -> Problems.unavailable();
            case 505 -> new ProblemException(HttpErrorCode.REQUEST_HTTP_VERSION_NOT_SUPPORTED,
                    "HTTP version not supported", "Use HTTP/1.1.");
            // Helidon's only 501: a transfer coding other than chunked (it logs a warning of its own for it)
            case 501 -> new ProblemException(HttpErrorCode.REQUEST_TRANSFER_ENCODING_UNSUPPORTED, "Not implemented",
                    "Send the body with Content-Length, or chunked without another transfer coding.");
            default -> status.code() < 500
                    ? ProblemException.withStatus(HttpErrorCode.REQUEST_REJECTED, status.code(), status.reasonPhrase(),
                    "The request was rejected.")
                    : Problems.internalError();
        };
        byte[] body = ProblemDocument.render(problem, null, Map.of());
        TransportResponse.Builder response = TransportResponse.builder()
                .status(problem.httpStatus())
                .headers(headers)
                .header(HeaderNames.CONTENT_TYPE, "application/problem+json")
                .header(SecurityHeaders.NO_SNIFF);
        if ("HEAD".equalsIgnoreCase(request.method())) {
            return response.header(HeaderNames.CONTENT_LENGTH, Integer.toString(body.length)).build();
        }
        return response.entity(body).build();
    }
}
