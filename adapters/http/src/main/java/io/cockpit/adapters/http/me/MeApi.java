package io.cockpit.adapters.http.auth;

import io.cockpit.adapters.http.handler.FieldCollector;
import io.cockpit.adapters.http.pipeline.Caller;
import io.cockpit.adapters.http.pipeline.RequestInfo;
import io.cockpit.api.MeService;
import io.cockpit.api.model.PasswordChange;
import io.cockpit.application.port.in.ChangePasswordUseCase;
import io.helidon.http.Status;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;

/** The signed-in user's own account. */
public final class MeApi extends MeService {

    private final ChangePasswordUseCase passwords;

    public MeApi(ChangePasswordUseCase passwords) {
        this.passwords = passwords;
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
