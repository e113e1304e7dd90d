package io.cockpit.adapters.mysql.label;

import io.cockpit.adapters.mysql.BatchDelete;
import io.cockpit.adapters.mysql.InstantColumns;
import io.cockpit.adapters.mysql.JdbiTransactions;
import io.cockpit.adapters.mysql.KeysetPage;
import io.cockpit.adapters.mysql.UniqueKeys;
import io.cockpit.application.paging.Cursor;
import io.cockpit.application.paging.Page;
import io.cockpit.application.paging.PageRequest;
import io.cockpit.application.paging.Pages;
import io.cockpit.application.port.out.label.LabelRepository;
import io.cockpit.application.port.out.register.ExportedItem;
import io.cockpit.application.port.out.shared.StaleWriteException;
import io.cockpit.application.port.out.shared.UniquenessViolation;
import io.cockpit.domain.account.UserId;
import io.cockpit.domain.label.Cadence;
import io.cockpit.domain.label.Colour;
import io.cockpit.domain.label.Label;
import io.cockpit.domain.label.LabelKind;
import io.cockpit.domain.label.LabelName;
import io.cockpit.domain.label.Priority;
import io.cockpit.domain.shared.ItemId;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.statement.Update;

import java.sql.Types;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

public final class JdbiLabelRepository implements LabelRepository {

    private static final String COLUMNS = "label_id, user_id, kind, name, colour, priority, version, created_at, updated_at, "
            + "follow_up_after_days, max_follow_ups, keep_in_touch_days";
    private static final KeysetPage ORDER = KeysetPage.byTextAscending("name_canonical", "label_id");
    private static final Map<String, UniquenessViolation.Rule> NAME = Map.of("uq_label_name",
            UniquenessViolation.Rule.IDENTIFIER);

    private static final RowMapper<Label> LABEL = (rs, ctx) -> new Label(new ItemId(rs.getString("label_id")),
            new UserId(rs.getString("user_id")), LabelKind.valueOf(rs.getString("kind")),
            new LabelName(rs.getString("name")), new Colour(rs.getString("colour")),
            Optional.ofNullable(rs.getObject("priority", Integer.class)).map(Priority::new),
            InstantColumns.read(rs, "created_at"), InstantColumns.read(rs, "updated_at"), rs.getLong("version"),
            new Cadence(Optional.ofNullable(rs.getObject("follow_up_after_days", Integer.class)),
                    Optional.ofNullable(rs.getObject("max_follow_ups", Integer.class)),
                    Optional.ofNullable(rs.getObject("keep_in_touch_days", Integer.class))));

    private static final BatchDelete OF_USER = BatchDelete.byKey("label", "label_id", "user_id = :userId",
            "label_id");

    private final JdbiTransactions db;

    public JdbiLabelRepository(JdbiTransactions db) {
        this.db = db;
    }

    /** The owner's count row is locked first, by every add and delete, so they cannot deadlock on the label rows. */
    @Override
    public boolean add(Label label, int limit) {
        return db.inTransaction(() -> db.withHandle(h -> {
            // creates the count row at 0 or, if it exists, locks it (exclusively, unlike INSERT IGNORE's shared lock)
            h.createUpdate("INSERT INTO label_count (user_id, kind, labels) VALUES (:userId, :kind, 0) "
                            + "ON DUPLICATE KEY UPDATE labels = labels")
                    .bind("userId", label.userId().value())
                    .bind("kind", label.kind().name())
                    .execute();
            // a locking read sees the latest count, where InnoDB's plain read would see the transaction's snapshot
            int labels = h.createQuery("SELECT labels FROM label_count WHERE user_id = :userId AND kind = :kind "
                            + "FOR UPDATE")
                    .bind("userId", label.userId().value())
                    .bind("kind", label.kind().name())
                    .mapTo(Integer.class)
                    .one();
            if (labels >= limit) {
                return false;
            }
            UniqueKeys.translate(NAME, () -> bindAll(h.createUpdate("INSERT INTO label (" + COLUMNS
                    + ", name_canonical) VALUES (:id, :userId, :kind, :name, :colour, :priority, :version, "
                    + ":createdAt, :updatedAt, :followUpAfterDays, :maxFollowUps, :keepInTouchDays, :nameCanonical)"), label).execute());
            h.createUpdate("UPDATE label_count SET labels = labels + 1 WHERE user_id = :userId AND kind = :kind")
                    .bind("userId", label.userId().value())
                    .bind("kind", label.kind().name())
                    .execute();
            return true;
        }));
    }

    @Override
    public Optional<Label> find(UserId userId, LabelKind kind, ItemId id) {
        return db.withHandle(h -> h.createQuery("SELECT " + COLUMNS + " FROM label "
                        + "WHERE user_id = :userId AND kind = :kind AND label_id = :id")
                .bind("userId", userId.value())
                .bind("kind", kind.name())
                .bind("id", id.value())
                .map(LABEL)
                .findOne());
    }

    @Override
    public Set<ItemId> lockExisting(UserId userId, LabelKind kind, Collection<ItemId> ids) {
        if (ids.isEmpty()) {
            return Set.of();
        }
        List<ItemId> distinct = List.copyOf(new LinkedHashSet<>(ids));
        return db.withHandle(h -> {
            var query = h.createQuery("SELECT label_id FROM label WHERE user_id = ? AND kind = ? AND label_id IN ("
                    + String.join(", ", Collections.nCopies(distinct.size(), "?")) + ") FOR UPDATE")
                    .bind(0, userId.value())
                    .bind(1, kind.name());
            for (int i = 0; i < distinct.size(); i++) {
                query.bind(i + 2, distinct.get(i).value());
            }
            return query.map((rs, ctx) -> new ItemId(rs.getString("label_id"))).collect(Collectors.toSet());
        });
    }

    @Override
    public Page<Label> list(UserId userId, LabelKind kind, PageRequest page) {
        List<Label> rows = db.withHandle(h -> ORDER.bind(h.createQuery("SELECT " + COLUMNS + " FROM label "
                        + "WHERE user_id = :userId AND kind = :kind" + ORDER.after(page) + ORDER.orderAndLimit(page)), page)
                .bind("userId", userId.value())
                .bind("kind", kind.name())
                .map(LABEL)
                .list());
        return Page.of(rows, page.limit(), l -> new Cursor(l.name().canonical(), l.id().value()));
    }

    @Override
    public int count(UserId userId, LabelKind kind) {
        return db.withHandle(h -> h.createQuery("SELECT COUNT(*) FROM label WHERE user_id = :userId AND kind = :kind")
                .bind("userId", userId.value())
                .bind("kind", kind.name())
                .mapTo(Integer.class)
                .one());
    }

    @Override
    public Label update(Label changed) {
        int updated = UniqueKeys.translate(NAME, () -> db.withHandle(h -> bindAll(h.createUpdate(
                "UPDATE label SET name = :name, name_canonical = :nameCanonical, colour = :colour, "
                        + "priority = :priority, follow_up_after_days = :followUpAfterDays, "
                        + "max_follow_ups = :maxFollowUps, keep_in_touch_days = :keepInTouchDays, "
                        + "updated_at = :updatedAt, version = version + 1 "
                        + "WHERE user_id = :userId AND kind = :kind AND label_id = :id AND version = :version"), changed)
                .execute()));
        if (updated != 1) {
            throw new StaleWriteException(changed.kind().codePrefix());
        }
        return new Label(changed.id(), changed.userId(), changed.kind(), changed.name(), changed.colour(),
                changed.priority(), changed.createdAt(), changed.updatedAt(), changed.version() + 1, changed.cadence());
    }

    @Override
    public boolean delete(UserId userId, LabelKind kind, ItemId id) {
        return db.inTransaction(() -> db.withHandle(h -> {
            h.createQuery("SELECT labels FROM label_count WHERE user_id = :userId AND kind = :kind FOR UPDATE")
                    .bind("userId", userId.value())
                    .bind("kind", kind.name())
                    .mapTo(Integer.class)
                    .findOne();
            boolean deleted = h.createUpdate("DELETE FROM label WHERE user_id = :userId AND kind = :kind "
                            + "AND label_id = :id")
                    .bind("userId", userId.value())
                    .bind("kind", kind.name())
                    .bind("id", id.value())
                    .execute() == 1;
            if (deleted) {
                h.createUpdate("UPDATE label_count SET labels = labels - 1 "
                                + "WHERE user_id = :userId AND kind = :kind AND labels > 0")
                        .bind("userId", userId.value())
                        .bind("kind", kind.name())
                        .execute();
            }
            return deleted;
        }));
    }

    private static Update bindAll(Update statement, Label label) {
        statement.bind("id", label.id().value())
                .bind("userId", label.userId().value())
                .bind("kind", label.kind().name())
                .bind("name", label.name().value())
                .bind("nameCanonical", label.name().canonical())
                .bind("colour", label.colour().hex())
                .bind("version", label.version())
                .bind("createdAt", label.createdAt())
                .bind("updatedAt", label.updatedAt());
        label.priority().ifPresentOrElse(p -> statement.bind("priority", p.value()),
                () -> statement.bindNull("priority", Types.INTEGER));
        bindOptional(statement, "followUpAfterDays", label.cadence().followUpAfterDays());
        bindOptional(statement, "maxFollowUps", label.cadence().maxFollowUps());
        bindOptional(statement, "keepInTouchDays", label.cadence().keepInTouchDays());
        return statement;
    }

    private static void bindOptional(Update statement, String name, Optional<Integer> value) {
        value.ifPresentOrElse(v -> statement.bind(name, v), () -> statement.bindNull(name, Types.INTEGER));
    }

    @Override
    public void export(UserId user, Consumer<ExportedItem> sink) {
        for (LabelKind kind : LabelKind.values()) {
            Pages.forEach(Pages.EXPORT_PAGE, page -> list(user, kind, page),
                    label -> sink.accept(LabelRepository.exported(label)));
        }
    }

    /**
     * A batch of the user's labels; the count rows are locked first, like every add and delete, then set to what is
     * left, and deleted once nothing is.
     */
    @Override
    public int erase(UserId user, int limit) {
        return db.inTransaction(() -> db.withHandle(h -> {
            h.createQuery("SELECT labels FROM label_count WHERE user_id = :userId FOR UPDATE")
                    .bind("userId", user.value())
                    .mapTo(Integer.class)
                    .list();
            int erased = OF_USER.run(db, Map.of("userId", user.value()), limit);
            h.createUpdate("UPDATE label_count SET labels = (SELECT COUNT(*) FROM label "
                            + "WHERE label.user_id = label_count.user_id AND label.kind = label_count.kind) "
                            + "WHERE user_id = :userId")
                    .bind("userId", user.value())
                    .execute();
            h.createUpdate("DELETE FROM label_count WHERE user_id = :userId AND labels = 0")
                    .bind("userId", user.value())
                    .execute();
            return erased;
        }));
    }
}
