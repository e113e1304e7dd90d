package io.cockpit.adapters.mysql.privacy;

import io.cockpit.adapters.mysql.BatchDelete;
import io.cockpit.adapters.mysql.InstantColumns;
import io.cockpit.adapters.mysql.JdbiTransactions;
import io.cockpit.adapters.mysql.KeysetPage;
import io.cockpit.adapters.mysql.UniqueKeys;
import io.cockpit.application.paging.Cursor;
import io.cockpit.application.paging.Page;
import io.cockpit.application.paging.PageRequest;
import io.cockpit.application.paging.Pages;
import io.cockpit.application.port.out.privacy.RestrictionRepository;
import io.cockpit.application.port.out.register.ExportedItem;
import io.cockpit.application.port.out.shared.UniquenessViolation;
import io.cockpit.domain.account.UserId;
import io.cockpit.domain.privacy.ProcessingRestriction;
import io.cockpit.domain.privacy.RestrictionChange;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/** {@code processing_restriction} (one row per restricted user) and its history; the history is only inserted. */
public final class JdbiRestrictionRepository implements RestrictionRepository {

    private static final String BY_USER = "ix_restriction_event_user";
    private static final KeysetPage ORDER = KeysetPage.byTimeDescending("at", "id").within("user_id", BY_USER);
    private static final KeysetPage OLDEST_FIRST = KeysetPage.byTimeAscending("at", "id").within("user_id", BY_USER);
    private static final BatchDelete HISTORY_OF_USER = BatchDelete.inIndexOrder("restriction_event", "id", "user_id",
            "userId", "at, id");

    private final JdbiTransactions db;

    public JdbiRestrictionRepository(JdbiTransactions db) {
        this.db = db;
    }

    @Override
    public ProcessingRestriction find(UserId userId) {
        return db.withHandle(h -> h.createQuery("SELECT since FROM processing_restriction WHERE user_id = :userId")
                .bind("userId", userId.value())
                .map((rs, ctx) -> ProcessingRestriction.since(InstantColumns.read(rs, "since")))
                .findOne()
                .orElse(ProcessingRestriction.NONE));
    }

    @Override
    public boolean restrict(UserId userId, Instant since) {
        try {
            UniqueKeys.translate(Map.of(), () -> db.withHandle(h -> h.createUpdate(
                            "INSERT INTO processing_restriction (user_id, since) VALUES (:userId, :since)")
                    .bind("userId", userId.value())
                    .bind("since", since)
                    .execute()));
            return true;
        } catch (UniquenessViolation already) {
            return false;
        }
    }

    @Override
    public boolean lift(UserId userId) {
        return db.withHandle(h -> h.createUpdate("DELETE FROM processing_restriction WHERE user_id = :userId")
                .bind("userId", userId.value())
                .execute()) == 1;
    }

    @Override
    public void append(RestrictionChange change) {
        db.withHandle(h -> h.createUpdate("INSERT INTO restriction_event (user_id, restricted, at, source) "
                        + "VALUES (:userId, :restricted, :at, :source)")
                .bind("userId", change.userId().value())
                .bind("restricted", change.restricted())
                .bind("at", change.at())
                .bind("source", change.source())
                .execute());
    }

    @Override
    public Page<RestrictionChange> changes(UserId userId, PageRequest page) {
        return changes(userId, page, ORDER);
    }

    @Override
    public void export(UserId user, Consumer<ExportedItem> sink) {
        find(user).since().map(RestrictionRepository::exportedCurrent).ifPresent(sink);
        Pages.forEach(Pages.EXPORT_PAGE, page -> changes(user, page, OLDEST_FIRST),
                change -> sink.accept(RestrictionRepository.exported(change)));
    }

    /** The restriction row first, then the history. */
    @Override
    public int erase(UserId user, int limit) {
        int erased = lift(user) ? 1 : 0;
        return erased + (limit > erased ? HISTORY_OF_USER.run(db, Map.of("userId", user.value()), limit - erased) : 0);
    }

    private Page<RestrictionChange> changes(UserId userId, PageRequest page, KeysetPage order) {
        List<Map.Entry<Long, RestrictionChange>> rows = db.withHandle(h -> order.bind(h.createQuery(
                        "SELECT id, restricted, at, source FROM restriction_event" + order.indexHint(h)
                                + " WHERE user_id = :userId"
                                + order.after(page) + order.orderAndLimit(page, h)), page)
                .bind("userId", userId.value())
                .map((rs, ctx) -> Map.entry(rs.getLong("id"), new RestrictionChange(userId,
                        rs.getBoolean("restricted"), InstantColumns.read(rs, "at"), rs.getString("source"))))
                .list());
        return Page.of(rows, page.limit(), row -> Cursor.at(row.getValue().at(), Long.toString(row.getKey())))
                .map(Map.Entry::getValue);
    }
}
