package io.cockpit.adapters.http;

import io.cockpit.adapters.http.contract.ApiContract;
import io.cockpit.adapters.http.contract.ApiOperation;
import io.cockpit.adapters.http.json.Json;
import io.cockpit.adapters.http.operations.ContractApi;
import io.cockpit.adapters.http.operations.HealthApi;
import io.cockpit.adapters.http.operations.MetricsApi;
import io.cockpit.adapters.http.operations.ReadinessCheck;
import io.cockpit.adapters.http.pipeline.AccessLog;
import io.cockpit.adapters.http.pipeline.ApiKeyAuthenticator;
import io.cockpit.adapters.http.pipeline.Authenticator;
import io.cockpit.adapters.http.pipeline.BearerPassThrough;
import io.cockpit.adapters.http.pipeline.BlockedAddressFilter;
import io.cockpit.adapters.http.pipeline.BodyDeadline;
import io.cockpit.adapters.http.pipeline.ClientAddresses;
import io.cockpit.adapters.http.pipeline.CloseAfterAnswer;
import io.cockpit.adapters.http.pipeline.ContractFilter;
import io.cockpit.adapters.http.pipeline.ContractJsonSupport;
import io.cockpit.adapters.http.pipeline.ErrorMapping;
import io.cockpit.adapters.http.pipeline.HeadRequests;
import io.cockpit.adapters.http.pipeline.HeaderSizeLimit;
import io.cockpit.adapters.http.pipeline.ProblemDirectHandler;
import io.cockpit.adapters.http.pipeline.RequestObserver;
import io.cockpit.adapters.http.pipeline.SecurityHeaders;
import io.cockpit.adapters.http.pipeline.SessionAuthenticator;
import io.cockpit.application.port.in.telemetry.ReportErrorUseCase;
import io.cockpit.domain.protection.TrustedProxies;
import io.helidon.http.DirectHandler;
import io.helidon.http.media.MediaContext;
import io.helidon.http.media.StringSupport;
import io.helidon.webserver.http.DirectHandlers;
import io.helidon.webserver.http.HttpRouting;

import java.time.Duration;
import java.util.List;
import java.util.function.Supplier;

/**
 * The HTTP in-adapter, assembled: what bootstrap needs to configure the web server (media, low-level error
 * answers, payload limit) and the routing with its filters, handlers and central error mapping. Main and the tests
 * use the same instance.
 */
public final class HttpAdapter {

    /** The listener of the management port, as {@code x-cockpit-listener} names it in the contract. */
    public static final String MANAGEMENT = "management";

    /** JSON bodies above 1 MiB are refused with 413. */
    public static final long MAX_PAYLOAD_BYTES = ApiOperation.DEFAULT_MAX_BODY_BYTES;
    /**
     * Room above the largest operation's limit, so that the operation's own check (with its own problem) comes first,
     * also for a document somewhat over its 10 MiB: that refusal reads the rest of the body before it closes
     * ({@link CloseAfterAnswer}), where Helidon's own 413 would close at once and the client, still sending, see a
     * reset.
     */
    private static final long LISTENER_MARGIN_BYTES = 6L * 1024 * 1024;
    /** A request line (method, target, version) above 4 KiB is refused with 414. */
    public static final int MAX_REQUEST_LINE_BYTES = 4096;
    /** Headers above 16 KiB together are refused with 431 ({@link HeaderSizeLimit}). */
    public static final int MAX_HEADER_BYTES = 16 * 1024;
    /** Helidon's parser stops reading headers here, with a 400 that cannot say why; a guard for memory. */
    public static final int PARSER_HEADER_BYTES = 64 * 1024;

    private final ApiContract contract;
    private final AccessChecks access;
    private final List<HttpRoutes> routes;
    private final TrustedProxies trustedProxies;
    private final Duration bodyDeadline;
    private final ClientAddresses clientAddresses;
    private final List<ReadinessCheck> readinessChecks;
    private final RequestObserver observer;
    private final ReportErrorUseCase errors;

    /**
     * @param trustedProxies proxies whose X-Forwarded-For is believed (see {@link ClientAddresses})
     * @param bodyDeadline   how long after a request's start its body may still be arriving ({@link BodyDeadline})
     * @param errors         told about every request that failed with a 5xx
     */
    public HttpAdapter(ApiContract contract, AccessChecks access, List<HttpRoutes> routes,
                       TrustedProxies trustedProxies, Duration bodyDeadline, List<ReadinessCheck> readinessChecks,
                       RequestObserver observer, ReportErrorUseCase errors) {
        this.contract = contract;
        this.access = access;
        this.routes = List.copyOf(routes);
        this.trustedProxies = trustedProxies;
        this.bodyDeadline = bodyDeadline;
        this.clientAddresses = new ClientAddresses(trustedProxies);
        this.readinessChecks = List.copyOf(readinessChecks);
        this.observer = observer;
        this.errors = errors;
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

    /** The answers to what Helidon refuses before routing on the API port. */
    public DirectHandlers directHandlers() {
        return directHandlers(listenerMaxPayloadBytes());
    }

    /** The same for the management port, which takes no body over {@link #MAX_PAYLOAD_BYTES}. */
    public DirectHandlers managementDirectHandlers() {
        return directHandlers(MAX_PAYLOAD_BYTES);
    }

    private static DirectHandlers directHandlers(long maxPayloadBytes) {
        ProblemDirectHandler handler = new ProblemDirectHandler(maxPayloadBytes, MAX_HEADER_BYTES,
                PARSER_HEADER_BYTES);
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
        ErrorMapping errorMapping = new ErrorMapping(errors);
        routing.addFilter(new AccessLog(observer))
                .addFilter(new CloseAfterAnswer(errorMapping, listenerMaxPayloadBytes()))
                .addFilter(new SecurityHeaders(trustedProxies))
                .addFilter(new HeaderSizeLimit(MAX_HEADER_BYTES))
                .addFilter(new BlockedAddressFilter(clientAddresses, access.addresses()))
                .addFilter(new ContractFilter(contract, ApiOperation.API, authenticators, bodyDeadline))
                .error(Throwable.class, errorMapping);
        for (HttpRoutes capability : routes) {
            routing.register(capability.pathPrefix(), HeadRequests.alongGets(capability.service()));
        }
        routing.register(HealthApi.PATH_PREFIX, HeadRequests.alongGets(new HealthApi(readinessChecks)))
                .register(ContractApi.PATH_PREFIX, HeadRequests.alongGets(new ContractApi(contract)));
    }

    /**
     * The management port's routing: {@code /metrics} and nothing else, held to the contract like the API port
     * (its operations are the ones marked {@code x-cockpit-listener: management}). No blocklist and no credentials:
     * the port is for the platform's network only (loopback by default).
     *
     * @param metrics every meter in the Prometheus text format
     */
    public void managementRouting(HttpRouting.Builder routing, Supplier<String> metrics) {
        ErrorMapping errorMapping = new ErrorMapping(errors);
        routing.addFilter(new AccessLog(observer))
                .addFilter(new CloseAfterAnswer(errorMapping, MAX_PAYLOAD_BYTES))
                .addFilter(new SecurityHeaders(trustedProxies))
                .addFilter(new HeaderSizeLimit(MAX_HEADER_BYTES))
                .addFilter(new ContractFilter(contract, MANAGEMENT, List.of(), bodyDeadline))
                .error(Throwable.class, errorMapping)
                .register(MetricsApi.PATH_PREFIX, HeadRequests.alongGets(new MetricsApi(metrics)));
    }
}
