package io.cockpit.adapters.http.pipeline;

/** Told about every completed request (metrics); gets the route template only, never the raw path. */
@FunctionalInterface
public interface RequestObserver {

    RequestObserver NONE = (method, route, status, nanos) -> { };

    void requestCompleted(String method, String route, int status, long durationNanos);
}
