package io.cockpit.application.port.out.access;

import io.cockpit.application.paging.Cursor;
import io.cockpit.application.paging.Page;
import io.cockpit.application.paging.PageRequest;
import io.cockpit.application.port.out.register.ExportedItem;
import io.cockpit.application.port.out.register.PersonalDataStore;
import io.cockpit.domain.access.AccessPersonalData;
import io.cockpit.domain.access.Session;
import io.cockpit.domain.access.SessionId;
import io.cockpit.domain.access.TokenHash;
import io.cockpit.domain.account.UserId;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Sessions in the relational store. Every query but the token lookup and the expiry is scoped by the User-ID.
 * Export: {@code sessionId, device, createdAt, lastSeenAt}, oldest first, never the token hash. Erasure deletes the
 * rows (the cache's copies go with {@link SessionCache}'s erasure, which runs after this one).
 */
public interface SessionRepository extends PersonalDataStore {

    @Override
    default String category() {
        return AccessPersonalData.SESSIONS.id();
    }

    void add(Session session);

    /** A session as the export shows it: the device list's view, never the token hash. */
    static ExportedItem exported(Session session) {
        return ExportedItem.builder()
                .field("sessionId", session.id().value())
                .field("device", session.device().value())
                .field("createdAt", session.createdAt())
                .field("lastSeenAt", session.lastSeenAt())
                .build();
    }

    Optional<Session> findByTokenHash(TokenHash tokenHash);

    /** The user's sessions, newest first; pages end at {@link #cursorAfter}. */
    Page<Session> list(UserId userId, PageRequest page);

    /** Where a page of {@link #list} that ends with {@code session} continues; a cached list pages the same way. */
    static Cursor cursorAfter(Session session) {
        return Cursor.at(session.createdAt(), session.id().value());
    }

    /** Records the session's last use; {@code false} if the session no longer exists (it ended meanwhile). */
    boolean touch(SessionId sessionId, Instant lastSeenAt);

    /** Ends one of the user's sessions; the ended session's token hash, empty if the user has no such session. */
    Optional<TokenHash> delete(UserId userId, SessionId sessionId);

    /** Ends all of the user's sessions but {@code keep} (if given); the ended ones' token hashes. */
    List<TokenHash> deleteAll(UserId userId, Optional<SessionId> keep);

    /**
     * Deletes up to {@code limit} expired sessions of any user: last seen at or before {@code lastSeenBy}, or
     * started at or before {@code startedBy}; the deleted sessions (for the cache to forget them).
     */
    List<Session> deleteExpired(Instant lastSeenBy, Instant startedBy, int limit);
}
