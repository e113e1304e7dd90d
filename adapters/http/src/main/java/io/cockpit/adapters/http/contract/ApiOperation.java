package io.cockpit.adapters.http.contract;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One operation of the contract.
 *
 * @param listener where it is served: {@link #API} (the API port), or the name its path gives in
 *                 {@code x-cockpit-listener} ({@code management}: the management port)
 */
public record ApiOperation(String method, PathTemplate path, String operationId, List<ApiParameter> parameters,
                           Optional<Body> body, List<String> securitySchemes, String listener) {

    /** The listener of every path without {@code x-cockpit-listener}: the API port. */
    public static final String API = "api";

    /** The request body an operation takes. */
    public record Body(boolean required, List<String> mediaTypes) {
    }

    /** An operation matched by a request, with the path parameters taken from the request's path. */
    public record Match(ApiOperation operation, Map<String, String> pathParameters) {
    }

    public boolean isPublic() {
        return securitySchemes.isEmpty();
    }

    public String pathTemplate() {
        return path.template();
    }

    int templateCount() {
        return path.names().size();
    }

    Optional<Match> match(String rawPath) {
        return path.match(rawPath).map(parameters -> new Match(this, Map.copyOf(parameters)));
    }
}
