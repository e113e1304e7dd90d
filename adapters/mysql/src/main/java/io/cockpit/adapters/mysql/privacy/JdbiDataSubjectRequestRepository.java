package io.cockpit.adapters.mysql.privacy;

import io.cockpit.adapters.mysql.BatchDelete;
import io.cockpit.adapters.mysql.InstantColumns;
import io.cockpit.adapters.mysql.JdbiTransactions;
import io.cockpit.adapters.mysql.KeysetPage;
import io.cockpit.application.paging.Cursor;
import io.cockpit.application.paging.Page;
import io.cockpit.application.paging.PageRequest;
import io.cockpit.application.paging.Pages;
import io.cockpit.application.port.out.privacy.DataSubjectRequestRepository;
import io.cockpit.application.port.out.register.ExportedItem;
import io.cockpit.application.port.out.register.UserPseudonyms;
import io.cockpit.application.port.out.shared.StaleWriteException;
import io.cockpit.domain.account.UserId;
import io.cockpit.domain.privacy.DataSubjectRequest;
import io.cockpit.domain.privacy.DataSubjectRequestFilter;
import io.cockpit.domain.privacy.DataSubjectRequestStatus;
import io.cockpit.domain.privacy.DataSubjectRequestType;
import io.cockpit.domain.privacy.RequestNote;
import io.cockpit.domain.shared.ItemId;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.statement.Query;
import org.jdbi.v3.core.statement.Update;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

public final class JdbiDataSubjectRequestRepository implements DataSubjectRequestRepository {

    private static final String COLUMNS = "request_id, user_id, type, status, received_at, due_at, note, resolution, "
            + "closed_at, export_id, erasure_id, recorded_at, updated_at, version";
    private static final KeysetPage ORDER = KeysetPage.byTimeAscending("due_at", "request_id");
    /** Still to be answered: the statuses a request can be overdue in. */
    private static final String UNANSWERED = "status IN ('open', 'in_progress')";

    private static final RowMapper<DataSubjectRequest> REQUEST = (rs, ctx) -> new DataSubjectRequest(
            new ItemId(rs.getString("request_id")),
            new UserId(rs.getString("user_id")),
            DataSubjectRequestType.fromWireName(rs.getString("type")),
            InstantColumns.read(rs, "received_at"),
            new RequestNote(rs.getString("note")),
            DataSubjectRequestStatus.fromWireName(rs.getString("status")),
            Optional.ofNullable(rs.getString("resolution")).map(RequestNote::new),
            Optional.ofNullable(InstantColumns.read(rs, "closed_at")),
            Optional.ofNullable(rs.getString("export_id")),
            Optional.ofNullable(rs.getString("erasure_id")),
            InstantColumns.read(rs, "recorded_at"),
            InstantColumns.read(rs, "updated_at"),
            rs.getLong("version"));

    private static final KeysetPage BY_RECEIPT = KeysetPage.byTimeAscending("received_at", "request_id");
    private static final BatchDelete CLOSED = BatchDelete.byKey("data_subject_request", "request_id",
            "closed_at < :cutoff", "closed_at, request_id");

    private final JdbiTransactions db;
    private final UserPseudonyms pseudonyms;

    /** @param pseudonyms what replaces an erased user's User-ID on the requests that outlive the erasure */
    public JdbiDataSubjectRequestRepository(JdbiTransactions db, UserPseudonyms pseudonyms) {
        this.db = db;
        this.pseudonyms = pseudonyms;
    }

    @Override
    public void add(DataSubjectRequest request) {
        db.withHandle(h -> bindAll(h.createUpdate("INSERT INTO data_subject_request (" + COLUMNS + ") VALUES ("
                + ":id, :userId, :type, :status, :receivedAt, :dueAt, :note, :resolution, :closedAt, :exportId, "
                + ":erasureId, :recordedAt, :updatedAt, :version)"), request)
                .bind("userId", request.userId().value())
                .bind("type", request.type().wireName())
                .bind("receivedAt", request.receivedAt())
                .bind("dueAt", request.dueAt())
                .bind("note", request.note().value())
                .bind("recordedAt", request.recordedAt())
                .bind("version", request.version())
                .execute());
    }

    @Override
    public Optional<DataSubjectRequest> find(ItemId id) {
        return db.withHandle(h -> h.createQuery("SELECT " + COLUMNS + " FROM data_subject_request "
                        + "WHERE request_id = :id")
                .bind("id", id.value())
                .map(REQUEST)
                .findOne());
    }

    /** What a request's life changes: status, resolution, links; who, what and when it arrived stay as recorded. */
    @Override
    public DataSubjectRequest update(DataSubjectRequest changed) {
        int written = db.withHandle(h -> bindAll(h.createUpdate("UPDATE data_subject_request SET status = :status, "
                + "resolution = :resolution, closed_at = :closedAt, export_id = :exportId, erasure_id = :erasureId, "
                + "updated_at = :updatedAt, version = version + 1 WHERE request_id = :id AND version = :expected"),
                changed)
                .bind("expected", changed.version())
                .execute());
        if (written != 1) {
            throw new StaleWriteException("data-subject request");
        }
        return find(changed.id()).orElseThrow(() -> new StaleWriteException("data-subject request"));
    }

    private static Update bindAll(Update statement, DataSubjectRequest request) {
        return statement
                .bind("id", request.id().value())
                .bind("status", request.status().wireName())
                .bind("resolution", request.resolution().map(RequestNote::value).orElse(null))
                .bind("closedAt", request.closedAt().orElse(null))
                .bind("exportId", request.exportId().orElse(null))
                .bind("erasureId", request.erasureId().orElse(null))
                .bind("updatedAt", request.updatedAt());
    }

    @Override
    public Page<DataSubjectRequest> list(DataSubjectRequestFilter filter, Instant now, PageRequest page) {
        StringBuilder where = new StringBuilder(" WHERE 1 = 1");
        filter.status().ifPresent(s -> where.append(" AND status = :status"));
        filter.type().ifPresent(t -> where.append(" AND type = :type"));
        filter.userId().ifPresent(u -> where.append(" AND user_id = :userId"));
        filter.overdue().ifPresent(overdue -> where.append(overdue
                ? " AND " + UNANSWERED + " AND due_at < :now"
                : " AND NOT (" + UNANSWERED + " AND due_at < :now)"));
        List<DataSubjectRequest> rows = db.withHandle(h -> {
            Query query = ORDER.bind(h.createQuery("SELECT " + COLUMNS + " FROM data_subject_request" + where
                    + ORDER.after(page) + ORDER.orderAndLimit(page)), page);
            filter.status().ifPresent(s -> query.bind("status", s.wireName()));
            filter.type().ifPresent(t -> query.bind("type", t.wireName()));
            filter.userId().ifPresent(u -> query.bind("userId", u.value()));
            filter.overdue().ifPresent(o -> query.bind("now", now));
            return query.map(REQUEST).list();
        });
        return Page.of(rows, page.limit(), request -> Cursor.at(request.dueAt(), request.id().value()));
    }

    @Override
    public void export(UserId user, Consumer<ExportedItem> sink) {
        Pages.forEach(Pages.EXPORT_PAGE, page -> byReceipt(user, page),
                request -> sink.accept(DataSubjectRequestRepository.exported(request)));
    }

    private Page<DataSubjectRequest> byReceipt(UserId user, PageRequest page) {
        List<DataSubjectRequest> rows = db.withHandle(h -> BY_RECEIPT.bind(h.createQuery("SELECT " + COLUMNS
                        + " FROM data_subject_request WHERE user_id = :userId" + BY_RECEIPT.after(page)
                        + BY_RECEIPT.orderAndLimit(page)), page)
                .bind("userId", user.value())
                .map(REQUEST)
                .list());
        return Page.of(rows, page.limit(), request -> Cursor.at(request.receivedAt(), request.id().value()));
    }

    /** Pseudonymises up to {@code limit} of the user's requests: the pseudonym for the User-ID, the notes removed. */
    @Override
    public int erase(UserId user, int limit) {
        return db.inTransaction(() -> db.withHandle(h -> {
            List<String> batch = h.createQuery("SELECT request_id FROM data_subject_request WHERE user_id = :userId "
                            + "ORDER BY received_at, request_id LIMIT " + Math.max(0, limit))
                    .bind("userId", user.value())
                    .mapTo(String.class)
                    .list();
            int changed = 0;
            for (String id : batch) {
                changed += h.createUpdate("UPDATE data_subject_request SET user_id = :pseudonym, note = :erased, "
                                + "resolution = CASE WHEN resolution IS NULL THEN NULL ELSE :erased END, "
                                + "version = version + 1 WHERE request_id = :id AND user_id = :userId")
                        .bind("pseudonym", pseudonyms.pseudonymOf(user).value())
                        .bind("erased", ERASED_NOTE)
                        .bind("id", id)
                        .bind("userId", user.value())
                        .execute();
            }
            return changed;
        }));
    }

    @Override
    public int deleteExpired(Instant cutoff, int limit) {
        return CLOSED.run(db, Map.of("cutoff", cutoff), limit);
    }
}
