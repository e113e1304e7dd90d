package io.cockpit.application.testing.fakes;

import io.cockpit.application.paging.Page;
import io.cockpit.application.paging.PageRequest;
import io.cockpit.application.port.out.access.SessionRepository;
import io.cockpit.application.port.out.register.ExportedItem;
import io.cockpit.application.port.out.shared.UniquenessViolation.Rule;
import io.cockpit.domain.access.Session;
import io.cockpit.domain.access.SessionId;
import io.cockpit.domain.access.TokenHash;
import io.cockpit.domain.account.UserId;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

import static io.cockpit.application.testing.fakes.UniqueKey.unique;

public final class FakeSessionRepository implements SessionRepository {

    private final FakeTable<Session> sessions;

    public FakeSessionRepository(FakeDatabase database) {
        this.sessions = database.table("session", Session::id,
                List.of(unique("uq_session_token", Rule.IDENTIFIER, Session::tokenHash)));
    }

    @Override
    public void add(Session session) {
        sessions.insert(new Session(session.id(), session.userId(), session.tokenHash(), session.device(),
                StoredTime.of(session.createdAt()), StoredTime.of(session.lastSeenAt())));
    }

    @Override
    public Optional<Session> findByTokenHash(TokenHash tokenHash) {
        return sessions.select(session -> session.tokenHash().equals(tokenHash)).stream().findFirst();
    }

    @Override
    public Page<Session> list(UserId userId, PageRequest page) {
        return Keyset.newestFirst(sessions.select(session -> session.userId().equals(userId)), page,
                Session::createdAt, session -> session.id().value());
    }

    @Override
    public boolean touch(SessionId sessionId, Instant lastSeenAt) {
        return sessions.update(sessionId, session -> true, session -> session.seenAt(StoredTime.of(lastSeenAt)))
                .isPresent();
    }

    @Override
    public Optional<TokenHash> delete(UserId userId, SessionId sessionId) {
        return sessions.delete(sessionId, session -> session.userId().equals(userId)).map(Session::tokenHash);
    }

    @Override
    public List<TokenHash> deleteAll(UserId userId, Optional<SessionId> keep) {
        return sessions.deleteWhere(session -> session.userId().equals(userId)
                        && keep.map(kept -> !kept.equals(session.id())).orElse(true))
                .stream().map(Session::tokenHash).toList();
    }

    /** Oldest first, then by id, as the SQL reads them. */
    private static final Comparator<Session> ORDER = Comparator.comparing(Session::createdAt)
            .thenComparing(session -> session.id().value(), Keyset.BINARY_TEXT);

    @Override
    public void export(UserId user, Consumer<ExportedItem> sink) {
        sessions.select(session -> session.userId().equals(user)).stream().sorted(ORDER)
                .map(SessionRepository::exported).forEach(sink);
    }

    @Override
    public int erase(UserId user, int limit) {
        return sessions.deleteFirst(session -> session.userId().equals(user), ORDER, limit).size();
    }

    @Override
    public List<Session> deleteExpired(Instant lastSeenBy, Instant startedBy, int limit) {
        return sessions.deleteFirst(session -> !session.lastSeenAt().isAfter(lastSeenBy)
                || !session.createdAt().isAfter(startedBy), ORDER, limit);
    }
}
