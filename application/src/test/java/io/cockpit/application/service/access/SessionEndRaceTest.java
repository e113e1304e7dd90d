package io.cockpit.application.service.access;

import io.cockpit.application.paging.Page;
import io.cockpit.application.paging.PageRequest;
import io.cockpit.application.port.in.access.StartedSession;
import io.cockpit.application.port.out.access.SessionRepository;
import io.cockpit.application.port.out.register.ExportedItem;
import io.cockpit.application.testing.fakes.FakeStores;
import io.cockpit.domain.access.DeviceLabel;
import io.cockpit.domain.access.Session;
import io.cockpit.domain.access.SessionId;
import io.cockpit.domain.access.SessionPolicy;
import io.cockpit.domain.access.TokenHash;
import io.cockpit.domain.account.UserId;
import org.junit.jupiter.api.Test;

import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

import static io.cockpit.application.testing.AccountMother.anAccount;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A sign-out that lands while another request of the same session is between its read and its write of the cache:
 * the session stays ended. The store below runs the sign-out at exactly that point.
 */
class SessionEndRaceTest {

    private final FakeStores stores = new FakeStores();
    private final SignOutInTheMiddle store = new SignOutInTheMiddle(stores.sessions);
    private final SessionService racing = service(store);
    private final SessionService signingOut = service(stores.sessions);
    private final UserId user = anAccount().build().userId();
    private final StartedSession started = signingOut.start(user, new DeviceLabel("Firefox on Linux"));

    private SessionService service(SessionRepository repository) {
        return new SessionService(repository, stores.sessionCache, stores.transactions, SessionPolicy.DEFAULT,
                stores.clock, new SecureRandom());
    }

    @Test
    void aSessionReadFromTheStoreJustBeforeItEndsIsNotCachedAgain() {
        store.signOutAfterTheRead = true;

        racing.authenticate(started.token().value());

        assertThat(stores.sessionCache.find(started.session().tokenHash())).isEmpty();
        assertThat(racing.authenticate(started.token().value())).isEmpty();
    }

    @Test
    void aTouchThatFindsTheSessionEndedRefusesTheRequestAndCachesNothing() {
        assertThat(racing.authenticate(started.token().value())).isPresent();
        stores.clock.advance(SessionPolicy.DEFAULT.touchInterval().plus(Duration.ofSeconds(1)));
        store.signOutBeforeTheTouch = true;

        assertThat(racing.authenticate(started.token().value())).isEmpty();

        assertThat(stores.sessionCache.find(started.session().tokenHash())).isEmpty();
        assertThat(racing.authenticate(started.token().value())).isEmpty();
    }

    private final class SignOutInTheMiddle implements SessionRepository {

        private final SessionRepository stored;
        boolean signOutAfterTheRead;
        boolean signOutBeforeTheTouch;

        SignOutInTheMiddle(SessionRepository stored) {
            this.stored = stored;
        }

        @Override
        public Optional<Session> findByTokenHash(TokenHash tokenHash) {
            Optional<Session> read = stored.findByTokenHash(tokenHash);
            if (signOutAfterTheRead) {
                signOutAfterTheRead = false;
                signingOut.signOut(user, started.session().id());
            }
            return read;
        }

        @Override
        public boolean touch(SessionId sessionId, Instant lastSeenAt) {
            if (signOutBeforeTheTouch) {
                signOutBeforeTheTouch = false;
                signingOut.signOut(user, started.session().id());
            }
            return stored.touch(sessionId, lastSeenAt);
        }

        @Override
        public void add(Session session) {
            stored.add(session);
        }

        @Override
        public Page<Session> list(UserId userId, PageRequest page) {
            return stored.list(userId, page);
        }

        @Override
        public Optional<TokenHash> delete(UserId userId, SessionId sessionId) {
            return stored.delete(userId, sessionId);
        }

        @Override
        public List<TokenHash> deleteAll(UserId userId, Optional<SessionId> keep) {
            return stored.deleteAll(userId, keep);
        }

        @Override
        public List<Session> deleteExpired(Instant lastSeenBy, Instant startedBy, int limit) {
            return stored.deleteExpired(lastSeenBy, startedBy, limit);
        }

        @Override
        public void export(UserId userId, Consumer<ExportedItem> sink) {
            stored.export(userId, sink);
        }

        @Override
        public int erase(UserId userId, int limit) {
            return stored.erase(userId, limit);
        }
    }
}
