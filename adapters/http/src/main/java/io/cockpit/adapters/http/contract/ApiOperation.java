package io.cockpit.adapters.http.contract;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/** One operation of the contract. */
public record ApiOperation(String method, PathTemplate path, String operationId, List<ApiParameter> parameters,
                           Optional<Body> body, List<String> securitySchemes) {

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
