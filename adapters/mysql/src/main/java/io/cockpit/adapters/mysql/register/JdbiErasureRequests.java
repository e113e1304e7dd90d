package io.cockpit.adapters.mysql.register;

import io.cockpit.adapters.mysql.BatchDelete;
import io.cockpit.adapters.mysql.InstantColumns;
import io.cockpit.adapters.mysql.JdbiTransactions;
import io.cockpit.adapters.mysql.KeysetPage;
import io.cockpit.adapters.mysql.UniqueKeys;
import io.cockpit.application.paging.Cursor;
import io.cockpit.application.paging.Page;
import io.cockpit.application.paging.PageRequest;
import io.cockpit.application.port.out.register.ErasureRequests;
import io.cockpit.application.port.out.register.ExportedItem;
import io.cockpit.application.port.out.shared.UniquenessViolation;
import io.cockpit.domain.account.EmailAddress;
import io.cockpit.domain.account.ExternalId;
import io.cockpit.domain.account.PartnerId;
import io.cockpit.domain.account.UserId;
import io.cockpit.domain.account.ErasedAccount;
import io.cockpit.domain.register.ErasureReason;
import io.cockpit.domain.account.ErasureRequest;
import io.cockpit.domain.register.ErasureStatus;
import io.cockpit.domain.shared.ItemId;
import io.cockpit.domain.shared.Language;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.statement.SqlStatement;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/** {@code erasure_request}: one row per erased (or being erased) person. */
public final class JdbiErasureRequests implements ErasureRequests {

    private static final String COLUMNS = "erasure_id, subject, user_id, reason, status, step, step_mark, step_items, "
            + "attempts, next_attempt_at, requested_at, completed_at, notify_email, notify_language, partner_id, "
            + "external_id";
    private static final KeysetPage NEWEST_FIRST = KeysetPage.byTimeDescending("completed_at", "erasure_id");
    private static final RowMapper<ErasureRequest> REQUEST = (rs, ctx) -> new ErasureRequest(
            new ItemId(rs.getString("erasure_id")), new UserId(rs.getString("subject")),
            Optional.ofNullable(rs.getString("user_id")).map(UserId::new),
            ErasureReason.fromWireName(rs.getString("reason")), ErasureStatus.fromWireName(rs.getString("status")),
            rs.getInt("step"), Optional.ofNullable(rs.getString("step_mark")), rs.getLong("step_items"),
            rs.getInt("attempts"),
            InstantColumns.read(rs, "next_attempt_at"), InstantColumns.read(rs, "requested_at"),
            Optional.ofNullable(InstantColumns.read(rs, "completed_at")),
            Optional.ofNullable(rs.getString("notify_email")).map(EmailAddress::new),
            Language.fromCode(rs.getString("notify_language")), new PartnerId(rs.getString("partner_id")),
            new ExternalId(rs.getString("external_id")));

    private static final BatchDelete EXPIRED = BatchDelete.byKey("erasure_request", "erasure_id",
            "status = 'completed' AND completed_at < :cutoff", "completed_at, erasure_id");

    private final JdbiTransactions db;

    public JdbiErasureRequests(JdbiTransactions db) {
        this.db = db;
    }

    @Override
    public boolean add(ErasureRequest request) {
        try {
            UniqueKeys.translate(Map.of(), () -> db.withHandle(h -> bind(h.createUpdate("INSERT INTO erasure_request ("
                    + COLUMNS + ") VALUES (:id, :subject, :userId, :reason, :status, :step, :stepMark, :stepItems, "
                    + ":attempts, :nextAttemptAt, :requestedAt, :completedAt, :notifyEmail, :language, :partnerId, "
                    + ":externalId)"), request).execute()));
            return true;
        } catch (UniquenessViolation taken) {
            return false;
        }
    }

    @Override
    public Optional<ErasureRequest> find(ItemId id) {
        return one("erasure_id = :key", id.value());
    }

    @Override
    public Optional<ErasureRequest> findBySubject(UserId subject) {
        return one("subject = :key", subject.value());
    }

    private Optional<ErasureRequest> one(String where, String key) {
        return db.withHandle(h -> h.createQuery("SELECT " + COLUMNS + " FROM erasure_request WHERE " + where)
                .bind("key", key)
                .map(REQUEST)
                .findOne());
    }

    @Override
    public Optional<ErasureRequest> claim(ItemId id, Instant now, Instant until) {
        int claimed = db.withHandle(h -> h.createUpdate("UPDATE erasure_request SET next_attempt_at = :until "
                        + "WHERE erasure_id = :id AND status = 'in_progress' AND next_attempt_at <= :now")
                .bind("id", id.value()).bind("now", now).bind("until", until)
                .execute());
        return claimed == 1 ? find(id) : Optional.empty();
    }

    @Override
    public void update(ErasureRequest request) {
        db.withHandle(h -> bind(h.createUpdate("UPDATE erasure_request SET user_id = :userId, status = :status, "
                + "step = :step, step_mark = :stepMark, step_items = :stepItems, attempts = :attempts, "
                + "next_attempt_at = :nextAttemptAt, completed_at = :completedAt, notify_email = :notifyEmail "
                + "WHERE erasure_id = :id"), request)
                .execute());
    }

    @Override
    public List<ErasureRequest> due(Instant now, int limit) {
        return db.withHandle(h -> h.createQuery("SELECT " + COLUMNS + " FROM erasure_request WHERE status = "
                        + "'in_progress' AND next_attempt_at <= :now ORDER BY next_attempt_at, erasure_id LIMIT "
                        + Math.max(0, limit))
                .bind("now", now)
                .map(REQUEST)
                .list());
    }

    @Override
    public Page<ErasedAccount> erasedSince(PartnerId partner, Instant since, PageRequest page) {
        List<Map.Entry<String, ErasedAccount>> rows = db.withHandle(h -> NEWEST_FIRST.bind(h.createQuery(
                        "SELECT erasure_id, external_id, completed_at FROM erasure_request WHERE partner_id = :partner "
                                + "AND status = 'completed' AND completed_at >= :since" + NEWEST_FIRST.after(page)
                                + NEWEST_FIRST.orderAndLimit(page)), page)
                .bind("partner", partner.value())
                .bind("since", since)
                .map((rs, ctx) -> Map.entry(rs.getString("erasure_id"), new ErasedAccount(
                        new ExternalId(rs.getString("external_id")), InstantColumns.read(rs, "completed_at"))))
                .list());
        return Page.of(rows, page.limit(), row -> Cursor.at(row.getValue().deletedAt(), row.getKey()))
                .map(Map.Entry::getValue);
    }

    /** The request of a user while it runs: its receipt and when it was asked for. */
    @Override
    public void export(UserId user, Consumer<ExportedItem> sink) {
        db.withHandle(h -> h.createQuery("SELECT " + COLUMNS + " FROM erasure_request WHERE user_id = :userId")
                .bind("userId", user.value())
                .map(REQUEST)
                .list()).forEach(request -> sink.accept(ErasureRequests.exported(request)));
    }

    /** Nothing: the engine removes the User-ID itself when the erasure completes (it needs it until then). */
    @Override
    public int erase(UserId user, int limit) {
        return 0;
    }

    @Override
    public int deleteExpired(Instant cutoff, int limit) {
        return EXPIRED.run(db, Map.of("cutoff", cutoff), limit);
    }

    private static <S extends SqlStatement<S>> S bind(S statement, ErasureRequest request) {
        return statement
                .bind("id", request.id().value())
                .bind("subject", request.subject().value())
                .bind("userId", request.user().map(UserId::value).orElse(null))
                .bind("reason", request.reason().wireName())
                .bind("status", request.status().wireName())
                .bind("step", request.step())
                .bind("stepMark", request.stepMark().orElse(null))
                .bind("stepItems", request.stepItems())
                .bind("attempts", request.attempts())
                .bind("nextAttemptAt", request.nextAttemptAt())
                .bind("requestedAt", request.requestedAt())
                .bindByType("completedAt", request.completedAt().orElse(null), Instant.class)
                .bind("notifyEmail", request.confirmTo().map(EmailAddress::value).orElse(null))
                .bind("language", request.language().code())
                .bind("partnerId", request.partnerId().value())
                .bind("externalId", request.externalId().value());
    }
}
