package io.cockpit.adapters.http.privacy;

import io.cockpit.adapters.http.HttpRoutes;
import io.cockpit.adapters.http.handler.ETags;
import io.cockpit.adapters.http.handler.JsonReply;
import io.cockpit.adapters.http.handler.Paging;
import io.cockpit.adapters.http.handler.Wire;
import io.cockpit.adapters.http.pipeline.Callers;
import io.cockpit.api.MePrivacyService;
import io.cockpit.api.model.ConsentPage;
import io.cockpit.api.model.PrivacySwitches;
import io.cockpit.api.model.RestrictionChangePage;
import io.cockpit.application.paging.Page;
import io.cockpit.application.port.in.privacy.PrivacyUseCase;
import io.cockpit.application.port.in.privacy.RestrictionUseCase;
import io.cockpit.domain.account.UserId;
import io.cockpit.domain.privacy.ConsentEvent;
import io.cockpit.domain.privacy.PrivacySwitchesChange;
import io.cockpit.domain.privacy.ProcessingRestriction;
import io.cockpit.domain.privacy.RestrictionChange;
import io.cockpit.domain.shared.Versioned;
import io.helidon.http.Status;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;

import java.util.Optional;

/**
 * {@code GET|PUT /v1/me/privacy} (consents and objections), the consent history at {@code GET /v1/me/consents}, and
 * the restriction of processing at {@code /v1/me/restriction} with its history.
 */
public final class PrivacyApi extends MePrivacyService {

    /** The source recorded with decisions the user makes through this API. */
    private static final String SELF_SERVICE = "self-service";

    private final PrivacyUseCase privacy;
    private final RestrictionUseCase restrictions;

    private PrivacyApi(PrivacyUseCase privacy, RestrictionUseCase restrictions) {
        this.privacy = privacy;
        this.restrictions = restrictions;
    }

    public static HttpRoutes routes(PrivacyUseCase privacy, RestrictionUseCase restrictions) {
        return new HttpRoutes(PATH_PREFIX, new PrivacyApi(privacy, restrictions));
    }

    @Override
    protected void handleGetPrivacy(ServerRequest request, ServerResponse response) {
        reply(privacy.privacy(Callers.user(request))).send(response);
    }

    @Override
    protected void handleReplacePrivacy(ServerRequest request, ServerResponse response, String ifMatch,
                                        PrivacySwitches body) {
        UserId user = Callers.user(request);
        PrivacySwitchesChange change = new PrivacySwitchesChange(body.getErrorReporting(), body.getStatistics(),
                body.getAnalyticsIdentification(), Optional.ofNullable(body.getProductAnalytics()),
                Optional.ofNullable(body.getRecommendations()));
        reply(privacy.replace(user, ETags.ifMatch(ifMatch), change, SELF_SERVICE)).send(response);
    }

    @Override
    protected void handleListConsents(ServerRequest request, ServerResponse response, Optional<Integer> limit,
                                      Optional<String> cursor) {
        Page<ConsentEvent> page = privacy.consents(Callers.user(request), Paging.request(request, limit, cursor));
        JsonReply.of(200, new ConsentPage(page.items().stream().map(PrivacyApi::event).toList(),
                Paging.next(request, page))).send(response);
    }

    @Override
    protected void handleGetRestriction(ServerRequest request, ServerResponse response) {
        restriction(restrictions.restriction(Callers.user(request))).send(response);
    }

    @Override
    protected void handleRestrictProcessing(ServerRequest request, ServerResponse response) {
        restriction(restrictions.restrict(Callers.user(request), SELF_SERVICE)).send(response);
    }

    @Override
    protected void handleLiftRestriction(ServerRequest request, ServerResponse response) {
        restrictions.lift(Callers.user(request), SELF_SERVICE);
        response.status(Status.NO_CONTENT_204).send();
    }

    @Override
    protected void handleListRestrictionChanges(ServerRequest request, ServerResponse response,
                                                Optional<Integer> limit, Optional<String> cursor) {
        Page<RestrictionChange> page = restrictions.changes(Callers.user(request), Paging.request(request, limit, cursor));
        JsonReply.of(200, new RestrictionChangePage(page.items().stream()
                .map(change -> new io.cockpit.api.model.RestrictionChange(change.restricted(), Wire.utc(change.at()),
                        change.source()))
                .toList(), Paging.next(request, page))).send(response);
    }

    private static JsonReply restriction(ProcessingRestriction restriction) {
        return JsonReply.of(200, new io.cockpit.api.model.ProcessingRestriction(restriction.restricted(),
                restriction.since().map(Wire::utc).orElse(null)));
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
                value.analyticsIdentification(), value.productAnalytics(), value.recommendations())), saved.version());
    }
}
