package io.cockpit.adapters.http.pipeline;

import io.helidon.http.HeaderNames;
import io.helidon.http.Method;
import io.helidon.webserver.http.Handler;
import io.helidon.webserver.http.HttpRoute;
import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.HttpService;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;

import java.util.Arrays;

/**
 * {@code HEAD} wherever there is a {@code GET} (RFC 9110, 9.3.2): the same handler answers with the same status and
 * headers, {@code Content-Length} included, and no body. Helidon routes neither by itself, so every {@code GET} route
 * a service registers gets a {@code HEAD} twin whose handler writes to a {@link BodylessResponse}.
 */
public final class HeadRequests {

    private HeadRequests() {
    }

    /** {@code service}, with a {@code HEAD} route next to each of its {@code GET} routes. */
    public static HttpService alongGets(HttpService service) {
        return new HttpService() {
            @Override
            public void routing(HttpRules rules) {
                service.routing(new Rules(rules));
            }

            @Override
            public void beforeStart() {
                service.beforeStart();
            }

            @Override
            public void afterStop() {
                service.afterStop();
            }
        };
    }

    /** Whether {@code request} is a {@code HEAD}: its answer carries headers only. */
    public static boolean isHead(ServerRequest request) {
        return request.prologue().method() == Method.HEAD;
    }

    /** Sends {@code body}, or for a {@code HEAD} only its length. */
    public static void send(ServerRequest request, ServerResponse response, byte[] body) {
        if (isHead(request)) {
            response.header(HeaderNames.CONTENT_LENGTH, Integer.toString(body.length));
            response.send(new byte[0]);
        } else {
            response.send(body);
        }
    }

    /** The rules a service registers on, passed through, with the HEAD twins added. */
    private record Rules(HttpRules delegate) implements HttpRules {

        @Override
        public HttpRules register(HttpService... services) {
            delegate.register(Arrays.stream(services).map(HeadRequests::alongGets).toArray(HttpService[]::new));
            return this;
        }

        @Override
        public HttpRules register(String pathPattern, HttpService... services) {
            delegate.register(pathPattern,
                    Arrays.stream(services).map(HeadRequests::alongGets).toArray(HttpService[]::new));
            return this;
        }

        @Override
        public HttpRules route(HttpRoute route) {
            delegate.route(route);
            return this;
        }

        @Override
        public HttpRules route(Method method, String pathPattern, Handler handler) {
            delegate.route(method, pathPattern, handler);
            if (method == Method.GET) {
                delegate.route(Method.HEAD, pathPattern,
                        (request, response) -> handler.handle(request, new BodylessResponse(response)));
            }
            return this;
        }
    }
}
