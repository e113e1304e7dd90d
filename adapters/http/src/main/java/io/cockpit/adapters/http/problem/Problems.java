package io.cockpit.adapters.http.problem;

import io.cockpit.adapters.http.contract.FieldViolation;

import java.util.List;
import java.util.Map;
import java.util.Set;

/** The problems of the HTTP layer itself, each with its stable code (see the table in openapi.yaml). */
public final class Problems {

    /** The most field errors a problem lists. */
    public static final int MOST_ERRORS_LISTED = 100;

    /** What a 503 for a store that did not answer asks the client to wait: about the pool's wait for a connection. */
    static final int STORE_RETRY_AFTER_SECONDS = 10;

    private Problems() {
    }

    public static ProblemException routeNotFound() {
        return new ProblemException(HttpErrorCode.ROUTE_NOT_FOUND, "Not found", "There is no such path.");
    }

    public static ProblemException methodNotAllowed(Set<String> allowed) {
        return new ProblemException(HttpErrorCode.ROUTE_METHOD_NOT_ALLOWED, "Method not allowed",
                "This path does not take this method.", List.of(), Map.of("Allow", String.join(", ", allowed)));
    }

    public static ProblemException malformed(String detail) {
        return new ProblemException(HttpErrorCode.REQUEST_MALFORMED, "Malformed request", detail);
    }

    /** A trusted proxy's {@code X-Forwarded-For} names a hop that is no IP address. */
    public static ProblemException badForwardedFor() {
        return new ProblemException(HttpErrorCode.REQUEST_BAD_FORWARDED_FOR, "Bad X-Forwarded-For",
                "The X-Forwarded-For header names a hop that is no IP address.");
    }

    public static ProblemException invalidParameters(List<FieldViolation> errors) {
        return new ProblemException(HttpErrorCode.REQUEST_INVALID_PARAMETER, "Invalid parameter",
                count(errors, "A parameter breaks", " parameters break"), listed(errors), Map.of());
    }

    public static ProblemException validationFailed(List<FieldViolation> errors) {
        return new ProblemException(HttpErrorCode.REQUEST_VALIDATION_FAILED, "Invalid request body",
                count(errors, "A field breaks", " fields break"), listed(errors), Map.of());
    }

    /** "A field breaks the contract." by the fields, not their errors (a field can break two rules). */
    private static String count(List<FieldViolation> errors, String one, String many) {
        long fields = errors.stream().map(e -> e.in() + ":" + e.pointer()).distinct().count();
        String count = fields == 1 ? one + " the contract." : fields + many + " the contract.";
        return errors.size() > MOST_ERRORS_LISTED ? count + " The first " + MOST_ERRORS_LISTED + " errors are listed."
                : count;
    }

    /** A body of 60,000 unknown keys would otherwise answer 60,000 errors, ten times its own size. */
    private static List<FieldViolation> listed(List<FieldViolation> errors) {
        return errors.size() > MOST_ERRORS_LISTED ? List.copyOf(errors.subList(0, MOST_ERRORS_LISTED)) : errors;
    }

    public static ProblemException tooLarge(long limitBytes) {
        return new ProblemException(HttpErrorCode.REQUEST_TOO_LARGE, "Request too large",
                "The body is larger than " + limitBytes + " bytes.");
    }

    /**
     * 408: the body was still arriving when the request's time ran out ({@code BodyDeadline}). The connection closes
     * after the answer ({@code CloseAfterAnswer}).
     */
    public static ProblemException bodyTooSlow() {
        return new ProblemException(HttpErrorCode.REQUEST_TIMEOUT, "Request timeout",
                "The body did not arrive in time; send the request again.", List.of(), Map.of("Connection", "close"));
    }

    /** 431: the request's headers together are larger than {@code limitBytes}. */
    public static ProblemException headersTooLarge(int limitBytes) {
        return new ProblemException(HttpErrorCode.REQUEST_HEADERS_TOO_LARGE, "Request header fields too large",
                "The request's headers are larger than " + limitBytes + " bytes together.");
    }

    /** 415, naming the accepted types in {@code Accept} (or {@code Accept-Patch} for PATCH, RFC 5789). */
    public static ProblemException unsupportedMediaType(String method, List<String> accepted) {
        return new ProblemException(HttpErrorCode.REQUEST_UNSUPPORTED_MEDIA_TYPE, "Unsupported media type",
                "Send the body as " + String.join(" or ", accepted) + ".", List.of(),
                Map.of("PATCH".equals(method) ? "Accept-Patch" : "Accept", String.join(", ", accepted)));
    }

    /** 401; {@code invalid} says whether credentials were sent (RFC 6750: error="invalid_token"). */
    public static ProblemException unauthenticated(String realm, boolean invalid) {
        String challenge = "Bearer realm=\"" + realm + "\"" + (invalid ? ", error=\"invalid_token\"" : "");
        return invalid
                ? new ProblemException(HttpErrorCode.AUTH_CREDENTIALS_INVALID, "Unauthorized",
                "The credentials are unknown, expired or revoked.", List.of(), Map.of("WWW-Authenticate", challenge))
                : new ProblemException(HttpErrorCode.AUTH_CREDENTIALS_MISSING, "Unauthorized",
                "This operation needs credentials: Authorization: Bearer <token>.", List.of(),
                Map.of("WWW-Authenticate", challenge));
    }

    /** 503: the HTTP server sheds load (a concurrency limit was reached). */
    public static ProblemException unavailable() {
        return new ProblemException(HttpErrorCode.SERVER_UNAVAILABLE, "Service unavailable",
                "The server is busy. Try again in a moment.");
    }

    /** 503: a store of the server (the database, Redis) did not answer in time; retrying later can succeed. */
    public static ProblemException storeUnavailable() {
        return new ProblemException(HttpErrorCode.SERVER_UNAVAILABLE, "Service unavailable",
                "The server's storage does not answer right now. Try again in a moment.", List.of(),
                Map.of("Retry-After", Integer.toString(STORE_RETRY_AFTER_SECONDS)));
    }

    public static ProblemException internalError() {
        return new ProblemException(HttpErrorCode.SERVER_INTERNAL_ERROR, "Internal server error",
                "The request failed on our side. Quote the instance when you contact support.");
    }
}
