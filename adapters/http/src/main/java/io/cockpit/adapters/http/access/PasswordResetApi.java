package io.cockpit.adapters.http.access;

import io.cockpit.adapters.http.HttpRoutes;
import io.cockpit.adapters.http.handler.FieldCollector;
import io.cockpit.adapters.http.handler.JsonReply;
import io.cockpit.adapters.http.pipeline.RequestInfo;
import io.cockpit.api.AuthPasswordResetService;
import io.cockpit.api.model.PasswordResetAccepted;
import io.cockpit.api.model.PasswordResetConfirmation;
import io.cockpit.api.model.PasswordResetRequest;
import io.cockpit.application.port.in.access.RequestPasswordResetUseCase;
import io.cockpit.application.port.in.access.ResetPasswordUseCase;
import io.helidon.http.Status;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;

/** A forgotten password: the reset link by e-mail, and the new password set with its token. */
public final class PasswordResetApi extends AuthPasswordResetService {

    /** The one answer to every request for a link, whether or not an account has the address. */
    static final String ACCEPTED = "If an account uses this address, an e-mail with a link to set a new password is "
            + "on its way. The link works once, for one hour.";

    private final RequestPasswordResetUseCase requests;
    private final ResetPasswordUseCase resets;

    private PasswordResetApi(RequestPasswordResetUseCase requests, ResetPasswordUseCase resets) {
        this.requests = requests;
        this.resets = resets;
    }

    public static HttpRoutes routes(RequestPasswordResetUseCase requests, ResetPasswordUseCase resets) {
        return new HttpRoutes(PATH_PREFIX, new PasswordResetApi(requests, resets));
    }

    @Override
    protected void handleRequestPasswordReset(ServerRequest request, ServerResponse response, PasswordResetRequest body) {
        requests.request(body.getEmail(), RequestInfo.require(request).client());
        JsonReply.of(202, new PasswordResetAccepted(ACCEPTED)).send(response);
    }

    @Override
    protected void handleConfirmPasswordReset(ServerRequest request, ServerResponse response,
                                              PasswordResetConfirmation body) {
        FieldCollector.forField("/password", () -> {
            resets.reset(body.getToken(), body.getPassword(), RequestInfo.require(request).client());
            return null;
        });
        response.status(Status.NO_CONTENT_204).send();
    }
}
