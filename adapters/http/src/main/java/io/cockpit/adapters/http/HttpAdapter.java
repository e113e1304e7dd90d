package io.cockpit.adapters.http;

import io.cockpit.adapters.http.contract.ApiContract;
import io.cockpit.adapters.http.handler.IdempotentWrites;
import io.cockpit.adapters.http.json.Json;
import io.cockpit.adapters.http.operations.ContractApi;
import io.cockpit.adapters.http.operations.HealthApi;
import io.cockpit.adapters.http.operations.ReadinessCheck;
import io.cockpit.adapters.http.partner.PartnerApi;
import io.cockpit.adapters.http.pipeline.AccessLog;
import io.cockpit.adapters.http.pipeline.ApiKeyAuthenticator;
import io.cockpit.adapters.http.pipeline.Authenticator;
import io.cockpit.adapters.http.pipeline.ContractFilter;
import io.cockpit.adapters.http.pipeline.ContractJsonSupport;
import io.cockpit.adapters.http.pipeline.ErrorMapping;
import io.cockpit.adapters.http.pipeline.ProblemDirectHandler;
import io.cockpit.adapters.http.pipeline.RequestObserver;
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

    /** Bodies above 1 MiB are refused with 413. */
    public static final long MAX_PAYLOAD_BYTES = 1024 * 1024;

    private final ApiContract contract;
    private final HttpUseCases useCases;
    private final List<ReadinessCheck> readinessChecks;
    private final RequestObserver observer;

    public HttpAdapter(ApiContract contract, HttpUseCases useCases, List<ReadinessCheck> readinessChecks,
                       RequestObserver observer) {
        this.contract = contract;
        this.useCases = useCases;
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

    public DirectHandlers directHandlers() {
        ProblemDirectHandler handler = new ProblemDirectHandler(MAX_PAYLOAD_BYTES);
        DirectHandlers.Builder builder = DirectHandlers.builder();
        for (DirectHandler.EventType type : DirectHandler.EventType.values()) {
            builder.addHandler(type, handler);
        }
        return builder.build();
    }

    public void routing(HttpRouting.Builder routing) {
        List<Authenticator> authenticators = List.of(
                ApiKeyAuthenticator.partners(useCases.apiKeys()),
                ApiKeyAuthenticator.operators(useCases.apiKeys()));
        routing.addFilter(new AccessLog(observer))
                .addFilter(new ContractFilter(contract, authenticators))
                .error(Throwable.class, new ErrorMapping())
                .register("/v1/partner/accounts", new PartnerApi(useCases.provisioning(), useCases.partnerAccounts(),
                        useCases.accountChanges(), useCases.activations(),
                        new IdempotentWrites(useCases.idempotency())))
                .register("/health", new HealthApi(readinessChecks))
                .register("/openapi", new ContractApi(contract));
    }
}
