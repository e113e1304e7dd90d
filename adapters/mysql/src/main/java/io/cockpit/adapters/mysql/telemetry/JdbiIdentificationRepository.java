package io.cockpit.adapters.mysql.telemetry;

import io.cockpit.adapters.mysql.InstantColumns;
import io.cockpit.adapters.mysql.JdbiTransactions;
import io.cockpit.adapters.mysql.KeysetPage;
import io.cockpit.application.paging.Cursor;
import io.cockpit.application.paging.Page;
import io.cockpit.application.paging.PageRequest;
import io.cockpit.application.port.out.telemetry.IdentificationRepository;
import io.cockpit.domain.account.TrackingId;
import io.cockpit.domain.account.UserId;
import io.cockpit.domain.privacy.RequestNote;
import io.cockpit.domain.shared.ItemId;
import io.cockpit.domain.telemetry.Identification;
import io.cockpit.domain.telemetry.IdentificationReason;
import org.jdbi.v3.core.mapper.RowMapper;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The identifications of Tracking-IDs; erased by user in batches (select the ids, then delete up to the last). */
public final class JdbiIdentificationRepository implements IdentificationRepository {

    private static final KeysetPage ORDER = KeysetPage.byTimeDescending("identified_at", "id");
    private static final String COLUMNS = "id, identification_id, user_id, tracking_id, reason, note, operator, "
            + "identified_at";
    private static final RowMapper<Map.Entry<Long, Identification>> ROW = (rs, ctx) -> Map.entry(rs.getLong("id"),
            new Identification(new ItemId(rs.getString("identification_id")), new UserId(rs.getString("user_id")),
                    new TrackingId(rs.getString("tracking_id")),
                    IdentificationReason.fromWireName(rs.getString("reason")),
                    Optional.ofNullable(rs.getString("note")).map(RequestNote::new), rs.getString("operator"),
                    InstantColumns.read(rs, "identified_at")));

    private final JdbiTransactions db;

    public JdbiIdentificationRepository(JdbiTransactions db) {
        this.db = db;
    }

    @Override
    public void add(Identification identification) {
        db.withHandle(h -> h.createUpdate("INSERT INTO identification (identification_id, user_id, tracking_id, "
                        + "reason, note, operator, identified_at) VALUES (:id, :userId, :trackingId, :reason, :note, "
                        + ":operator, :at)")
                .bind("id", identification.id().value())
                .bind("userId", identification.userId().value())
                .bind("trackingId", identification.trackingId().value())
                .bind("reason", identification.reason().wireName())
                .bind("note", identification.note().map(RequestNote::value).orElse(null))
                .bind("operator", identification.operator())
                .bind("at", identification.identifiedAt())
                .execute());
    }

    @Override
    public Page<Identification> list(UserId userId, PageRequest page) {
        List<Map.Entry<Long, Identification>> rows = db.withHandle(h -> ORDER.bind(h.createQuery(
                        "SELECT " + COLUMNS + " FROM identification WHERE user_id = :userId" + ORDER.after(page)
                                + ORDER.orderAndLimit(page)), page)
                .bind("userId", userId.value())
                .map(ROW)
                .list());
        return Page.of(rows, page.limit(), row -> Cursor.at(row.getValue().identifiedAt(),
                Long.toString(row.getKey()))).map(Map.Entry::getValue);
    }

    @Override
    public int erase(UserId user, int limit) {
        return db.withHandle(h -> {
            List<Long> ids = h.createQuery("SELECT id FROM identification WHERE user_id = :userId ORDER BY id LIMIT "
                            + Math.max(1, limit))
                    .bind("userId", user.value())
                    .mapTo(Long.class)
                    .list();
            if (ids.isEmpty()) {
                return 0;
            }
            // the user's oldest rows up to the last one selected: no DELETE ... LIMIT, which H2 lacks
            return h.createUpdate("DELETE FROM identification WHERE user_id = :userId AND id <= :last")
                    .bind("userId", user.value())
                    .bind("last", ids.getLast())
                    .execute();
        });
    }
}
