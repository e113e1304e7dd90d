package io.cockpit.adapters.http.pipeline;

import io.cockpit.adapters.http.problem.HttpErrorCode;
import io.cockpit.adapters.http.problem.ProblemException;
import io.cockpit.application.port.in.access.AuthenticateSessionUseCase;
import io.helidon.http.HeaderName;
import io.helidon.http.HeaderNames;
import io.helidon.http.Method;
import io.helidon.webserver.http.ServerRequest;

import java.util.Optional;
import java.util.Set;

/**
 * sessionAuth (the token as bearer) and sessionCookie (the same token in the {@code __Host-} cookie). A cookie rides
 * along on cross-site requests too, so state-changing requests authenticated by it must carry
 * {@code X-Requested-With}, which a cross-site form cannot set (and cross-site scripts only after a CORS preflight
 * this server never grants).
 */
public final class SessionAuthenticator implements Authenticator {

    public static final String COOKIE = "__Host-cockpit_session";
    private static final Set<Method> SAFE = Set.of(Method.GET, Method.HEAD, Method.OPTIONS);
    private static final HeaderName REQUESTED_WITH = HeaderNames.create("X-Requested-With");

    private final AuthenticateSessionUseCase sessions;
    private final boolean cookie;

    private SessionAuthenticator(AuthenticateSessionUseCase sessions, boolean cookie) {
        this.sessions = sessions;
        this.cookie = cookie;
    }

    public static SessionAuthenticator bearer(AuthenticateSessionUseCase sessions) {
        return new SessionAuthenticator(sessions, false);
    }

    public static SessionAuthenticator cookie(AuthenticateSessionUseCase sessions) {
        return new SessionAuthenticator(sessions, true);
    }

    @Override
    public String scheme() {
        return cookie ? "sessionCookie" : "sessionAuth";
    }

    @Override
    public Optional<String> credentials(ServerRequest request) {
        return cookie ? request.headers().cookies().first(COOKIE).asOptional().filter(v -> !v.isBlank())
                : BearerToken.of(request);
    }

    @Override
    public Optional<Caller> authenticate(String token, ServerRequest request) {
        Optional<Caller> caller = sessions.authenticate(token)
                .map(session -> new Caller.User(session.userId(), session.id(), cookie));
        if (caller.isPresent() && cookie && !SAFE.contains(request.prologue().method())
                && request.headers().first(REQUESTED_WITH).filter(v -> !v.isBlank()).isEmpty()) {
            throw new ProblemException(HttpErrorCode.AUTH_CSRF_HEADER_MISSING, "Forbidden",
                    "Requests signed in by cookie that change state must send X-Requested-With.");
        }
        return caller;
    }
}
