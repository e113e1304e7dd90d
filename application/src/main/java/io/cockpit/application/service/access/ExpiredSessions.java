package io.cockpit.application.service.access;

import io.cockpit.application.port.out.access.SessionCache;
import io.cockpit.application.port.out.access.SessionRepository;
import io.cockpit.application.port.out.register.ExpiringPersonalData;
import io.cockpit.domain.access.AccessPersonalData;
import io.cockpit.domain.access.Session;
import io.cockpit.domain.access.SessionPolicy;

import java.time.Instant;
import java.util.List;

/**
 * Deletes the sessions that have expired by the {@link SessionPolicy} (idle too long, or older than the absolute
 * limit), and forgets them in the cache. The register keeps sessions "until expiry", so the retention job's cutoff
 * is the moment by which a session must have expired.
 */
public final class ExpiredSessions implements ExpiringPersonalData {

    private final SessionRepository sessions;
    private final SessionCache cache;
    private final SessionPolicy policy;

    public ExpiredSessions(SessionRepository sessions, SessionCache cache, SessionPolicy policy) {
        this.sessions = sessions;
        this.cache = cache;
        this.policy = policy;
    }

    @Override
    public String category() {
        return AccessPersonalData.SESSIONS.id();
    }

    @Override
    public int deleteExpired(Instant cutoff, int limit) {
        List<Session> deleted = sessions.deleteExpired(cutoff.minus(policy.idle()), cutoff.minus(policy.absolute()),
                limit);
        if (!deleted.isEmpty()) {
            cache.evict(deleted.stream().map(Session::tokenHash).toList(), SessionService.ENDED_HOLD_OFF);
            deleted.stream().map(Session::userId).distinct().forEach(cache::listChanged);
        }
        return deleted.size();
    }
}
