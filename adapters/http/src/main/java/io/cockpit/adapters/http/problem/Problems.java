package io.cockpit.adapters.http.problem;

import io.cockpit.adapters.http.contract.FieldViolation;

import java.util.List;
import java.util.Map;
import java.util.Set;

/** The problems of the HTTP layer itself, each with its stable code (see the table in openapi.yaml). */
public final class Problems {

    private Problems() {
    }

    public static ProblemException routeNotFound() {
        return new ProblemException(404, "route.not_found", "Not found", "There is no such path.");
    }

    public static ProblemException methodNotAllowed(Set<String> allowed) {
        return new ProblemException(405, "route.method_not_allowed", "Method not allowed",
                "This path does not take this method.", List.of(), Map.of("Allow", String.join(", ", allowed)));
    }

    public static ProblemException malformed(String detail) {
        return new ProblemException(400, "request.malformed", "Malformed request", detail);
    }

    public static ProblemException invalidParameters(List<FieldViolation> errors) {
        return new ProblemException(400, "request.invalid_parameter", "Invalid parameter",
                errors.size() == 1 ? "A parameter breaks the contract." : errors.size()
                        + " parameters break the contract.", errors, Map.of());
    }

    public static ProblemException validationFailed(List<FieldViolation> errors) {
        return new ProblemException(422, "request.validation_failed", "Invalid request body",
                errors.size() == 1 ? "A field breaks the contract." : errors.size() + " fields break the contract.",
                errors, Map.of());
    }

    public static ProblemException tooLarge(long limitBytes) {
        return new ProblemException(413, "request.too_large", "Request too large",
                "The body is larger than " + limitBytes + " bytes.");
    }

    /** 415, naming the accepted types in {@code Accept} (or {@code Accept-Patch} for PATCH, RFC 5789). */
    public static ProblemException unsupportedMediaType(String method, List<String> accepted) {
        return new ProblemException(415, "request.unsupported_media_type", "Unsupported media type",
                "Send the body as " + String.join(" or ", accepted) + ".", List.of(),
                Map.of("PATCH".equals(method) ? "Accept-Patch" : "Accept", String.join(", ", accepted)));
    }

    /** 401; {@code invalid} says whether credentials were sent (RFC 6750: error="invalid_token"). */
    public static ProblemException unauthenticated(String realm, boolean invalid) {
        String challenge = "Bearer realm=\"" + realm + "\"" + (invalid ? ", error=\"invalid_token\"" : "");
        return invalid
                ? new ProblemException(401, "auth.credentials_invalid", "Unauthorized",
                "The credentials are unknown, expired or revoked.", List.of(), Map.of("WWW-Authenticate", challenge))
                : new ProblemException(401, "auth.credentials_missing", "Unauthorized",
                "This operation needs credentials: Authorization: Bearer <token>.", List.of(),
                Map.of("WWW-Authenticate", challenge));
    }

    public static ProblemException internalError() {
        return new ProblemException(500, "server.internal_error", "Internal server error",
                "The request failed on our side. Quote the instance when you contact support.");
    }
}
