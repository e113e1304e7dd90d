package io.cockpit.adapters.http;

import io.cockpit.adapters.http.contract.ApiContract;
import io.cockpit.adapters.http.contract.ApiOperation;
import io.cockpit.adapters.http.json.Json;
import io.cockpit.adapters.http.operations.ContractApi;
import io.cockpit.adapters.http.operations.HealthApi;
import io.cockpit.adapters.http.operations.ReadinessCheck;
import io.cockpit.adapters.http.pipeline.AccessLog;
import io.cockpit.adapters.http.pipeline.ApiKeyAuthenticator;
import io.cockpit.adapters.http.pipeline.Authenticator;
import io.cockpit.adapters.http.pipeline.BearerPassThrough;
import io.cockpit.adapters.http.pipeline.BlockedAddressFilter;
import io.cockpit.adapters.http.pipeline.ClientAddresses;
import io.cockpit.adapters.http.pipeline.ContractFilter;
import io.cockpit.adapters.http.pipeline.ContractJsonSupport;
import io.cockpit.adapters.http.pipeline.ErrorMapping;
import io.cockpit.adapters.http.pipeline.ProblemDirectHandler;
import io.cockpit.adapters.http.pipeline.RequestObserver;
import io.cockpit.adapters.http.pipeline.SessionAuthenticator;
import io.cockpit.domain.protection.TrustedProxies;
import io.helidon.http.DirectHandler;
import io.helidon.http.media.MediaContext;
import io.helidon.http.media.StringSupport;
import io.helidon.webserver.http.DirectHandlers;
import io.helidon.webserver.http.HttpRouting;

import java.util.List;

/**
 * The HTTP in-adapter, assembled: what bootstrap needs to configure the web server (media, low-level error
 * answers, payload limit) and the routing with its filters, handlers and central error mapping. Main and the tests
 * use the same instance.
 */
public final class HttpAdapter {

    /** JSON bodies above 1 MiB are refused with 413. */
    public static final long MAX_PAYLOAD_BYTES = ApiOperation.DEFAULT_MAX_BODY_BYTES;
    /** Room above the largest operation's limit, so that the operation's own check (with its own problem) comes first. */
    private static final long LISTENER_MARGIN_BYTES = 64 * 1024;

    private final ApiContract contract;
    private final AccessChecks access;
    private final List<HttpRoutes> routes;
    private final ClientAddresses clientAddresses;
    private final List<ReadinessCheck> readinessChecks;
    private final RequestObserver observer;

    /** @param trustedProxies proxies whose X-Forwarded-For is believed (see {@link ClientAddresses}) */
    public HttpAdapter(ApiContract contract, AccessChecks access, List<HttpRoutes> routes,
                       TrustedProxies trustedProxies, List<ReadinessCheck> readinessChecks,
                       RequestObserver observer) {
        this.contract = contract;
        this.access = access;
        this.routes = List.copyOf(routes);
        this.clientAddresses = new ClientAddresses(trustedProxies);
        this.readinessChecks = List.copyOf(readinessChecks);
        this.observer = observer;
    }

    public MediaContext mediaContext() {
        return MediaContext.builder()
                .mediaSupportsDiscoverServices(false)
                .addMediaSupport(new ContractJsonSupport(contract, Json.mapper()))
                .addMediaSupport(StringSupport.create())
                .build();
    }

    /**
     * The web server's own limit on a body: the largest any operation takes (a document, 10 MiB) and a margin. Each
     * operation holds its own, lower one ({@link ContractFilter} by {@code Content-Length}, the JSON reader and the
     * document handler while reading), so no other route takes more than 1 MiB.
     */
    public long listenerMaxPayloadBytes() {
        return contract.operations().stream().mapToLong(ApiOperation::maxBodyBytes).max()
                .orElse(MAX_PAYLOAD_BYTES) + LISTENER_MARGIN_BYTES;
    }

    public DirectHandlers directHandlers() {
        ProblemDirectHandler handler = new ProblemDirectHandler(listenerMaxPayloadBytes());
        DirectHandlers.Builder builder = DirectHandlers.builder();
        for (DirectHandler.EventType type : DirectHandler.EventType.values()) {
            builder.addHandler(type, handler);
        }
        return builder.build();
    }

    /** Each capability's service is registered under the path prefix the generator computed for its routes. */
    public void routing(HttpRouting.Builder routing) {
        List<Authenticator> authenticators = List.of(
                ApiKeyAuthenticator.partners(access.apiKeys()),
                ApiKeyAuthenticator.operators(access.apiKeys()),
                SessionAuthenticator.bearer(access.sessions()),
                SessionAuthenticator.cookie(access.sessions()),
                new BearerPassThrough("uploadToken"));
        routing.addFilter(new AccessLog(observer))
                .addFilter(new BlockedAddressFilter(clientAddresses, access.addresses()))
                .addFilter(new ContractFilter(contract, authenticators))
                .error(Throwable.class, new ErrorMapping());
        for (HttpRoutes capability : routes) {
            routing.register(capability.pathPrefix(), capability.service());
        }
        routing.register(HealthApi.PATH_PREFIX, new HealthApi(readinessChecks))
                .register(ContractApi.PATH_PREFIX, new ContractApi(contract));
    }
}
