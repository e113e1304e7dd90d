package io.cockpit.application.port.out;

import io.cockpit.domain.access.Session;
import io.cockpit.domain.access.TokenHash;

import java.time.Duration;
import java.util.Collection;
import java.util.Optional;

/**
 * Sessions by token hash, in front of the relational store. Holds pseudonymous data only: the User-ID, a coarse
 * device label and times.
 */
public interface SessionCache {

    Optional<Session> find(TokenHash tokenHash);

    void put(Session session, Duration ttl);

    void evict(Collection<TokenHash> tokenHashes);
}
