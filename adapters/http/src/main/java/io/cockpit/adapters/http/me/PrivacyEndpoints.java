package io.cockpit.adapters.http.me;

import io.cockpit.adapters.http.handler.ETags;
import io.cockpit.adapters.http.handler.JsonReply;
import io.cockpit.adapters.http.handler.Paging;
import io.cockpit.adapters.http.handler.Wire;
import io.cockpit.api.model.ConsentPage;
import io.cockpit.api.model.PrivacySwitches;
import io.cockpit.application.paging.Page;
import io.cockpit.application.port.in.PrivacyUseCase;
import io.cockpit.domain.account.UserId;
import io.cockpit.domain.privacy.ConsentEvent;
import io.cockpit.domain.shared.Versioned;
import io.helidon.webserver.http.ServerResponse;

import java.util.Optional;

/** {@code GET|PUT /v1/me/privacy} and the consent history at {@code GET /v1/me/consents}. */
public final class PrivacyEndpoints {

    /** The source recorded with decisions the user makes through this API. */
    static final String SELF_SERVICE = "self-service";

    private final PrivacyUseCase privacy;

    public PrivacyEndpoints(PrivacyUseCase privacy) {
        this.privacy = privacy;
    }

    void get(UserId user, ServerResponse response) {
        reply(privacy.privacy(user)).send(response);
    }

    void replace(UserId user, String ifMatch, PrivacySwitches body, ServerResponse response) {
        io.cockpit.domain.privacy.PrivacySwitches switches = new io.cockpit.domain.privacy.PrivacySwitches(
                body.getErrorReporting(), body.getStatistics(), body.getAnalyticsIdentification());
        reply(privacy.replace(user, ETags.ifMatch(ifMatch), switches, SELF_SERVICE)).send(response);
    }

    void consents(UserId user, Optional<Integer> limit, Optional<String> cursor, ServerResponse response) {
        Page<ConsentEvent> page = privacy.consents(user, Paging.request(limit, cursor));
        JsonReply.of(200, new ConsentPage(page.items().stream().map(PrivacyEndpoints::event).toList(),
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
