package io.cockpit.adapters.http;

import io.cockpit.adapters.http.auth.AuthApi;
import io.cockpit.adapters.http.contract.ApiContract;
import io.cockpit.adapters.http.handler.IdempotentWrites;
import io.cockpit.adapters.http.json.Json;
import io.cockpit.adapters.http.me.LabelEndpoints;
import io.cockpit.adapters.http.me.MeApi;
import io.cockpit.adapters.http.me.PrivacyEndpoints;
import io.cockpit.adapters.http.me.SettingsEndpoints;
import io.cockpit.adapters.http.me.TemplateEndpoints;
import io.cockpit.adapters.http.operations.ContractApi;
import io.cockpit.adapters.http.operations.HealthApi;
import io.cockpit.adapters.http.operations.ReadinessCheck;
import io.cockpit.adapters.http.operator.OperatorApi;
import io.cockpit.adapters.http.partner.PartnerApi;
import io.cockpit.adapters.http.pipeline.AccessLog;
import io.cockpit.adapters.http.pipeline.ApiKeyAuthenticator;
import io.cockpit.adapters.http.pipeline.Authenticator;
import io.cockpit.adapters.http.pipeline.BlockedAddressFilter;
import io.cockpit.adapters.http.pipeline.ClientAddresses;
import io.cockpit.adapters.http.pipeline.ContractFilter;
import io.cockpit.adapters.http.pipeline.ContractJsonSupport;
import io.cockpit.adapters.http.pipeline.ErrorMapping;
import io.cockpit.adapters.http.pipeline.ProblemDirectHandler;
import io.cockpit.adapters.http.pipeline.RequestObserver;
import io.cockpit.adapters.http.pipeline.SessionAuthenticator;
import io.cockpit.domain.protection.AddressRange;
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
    private final ClientAddresses clientAddresses;
    private final List<ReadinessCheck> readinessChecks;
    private final RequestObserver observer;

    /** @param trustedProxies proxies whose X-Forwarded-For is believed (see {@link ClientAddresses}) */
    public HttpAdapter(ApiContract contract, HttpUseCases useCases, List<AddressRange> trustedProxies,
                       List<ReadinessCheck> readinessChecks, RequestObserver observer) {
        this.contract = contract;
        this.useCases = useCases;
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

    public DirectHandlers directHandlers() {
        ProblemDirectHandler handler = new ProblemDirectHandler(MAX_PAYLOAD_BYTES);
        DirectHandlers.Builder builder = DirectHandlers.builder();
        for (DirectHandler.EventType type : DirectHandler.EventType.values()) {
            builder.addHandler(type, handler);
        }
        return builder.build();
    }

    /** Each generated service is registered under the path prefix the generator computed for its routes. */
    public void routing(HttpRouting.Builder routing) {
        List<Authenticator> authenticators = List.of(
                ApiKeyAuthenticator.partners(useCases.apiKeys()),
                ApiKeyAuthenticator.operators(useCases.apiKeys()),
                SessionAuthenticator.bearer(useCases.sessionAuthentication()),
                SessionAuthenticator.cookie(useCases.sessionAuthentication()));
        routing.addFilter(new AccessLog(observer))
                .addFilter(new BlockedAddressFilter(clientAddresses, useCases.addressCheck()))
                .addFilter(new ContractFilter(contract, authenticators))
                .error(Throwable.class, new ErrorMapping())
                .register(PartnerApi.PATH_PREFIX, new PartnerApi(useCases.provisioning(), useCases.partnerAccounts(),
                        useCases.accountChanges(), useCases.activations(),
                        new IdempotentWrites(useCases.idempotency())))
                .register(AuthApi.PATH_PREFIX, new AuthApi(useCases.activation(), useCases.signIn(), useCases.sessions()))
                .register(MeApi.PATH_PREFIX, new MeApi(useCases.myAccount(), useCases.passwords(),
                        new SettingsEndpoints(useCases.settings()), new PrivacyEndpoints(useCases.privacy()),
                        new TemplateEndpoints(useCases.templates()), new LabelEndpoints(useCases.labels())))
                .register(OperatorApi.PATH_PREFIX, new OperatorApi(useCases.blockedAddresses()))
                .register(HealthApi.PATH_PREFIX, new HealthApi(readinessChecks))
                .register(ContractApi.PATH_PREFIX, new ContractApi(contract));
    }
}
