package io.cockpit.adapters.http.account;

import io.cockpit.adapters.http.HttpRoutes;
import io.cockpit.adapters.http.handler.FieldCollector;
import io.cockpit.adapters.http.handler.JsonReply;
import io.cockpit.adapters.http.handler.ParameterValues;
import io.cockpit.adapters.http.handler.Wire;
import io.cockpit.adapters.http.pipeline.Callers;
import io.cockpit.api.OperatorLegalHoldsService;
import io.cockpit.api.model.AccountLegalHoldInput;
import io.cockpit.application.port.in.account.LegalHoldUseCase;
import io.cockpit.domain.account.LegalHold;
import io.cockpit.domain.account.UserId;
import io.helidon.http.Status;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;

import java.util.Locale;

/** {@code PUT|DELETE /v1/operator/accounts/{userId}/legal-hold} ({@code operatorAuth}; audited). */
public final class LegalHoldsApi extends OperatorLegalHoldsService {

    private final LegalHoldUseCase holds;

    private LegalHoldsApi(LegalHoldUseCase holds) {
        this.holds = holds;
    }

    public static HttpRoutes routes(LegalHoldUseCase holds) {
        return new HttpRoutes(PATH_PREFIX, new LegalHoldsApi(holds));
    }

    @Override
    protected void handlePutLegalHold(ServerRequest request, ServerResponse response, String userId,
                                      AccountLegalHoldInput body) {
        UserId user = user(userId);
        LegalHold hold = FieldCollector.forField("/reason",
                () -> holds.hold(Callers.operator(request).value(), user, body.getReason()));
        JsonReply.of(200, new io.cockpit.api.model.LegalHold(hold.userId().value(), hold.reason(),
                Wire.utc(hold.since()))).send(response);
    }

    @Override
    protected void handleLiftLegalHold(ServerRequest request, ServerResponse response, String userId) {
        holds.lift(Callers.operator(request).value(), user(userId));
        response.status(Status.NO_CONTENT_204).send();
    }

    private static UserId user(String value) {
        return ParameterValues.parse("path", "userId", () -> new UserId(value.toLowerCase(Locale.ROOT)));
    }
}
