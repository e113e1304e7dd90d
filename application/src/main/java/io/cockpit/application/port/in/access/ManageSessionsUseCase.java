package io.cockpit.application.port.in.access;

import io.cockpit.application.paging.Page;
import io.cockpit.application.paging.PageRequest;
import io.cockpit.domain.access.Session;
import io.cockpit.domain.access.SessionId;
import io.cockpit.domain.account.UserId;

import java.time.Instant;

/** A user's view of their devices. */
public interface ManageSessionsUseCase {

    Page<SessionView> list(UserId userId, SessionId current, PageRequest page);

    /** @throws io.cockpit.domain.shared.DomainException {@code session.not_found}, also for other users' sessions */
    void revoke(UserId userId, SessionId sessionId);

    /** Ends the caller's own session; one that ended meanwhile (a sign-out of it at the same time) is out already. */
    void signOut(UserId userId, SessionId current);

    /** A session as its owner sees it. */
    record SessionView(Session session, Instant expiresAt, boolean current) {
    }
}
