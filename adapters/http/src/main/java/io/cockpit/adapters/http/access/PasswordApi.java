package io.cockpit.adapters.http.access;

import io.cockpit.adapters.http.HttpRoutes;
import io.cockpit.adapters.http.handler.FieldCollector;
import io.cockpit.adapters.http.pipeline.Caller;
import io.cockpit.adapters.http.pipeline.RequestInfo;
import io.cockpit.api.MePasswordService;
import io.cockpit.api.model.PasswordChange;
import io.cockpit.application.port.in.access.ChangePasswordUseCase;
import io.helidon.http.Status;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;

/** {@code PUT /v1/me/password}: the signed-in user changes their password; their other sessions end. */
public final class PasswordApi extends MePasswordService {

    private final ChangePasswordUseCase passwords;

    private PasswordApi(ChangePasswordUseCase passwords) {
        this.passwords = passwords;
    }

    public static HttpRoutes routes(ChangePasswordUseCase passwords) {
        return new HttpRoutes(PATH_PREFIX, new PasswordApi(passwords));
    }

    @Override
    protected void handleChangePassword(ServerRequest request, ServerResponse response, PasswordChange body) {
        RequestInfo info = RequestInfo.require(request);
        Caller.User user = info.caller(Caller.User.class);
        FieldCollector.forField("/newPassword", () -> {
            passwords.change(user.userId(), user.sessionId(), body.getCurrentPassword(), body.getNewPassword(),
                    info.client());
            return null;
        });
        response.status(Status.NO_CONTENT_204).send();
    }
}
