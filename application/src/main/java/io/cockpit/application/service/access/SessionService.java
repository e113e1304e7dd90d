package io.cockpit.application.service.access;

import io.cockpit.application.paging.Page;
import io.cockpit.application.paging.PageRequest;
import io.cockpit.application.port.in.access.AuthenticateSessionUseCase;
import io.cockpit.application.port.in.access.ManageSessionsUseCase;
import io.cockpit.application.port.in.access.StartedSession;
import io.cockpit.application.port.out.access.SessionCache;
import io.cockpit.application.port.out.access.SessionRepository;
import io.cockpit.application.port.out.shared.Transactions;
import io.cockpit.domain.access.AuthErrors;
import io.cockpit.domain.access.DeviceLabel;
import io.cockpit.domain.access.SecretToken;
import io.cockpit.domain.access.Session;
import io.cockpit.domain.access.SessionId;
import io.cockpit.domain.access.SessionPolicy;
import io.cockpit.domain.access.TokenHash;
import io.cockpit.domain.access.TokenKind;
import io.cockpit.domain.account.UserId;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Sessions: started on sign-in, recognised through the cache (the relational store behind it), ended by the user,
 * by a password change or reset, or when the contract is cancelled. Ending evicts the cache at once and again after
 * the commit; the cache then refuses the ended session for longer than any entry lives, so that a request that read
 * it before it ended cannot put it back, and a touch that finds the session gone refuses the request. A user's
 * device list is cached whole (up to {@link PageRequest#MAX_LIMIT} sessions) under a revision that every start, end
 * and touch moves on, so a list read before a change is never served after it.
 */
public final class SessionService implements AuthenticateSessionUseCase, ManageSessionsUseCase {

    /** How long a cached session may be served without looking at the relational store. */
    static final Duration CACHE_TTL = Duration.ofMinutes(5);
    /**
     * How long the cache refuses an ended session: longer than a cached entry lives, and than a request may take
     * between reading a session from the store and caching it.
     */
    static final Duration ENDED_HOLD_OFF = CACHE_TTL.multipliedBy(2);
    /** How long a user's cached device list lives if nothing changes. */
    static final Duration LIST_TTL = Duration.ofMinutes(5);

    private final SessionRepository sessions;
    private final SessionCache cache;
    private final Transactions transactions;
    private final SessionPolicy policy;
    private final Clock clock;
    private final SecureRandom random;

    public SessionService(SessionRepository sessions, SessionCache cache, Transactions transactions,
                          SessionPolicy policy, Clock clock, SecureRandom random) {
        this.sessions = sessions;
        this.cache = cache;
        this.transactions = transactions;
        this.policy = policy;
        this.clock = clock;
        this.random = random;
    }

    public StartedSession start(UserId userId, DeviceLabel device) {
        Instant now = clock.instant();
        SecretToken token = SecretToken.generate(TokenKind.SESSION, random);
        Session session = new Session(SessionId.random(), userId, token.hash(), device, now, now);
        sessions.add(session);
        transactions.nowAndAfterCommit(() -> cache.listChanged(userId));
        return new StartedSession(session, token, session.expiresAt(policy), now.plus(policy.absolute()));
    }

    @Override
    public Optional<Session> authenticate(String token) {
        if (token == null || token.isBlank()) {
            return Optional.empty();
        }
        TokenHash hash = TokenHash.of(token);
        Optional<Session> found = cache.find(hash).or(() -> sessions.findByTokenHash(hash).map(stored -> {
            cache.put(stored, ttl(stored, clock.instant()));
            return stored;
        }));
        if (found.isEmpty()) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        Session session = found.get();
        if (session.isExpired(now, policy)) {
            end(session.userId(), session.id());
            return Optional.empty();
        }
        if (session.needsTouch(now, policy)) {
            session = session.seenAt(now);
            if (!sessions.touch(session.id(), now)) {
                return Optional.empty();
            }
            cache.put(session, ttl(session, now));
            cache.listChanged(session.userId());
        }
        return Optional.of(session);
    }

    private Duration ttl(Session session, Instant now) {
        Duration left = Duration.between(now, session.expiresAt(policy));
        return left.compareTo(CACHE_TTL) < 0 ? left : CACHE_TTL;
    }

    @Override
    public Page<SessionView> list(UserId userId, SessionId current, PageRequest page) {
        return listed(userId, page).map(session ->
                new SessionView(session, session.expiresAt(policy), session.id().equals(current)));
    }

    private Page<Session> listed(UserId userId, PageRequest page) {
        return cache.findList(userId).or(() -> readWholeList(userId))
                .flatMap(all -> pageOf(all, page))
                .orElseGet(() -> sessions.list(userId, page));
    }

    /** The whole list in store order, cached; empty if the user has more sessions than one page can hold. */
    private Optional<List<Session>> readWholeList(UserId userId) {
        SessionCache.ListRevision revision = cache.listRevision(userId);
        Page<Session> all = sessions.list(userId, PageRequest.first(PageRequest.MAX_LIMIT));
        if (all.next().isPresent()) {
            return Optional.empty();
        }
        cache.putList(userId, revision, all.items(), LIST_TTL);
        return Optional.of(all.items());
    }

    /** The page after the cursor, cut from the whole list; empty if the cursor's session is gone. */
    static Optional<Page<Session>> pageOf(List<Session> all, PageRequest page) {
        int start = 0;
        if (page.after().isPresent()) {
            String after = page.after().get().id();
            int at = 0;
            while (at < all.size() && !all.get(at).id().value().equals(after)) {
                at++;
            }
            if (at == all.size()) {
                return Optional.empty();
            }
            start = at + 1;
        }
        List<Session> rest = all.subList(start, Math.min(all.size(), start + page.limit() + 1));
        return Optional.of(Page.of(rest, page.limit(), SessionRepository::cursorAfter));
    }

    @Override
    public void revoke(UserId userId, SessionId sessionId) {
        if (!end(userId, sessionId)) {
            throw AuthErrors.sessionNotFound();
        }
    }

    @Override
    public void signOut(UserId userId, SessionId current) {
        end(userId, current);
    }

    /** Ends one session of the user; {@code false} if the user has no such session. */
    public boolean end(UserId userId, SessionId sessionId) {
        Optional<TokenHash> ended = sessions.delete(userId, sessionId);
        ended.ifPresent(hash -> evictNowAndAfterCommit(userId, List.of(hash)));
        return ended.isPresent();
    }

    /** Ends every session of the user, but {@code keep} if given; how many ended. */
    public int endAll(UserId userId, Optional<SessionId> keep) {
        List<TokenHash> ended = sessions.deleteAll(userId, keep);
        evictNowAndAfterCommit(userId, ended);
        return ended.size();
    }

    private void evictNowAndAfterCommit(UserId userId, List<TokenHash> ended) {
        if (ended.isEmpty()) {
            return;
        }
        transactions.nowAndAfterCommit(() -> {
            cache.evict(ended, ENDED_HOLD_OFF);
            cache.listChanged(userId);
        });
    }
}
