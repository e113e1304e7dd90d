package io.cockpit.adapters.http.access;

import io.cockpit.adapters.http.HttpRoutes;
import io.cockpit.adapters.http.handler.FieldCollector;
import io.cockpit.adapters.http.handler.JsonReply;
import io.cockpit.adapters.http.handler.Paging;
import io.cockpit.adapters.http.handler.Wire;
import io.cockpit.adapters.http.pipeline.Caller;
import io.cockpit.adapters.http.pipeline.RequestInfo;
import io.cockpit.api.AuthService;
import io.cockpit.api.model.ActivationRequest;
import io.cockpit.api.model.DeviceSession;
import io.cockpit.api.model.SessionGrant;
import io.cockpit.api.model.SessionPage;
import io.cockpit.api.model.SignInRequest;
import io.cockpit.application.paging.Page;
import io.cockpit.application.port.in.access.ActivateAccountUseCase;
import io.cockpit.application.port.in.access.ManageSessionsUseCase.SessionView;
import io.cockpit.application.port.in.access.ManageSessionsUseCase;
import io.cockpit.application.port.in.access.SignInUseCase.SignInAttempt;
import io.cockpit.application.port.in.access.SignInUseCase;
import io.cockpit.application.port.in.access.StartedSession;
import io.cockpit.domain.access.DeviceLabel;
import io.cockpit.domain.access.Password;
import io.cockpit.domain.access.SessionId;
import io.helidon.http.HeaderNames;
import io.helidon.http.Status;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;

import java.time.Duration;
import java.util.Optional;

/** Activation, sign-in and the user's sessions. */
public final class AuthApi extends AuthService {

    private final ActivateAccountUseCase activation;
    private final SignInUseCase signIn;
    private final ManageSessionsUseCase sessions;

    private AuthApi(ActivateAccountUseCase activation, SignInUseCase signIn, ManageSessionsUseCase sessions) {
        this.activation = activation;
        this.signIn = signIn;
        this.sessions = sessions;
    }

    public static HttpRoutes routes(ActivateAccountUseCase activation, SignInUseCase signIn,
                                    ManageSessionsUseCase sessions) {
        return new HttpRoutes(PATH_PREFIX, new AuthApi(activation, signIn, sessions));
    }

    @Override
    protected void handleActivateAccount(ServerRequest request, ServerResponse response, ActivationRequest body) {
        StartedSession started = FieldCollector.forField("/password", () -> activation.activate(body.getToken(),
                body.getPassword(), RequestInfo.require(request).client(), device(request)));
        sendStarted(response, started, Boolean.TRUE.equals(body.getCookie()));
    }

    @Override
    protected void handleSignIn(ServerRequest request, ServerResponse response, SignInRequest body) {
        StartedSession started = signIn.signIn(new SignInAttempt(body.getEmail(), new Password(body.getPassword()),
                RequestInfo.require(request).client(), device(request)));
        sendStarted(response, started, Boolean.TRUE.equals(body.getCookie()));
    }

    private static void sendStarted(ServerResponse response, StartedSession started, boolean cookie) {
        SessionGrant grant = new SessionGrant(started.session().id().value(), cookie ? null : started.token().value(),
                Wire.utc(started.expiresAt()));
        if (cookie) {
            SessionCookies.set(response, started.token().value(),
                    Duration.between(started.session().createdAt(), started.endsAt()));
        }
        JsonReply.of(201, grant).send(response);
    }

    @Override
    protected void handleListSessions(ServerRequest request, ServerResponse response, Optional<Integer> limit,
                                      Optional<String> cursor) {
        Caller.User user = user(request);
        Page<SessionView> page = sessions.list(user.userId(), user.sessionId(), Paging.request(request, limit, cursor));
        JsonReply.of(200, new SessionPage(page.items().stream().map(AuthApi::toDto).toList(),
                Paging.next(request, page))).send(response);
    }

    private static DeviceSession toDto(SessionView view) {
        return new DeviceSession(view.session().id().value(), view.session().device().value(),
                Wire.utc(view.session().createdAt()), Wire.utc(view.session().lastSeenToTheMinute()),
                Wire.utc(view.expiresAt()), view.current());
    }

    @Override
    protected void handleSignOut(ServerRequest request, ServerResponse response) {
        Caller.User user = user(request);
        sessions.signOut(user.userId(), user.sessionId());
        if (user.viaCookie()) {
            SessionCookies.clear(response);
        }
        response.status(Status.NO_CONTENT_204).send();
    }

    @Override
    protected void handleRevokeSession(ServerRequest request, ServerResponse response, String sessionId) {
        Caller.User user = user(request);
        sessions.revoke(user.userId(), new SessionId(sessionId));
        response.status(Status.NO_CONTENT_204).send();
    }

    private static Caller.User user(ServerRequest request) {
        return RequestInfo.require(request).caller(Caller.User.class);
    }

    private static DeviceLabel device(ServerRequest request) {
        return DeviceLabels.fromUserAgent(request.headers().first(HeaderNames.USER_AGENT).orElse(null));
    }

}
