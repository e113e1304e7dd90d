package io.cockpit.application.port.out.access;

import io.cockpit.application.paging.Cursor;
import io.cockpit.application.paging.Page;
import io.cockpit.application.paging.PageRequest;
import io.cockpit.domain.access.Session;
import io.cockpit.domain.access.SessionId;
import io.cockpit.domain.access.TokenHash;
import io.cockpit.domain.account.UserId;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Sessions in the relational store. Every query but the token lookup is scoped by the User-ID. */
public interface SessionRepository {

    void add(Session session);

    Optional<Session> findByTokenHash(TokenHash tokenHash);

    /** The user's sessions, newest first; pages end at {@link #cursorAfter}. */
    Page<Session> list(UserId userId, PageRequest page);

    /** Where a page of {@link #list} that ends with {@code session} continues; a cached list pages the same way. */
    static Cursor cursorAfter(Session session) {
        return Cursor.at(session.createdAt(), session.id().value());
    }

    void touch(SessionId sessionId, Instant lastSeenAt);

    /** Ends one of the user's sessions; the ended session's token hash, empty if the user has no such session. */
    Optional<TokenHash> delete(UserId userId, SessionId sessionId);

    /** Ends all of the user's sessions but {@code keep} (if given); the ended ones' token hashes. */
    List<TokenHash> deleteAll(UserId userId, Optional<SessionId> keep);
}
