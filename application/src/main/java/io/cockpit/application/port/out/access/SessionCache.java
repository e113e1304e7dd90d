package io.cockpit.application.port.out.access;

import io.cockpit.application.port.out.register.ExportedItem;
import io.cockpit.application.port.out.register.PersonalDataStore;
import io.cockpit.domain.access.AccessPersonalData;
import io.cockpit.domain.access.Session;
import io.cockpit.domain.access.TokenHash;
import io.cockpit.domain.account.UserId;

import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Sessions by token hash, and each user's list of sessions, in front of the relational store. Holds pseudonymous
 * data only: User-IDs, token hashes, coarse device labels and times. Its export is empty: it holds copies of what
 * {@link SessionRepository} exports. Its erasure removes the user's cached sessions, session list and list revision;
 * it runs after the relational store's, so that no session can be cached again from a row that still exists. Each
 * of these entries counts as one item.
 */
public interface SessionCache extends PersonalDataStore {

    @Override
    default String category() {
        return AccessPersonalData.SESSIONS.id();
    }

    @Override
    default io.cockpit.domain.register.StoreKind kind() {
        return io.cockpit.domain.register.StoreKind.CACHE;
    }

    /** Nothing: the cached sessions are copies of the rows the relational store exports. */
    @Override
    default void export(UserId user, Consumer<ExportedItem> sink) {
    }

    Optional<Session> find(TokenHash tokenHash);

    /** Caches the session, unless it was {@link #evict evicted} less than the eviction's hold-off ago. */
    void put(Session session, Duration ttl);

    /**
     * The sessions ended: they are dropped, and none of them is cached again for {@code holdOff}, so that a request
     * that read one before it ended cannot put it back. Remembers token hashes only, no User-ID.
     */
    void evict(Collection<TokenHash> tokenHashes, Duration holdOff);

    /** A revision of a user's session list: taken before reading the list from the store, stored with it. */
    record ListRevision(long value) {
    }

    /** The user's whole session list, if cached and the user's sessions did not change since it was read. */
    Optional<List<Session>> findList(UserId userId);

    /** The revision to read the user's list under; take it before reading the store. */
    ListRevision listRevision(UserId userId);

    /** Caches a list read under {@code revision}; if the sessions changed meanwhile, it is never served. */
    void putList(UserId userId, ListRevision revision, List<Session> sessions, Duration ttl);

    /** A session of the user started, ended or was touched: no list read before is served any more. */
    void listChanged(UserId userId);
}
