package io.cockpit.adapters.http.privacy;

import io.cockpit.adapters.http.handler.ETags;
import io.cockpit.adapters.http.handler.JsonReply;
import io.cockpit.adapters.http.handler.Paging;
import io.cockpit.adapters.http.handler.Wire;
import io.cockpit.adapters.http.HttpRoutes;
import io.cockpit.adapters.http.pipeline.Callers;
import io.cockpit.api.MePrivacyService;
import io.cockpit.api.model.ConsentPage;
import io.cockpit.api.model.PrivacySwitches;
import io.cockpit.application.paging.Page;
import io.cockpit.application.port.in.privacy.PrivacyUseCase;
import io.cockpit.domain.account.UserId;
import io.cockpit.domain.privacy.ConsentEvent;
import io.cockpit.domain.shared.Versioned;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;

import java.util.Optional;

/** {@code GET|PUT /v1/me/privacy} and the consent history at {@code GET /v1/me/consents}. */
public final class PrivacyApi extends MePrivacyService {

    /** The source recorded with decisions the user makes through this API. */
    private static final String SELF_SERVICE = "self-service";

    private final PrivacyUseCase privacy;

    private PrivacyApi(PrivacyUseCase privacy) {
        this.privacy = privacy;
    }

    public static HttpRoutes routes(PrivacyUseCase privacy) {
        return new HttpRoutes(PATH_PREFIX, new PrivacyApi(privacy));
    }

    @Override
    protected void handleGetPrivacy(ServerRequest request, ServerResponse response) {
        reply(privacy.privacy(Callers.user(request))).send(response);
    }

    @Override
    protected void handleReplacePrivacy(ServerRequest request, ServerResponse response, String ifMatch,
                                        PrivacySwitches body) {
        UserId user = Callers.user(request);
        io.cockpit.domain.privacy.PrivacySwitches switches = new io.cockpit.domain.privacy.PrivacySwitches(
                body.getErrorReporting(), body.getStatistics(), body.getAnalyticsIdentification());
        reply(privacy.replace(user, ETags.ifMatch(ifMatch), switches, SELF_SERVICE)).send(response);
    }

    @Override
    protected void handleListConsents(ServerRequest request, ServerResponse response, Optional<Integer> limit,
                                      Optional<String> cursor) {
        Page<ConsentEvent> page = privacy.consents(Callers.user(request), Paging.request(limit, cursor));
        JsonReply.of(200, new ConsentPage(page.items().stream().map(PrivacyApi::event).toList(),
                Wire.nextCursor(page))).send(response);
    }

    private static io.cockpit.api.model.ConsentEvent event(ConsentEvent event) {
        return new io.cockpit.api.model.ConsentEvent(
                io.cockpit.api.model.ConsentEvent.PurposeEnum.fromValue(event.purpose().wireName()),
                io.cockpit.api.model.ConsentEvent.DecisionEnum.fromValue(event.decision().wireName()),
                Wire.utc(event.at()), event.policyVersion(), event.source());
    }

    private static JsonReply reply(Versioned<io.cockpit.domain.privacy.PrivacySwitches> saved) {
        io.cockpit.domain.privacy.PrivacySwitches value = saved.value();
        return ETags.tagged(JsonReply.of(200, new PrivacySwitches(value.errorReporting(), value.statistics(),
                value.analyticsIdentification())), saved.version());
    }
}
