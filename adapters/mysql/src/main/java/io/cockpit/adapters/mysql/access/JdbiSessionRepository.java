package io.cockpit.adapters.mysql.access;

import io.cockpit.adapters.mysql.BatchDelete;
import io.cockpit.adapters.mysql.InstantColumns;
import io.cockpit.adapters.mysql.JdbiTransactions;
import io.cockpit.adapters.mysql.KeysetPage;
import io.cockpit.application.paging.Cursor;
import io.cockpit.application.paging.Page;
import io.cockpit.application.paging.PageRequest;
import io.cockpit.application.paging.Pages;
import io.cockpit.application.port.out.access.SessionRepository;
import io.cockpit.application.port.out.register.ExportedItem;
import io.cockpit.domain.access.DeviceLabel;
import io.cockpit.domain.access.Session;
import io.cockpit.domain.access.SessionId;
import io.cockpit.domain.access.TokenHash;
import io.cockpit.domain.account.UserId;
import org.jdbi.v3.core.mapper.RowMapper;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

public final class JdbiSessionRepository implements SessionRepository {

    private static final String COLUMNS = "session_id, user_id, token_hash, device, created_at, last_seen_at";

    private static final RowMapper<Session> SESSION = (rs, ctx) -> new Session(
            new SessionId(rs.getString("session_id")),
            new UserId(rs.getString("user_id")),
            new TokenHash(rs.getString("token_hash")),
            new DeviceLabel(rs.getString("device")),
            InstantColumns.read(rs, "created_at"),
            InstantColumns.read(rs, "last_seen_at"));

    private static final KeysetPage ORDER = KeysetPage.byTimeDescending("created_at", "session_id");
    private static final KeysetPage OLDEST_FIRST = KeysetPage.byTimeAscending("created_at", "session_id");
    private static final BatchDelete OF_USER = BatchDelete.byKey("session", "session_id", "user_id = :userId",
            "session_id");
    /** Two conditions, each on an index of its own: idle too long, or started too long ago. */
    private static final BatchDelete IDLE = BatchDelete.byKey("session", "session_id", "last_seen_at <= :lastSeenBy",
            "last_seen_at, session_id");
    private static final BatchDelete TOO_OLD = BatchDelete.byKey("session", "session_id", "created_at <= :startedBy",
            "created_at, session_id");
    private static final String EXPIRED_COLUMNS = "user_id, token_hash, device, created_at, last_seen_at";

    private final JdbiTransactions db;

    public JdbiSessionRepository(JdbiTransactions db) {
        this.db = db;
    }

    @Override
    public void add(Session session) {
        db.withHandle(h -> h.createUpdate("INSERT INTO session (" + COLUMNS + ") VALUES (:id, :userId, :tokenHash, "
                        + ":device, :createdAt, :lastSeenAt)")
                .bind("id", session.id().value())
                .bind("userId", session.userId().value())
                .bind("tokenHash", session.tokenHash().hex())
                .bind("device", session.device().value())
                .bind("createdAt", session.createdAt())
                .bind("lastSeenAt", session.lastSeenAt())
                .execute());
    }

    @Override
    public Optional<Session> findByTokenHash(TokenHash tokenHash) {
        return db.withHandle(h -> h.createQuery("SELECT " + COLUMNS + " FROM session WHERE token_hash = :hash")
                .bind("hash", tokenHash.hex())
                .map(SESSION)
                .findOne());
    }

    @Override
    public Page<Session> list(UserId userId, PageRequest page) {
        List<Session> rows = db.withHandle(h -> ORDER.bind(h.createQuery("SELECT " + COLUMNS
                        + " FROM session WHERE user_id = :userId" + ORDER.after(page)
                        + ORDER.orderAndLimit(page)), page)
                .bind("userId", userId.value())
                .map(SESSION)
                .list());
        return Page.of(rows, page.limit(), SessionRepository::cursorAfter);
    }

    @Override
    public boolean touch(SessionId sessionId, Instant lastSeenAt) {
        // Matched rows, not changed ones (Connector/J's and H2's default), so an unchanged time still counts as found.
        return db.withHandle(h -> h.createUpdate("UPDATE session SET last_seen_at = :at WHERE session_id = :id")
                .bind("id", sessionId.value())
                .bind("at", lastSeenAt)
                .execute()) > 0;
    }

    @Override
    public Optional<TokenHash> delete(UserId userId, SessionId sessionId) {
        return db.inTransaction(() -> db.withHandle(h -> h.createQuery(
                        "SELECT token_hash FROM session WHERE user_id = :userId AND session_id = :id")
                .bind("userId", userId.value())
                .bind("id", sessionId.value())
                .mapTo(String.class)
                .findOne()
                .filter(hash -> h.createUpdate("DELETE FROM session WHERE user_id = :userId AND session_id = :id")
                        .bind("userId", userId.value())
                        .bind("id", sessionId.value())
                        .execute() == 1)
                .map(TokenHash::new)));
    }

    @Override
    public List<TokenHash> deleteAll(UserId userId, Optional<SessionId> keep) {
        String except = keep.isPresent() ? " AND session_id <> :keep" : "";
        return db.inTransaction(() -> db.withHandle(h -> {
            var select = h.createQuery("SELECT token_hash FROM session WHERE user_id = :userId" + except)
                    .bind("userId", userId.value());
            var delete = h.createUpdate("DELETE FROM session WHERE user_id = :userId" + except)
                    .bind("userId", userId.value());
            keep.ifPresent(id -> {
                select.bind("keep", id.value());
                delete.bind("keep", id.value());
            });
            List<TokenHash> hashes = select.mapTo(String.class).map(TokenHash::new).list();
            delete.execute();
            return hashes;
        }));
    }

    @Override
    public void export(UserId user, Consumer<ExportedItem> sink) {
        Pages.forEach(Pages.EXPORT_PAGE, page -> oldestFirst(user, page),
                session -> sink.accept(SessionRepository.exported(session)));
    }

    private Page<Session> oldestFirst(UserId user, PageRequest page) {
        List<Session> rows = db.withHandle(h -> OLDEST_FIRST.bind(h.createQuery("SELECT " + COLUMNS
                        + " FROM session WHERE user_id = :userId" + OLDEST_FIRST.after(page)
                        + OLDEST_FIRST.orderAndLimit(page)), page)
                .bind("userId", user.value())
                .map(SESSION)
                .list());
        return Page.of(rows, page.limit(), session -> Cursor.at(session.createdAt(), session.id().value()));
    }

    @Override
    public int erase(UserId user, int limit) {
        return OF_USER.run(db, Map.of("userId", user.value()), limit);
    }

    @Override
    public List<Session> deleteExpired(Instant lastSeenBy, Instant startedBy, int limit) {
        List<Session> deleted = new ArrayList<>(IDLE.run(db, Map.of("lastSeenBy", lastSeenBy), limit,
                EXPIRED_COLUMNS, SESSION));
        if (deleted.size() < limit) {
            deleted.addAll(TOO_OLD.run(db, Map.of("startedBy", startedBy), limit - deleted.size(), EXPIRED_COLUMNS,
                    SESSION));
        }
        return deleted;
    }
}
