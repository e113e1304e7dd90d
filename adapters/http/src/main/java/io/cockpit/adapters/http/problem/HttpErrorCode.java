package io.cockpit.adapters.http.problem;

/**
 * The problem codes of the HTTP layer itself (the domain's are {@link io.cockpit.domain.shared.ErrorCode}): each with
 * its wire code and status. A {@link ProblemException} can carry no other code; the contract documents each one.
 */
public enum HttpErrorCode {
    REQUEST_MALFORMED("request.malformed", 400),
    REQUEST_INVALID_PARAMETER("request.invalid_parameter", 400),
    /** A trusted proxy forwarded an {@code X-Forwarded-For} hop that is no IP address. */
    REQUEST_BAD_FORWARDED_FOR("request.bad_forwarded_for", 400),
    REQUEST_VALIDATION_FAILED("request.validation_failed", 422),
    REQUEST_TOO_LARGE("request.too_large", 413),
    REQUEST_HEADERS_TOO_LARGE("request.headers_too_large", 431),
    REQUEST_UNSUPPORTED_MEDIA_TYPE("request.unsupported_media_type", 415),
    /** The HTTP server refused the request before routing (e.g. a path that climbs above the root). */
    REQUEST_FORBIDDEN("request.forbidden", 403),
    /** The body was still arriving when the request's time ran out. */
    REQUEST_TIMEOUT("request.timeout", 408),
    REQUEST_HTTP_VERSION_NOT_SUPPORTED("request.http_version_not_supported", 505),
    /** A transfer coding other than {@code chunked} (the server decodes no other). */
    REQUEST_TRANSFER_ENCODING_UNSUPPORTED("request.transfer_encoding_unsupported", 501),
    /** Any other refusal by the HTTP server (e.g. 414 for an overlong URI), with the status it chose. */
    REQUEST_REJECTED("request.rejected", 400, 499),
    ROUTE_NOT_FOUND("route.not_found", 404),
    ROUTE_METHOD_NOT_ALLOWED("route.method_not_allowed", 405),
    AUTH_CREDENTIALS_MISSING("auth.credentials_missing", 401),
    AUTH_CREDENTIALS_INVALID("auth.credentials_invalid", 401),
    AUTH_CSRF_HEADER_MISSING("auth.csrf_header_missing", 403),
    /** An error report envelope for the tunnel above its own limit (smaller than the general one). */
    TELEMETRY_ENVELOPE_TOO_LARGE("telemetry.envelope_too_large", 413),
    IDEMPOTENCY_KEY_REUSED("idempotency.key_reused", 422),
    IDEMPOTENCY_REQUEST_IN_PROGRESS("idempotency.request_in_progress", 409),
    SERVER_INTERNAL_ERROR("server.internal_error", 500),
    /** The HTTP server sheds load (a concurrency limit); retrying later can succeed. */
    SERVER_UNAVAILABLE("server.unavailable", 503);

    private final String wire;
    private final int lowest;
    private final int highest;

    HttpErrorCode(String wire, int status) {
        this(wire, status, status);
    }

    HttpErrorCode(String wire, int lowest, int highest) {
        this.wire = wire;
        this.lowest = lowest;
        this.highest = highest;
    }

    public String wire() {
        return wire;
    }

    public boolean allows(int status) {
        return status >= lowest && status <= highest;
    }

    /** The status of this code; only {@link #REQUEST_REJECTED} has none of its own (it takes the server's). */
    public int status() {
        if (lowest != highest) {
            throw new IllegalStateException(wire + " takes the status the server chose (" + documentedStatus() + ")");
        }
        return lowest;
    }

    /** The status as the contract's table of problem codes writes it: {@code 404}, or {@code 4xx} for a range. */
    public String documentedStatus() {
        return lowest == highest ? Integer.toString(lowest) : lowest / 100 + "xx";
    }
}
