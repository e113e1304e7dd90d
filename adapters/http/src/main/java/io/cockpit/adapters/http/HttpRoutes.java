package io.cockpit.adapters.http;

import io.helidon.webserver.http.HttpService;

import java.util.Objects;

/**
 * One capability's handlers and the path they are registered under: the path prefix that OpenAPI Generator
 * computed for the service of the capability's tag. Bootstrap collects them from each capability's wiring.
 */
public record HttpRoutes(String pathPrefix, HttpService service) {

    public HttpRoutes {
        Objects.requireNonNull(pathPrefix);
        Objects.requireNonNull(service);
    }
}
