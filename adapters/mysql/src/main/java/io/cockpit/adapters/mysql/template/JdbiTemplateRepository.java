package io.cockpit.adapters.mysql.template;

import io.cockpit.adapters.mysql.BatchDelete;
import io.cockpit.adapters.mysql.InstantColumns;
import io.cockpit.adapters.mysql.JdbiTransactions;
import io.cockpit.adapters.mysql.KeysetPage;
import io.cockpit.adapters.mysql.UniqueKeys;
import io.cockpit.application.paging.Cursor;
import io.cockpit.application.paging.Page;
import io.cockpit.application.paging.PageRequest;
import io.cockpit.application.paging.Pages;
import io.cockpit.application.port.out.register.ExportedItem;
import io.cockpit.application.port.out.shared.StaleWriteException;
import io.cockpit.application.port.out.shared.UniquenessViolation;
import io.cockpit.application.port.out.template.TemplateRepository;
import io.cockpit.domain.account.UserId;
import io.cockpit.domain.shared.ItemId;
import io.cockpit.domain.template.MessageTemplate;
import io.cockpit.domain.template.TemplateBody;
import io.cockpit.domain.template.TemplateName;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.statement.Update;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

public final class JdbiTemplateRepository implements TemplateRepository {

    private static final String COLUMNS = "template_id, user_id, name, body, version, created_at, updated_at";
    private static final KeysetPage ORDER = KeysetPage.byTextAscending("name_canonical", "template_id");
    private static final Map<String, UniquenessViolation.Rule> NAME = Map.of("uq_message_template_name",
            UniquenessViolation.Rule.IDENTIFIER);

    private static final RowMapper<MessageTemplate> TEMPLATE = (rs, ctx) -> new MessageTemplate(
            new ItemId(rs.getString("template_id")),
            new UserId(rs.getString("user_id")),
            new TemplateName(rs.getString("name")),
            TemplateBody.parse(rs.getString("body")),
            InstantColumns.read(rs, "created_at"),
            InstantColumns.read(rs, "updated_at"),
            rs.getLong("version"));

    private static final BatchDelete OF_USER = BatchDelete.byKey("message_template", "template_id",
            "user_id = :userId", "template_id");

    private final JdbiTransactions db;

    public JdbiTemplateRepository(JdbiTransactions db) {
        this.db = db;
    }

    /** The owner's count row is locked first, by every add and delete, so they cannot deadlock on the template rows. */
    @Override
    public boolean add(MessageTemplate template, int limit) {
        return db.inTransaction(() -> db.withHandle(h -> {
            // creates the count row at 0 or, if it exists, locks it (exclusively, unlike INSERT IGNORE's shared lock)
            h.createUpdate("INSERT INTO template_count (user_id, templates) VALUES (:userId, 0) "
                            + "ON DUPLICATE KEY UPDATE templates = templates")
                    .bind("userId", template.userId().value())
                    .execute();
            // a locking read sees the latest count, where InnoDB's plain read would see the transaction's snapshot
            int templates = h.createQuery("SELECT templates FROM template_count WHERE user_id = :userId FOR UPDATE")
                    .bind("userId", template.userId().value())
                    .mapTo(Integer.class)
                    .one();
            if (templates >= limit) {
                return false;
            }
            UniqueKeys.translate(NAME, () -> bindAll(h.createUpdate("INSERT INTO message_template (" + COLUMNS
                    + ", name_canonical) VALUES (:id, :userId, :name, :body, :version, :createdAt, :updatedAt, "
                    + ":nameCanonical)"), template).execute());
            h.createUpdate("UPDATE template_count SET templates = templates + 1 WHERE user_id = :userId")
                    .bind("userId", template.userId().value())
                    .execute();
            return true;
        }));
    }

    @Override
    public int count(UserId userId) {
        return db.withHandle(h -> h.createQuery("SELECT COUNT(*) FROM message_template WHERE user_id = :userId")
                .bind("userId", userId.value())
                .mapTo(Integer.class)
                .one());
    }

    @Override
    public Optional<MessageTemplate> find(UserId userId, ItemId id) {
        return db.withHandle(h -> h.createQuery("SELECT " + COLUMNS + " FROM message_template "
                        + "WHERE user_id = :userId AND template_id = :id")
                .bind("userId", userId.value())
                .bind("id", id.value())
                .map(TEMPLATE)
                .findOne());
    }

    @Override
    public Page<MessageTemplate> list(UserId userId, PageRequest page) {
        List<MessageTemplate> rows = db.withHandle(h -> ORDER.bind(h.createQuery("SELECT " + COLUMNS
                        + " FROM message_template WHERE user_id = :userId" + ORDER.after(page)
                        + ORDER.orderAndLimit(page)), page)
                .bind("userId", userId.value())
                .map(TEMPLATE)
                .list());
        return Page.of(rows, page.limit(), t -> new Cursor(t.name().canonical(), t.id().value()));
    }

    @Override
    public MessageTemplate update(MessageTemplate changed) {
        int updated = UniqueKeys.translate(NAME, () -> db.withHandle(h -> bindAll(h.createUpdate(
                "UPDATE message_template SET name = :name, name_canonical = :nameCanonical, body = :body, "
                        + "updated_at = :updatedAt, version = version + 1 "
                        + "WHERE user_id = :userId AND template_id = :id AND version = :version"), changed)
                .execute()));
        if (updated != 1) {
            throw new StaleWriteException("template");
        }
        return new MessageTemplate(changed.id(), changed.userId(), changed.name(), changed.body(), changed.createdAt(),
                changed.updatedAt(), changed.version() + 1);
    }

    @Override
    public boolean delete(UserId userId, ItemId id) {
        return db.inTransaction(() -> db.withHandle(h -> {
            h.createQuery("SELECT templates FROM template_count WHERE user_id = :userId FOR UPDATE")
                    .bind("userId", userId.value())
                    .mapTo(Integer.class)
                    .findOne();
            boolean deleted = h.createUpdate("DELETE FROM message_template WHERE user_id = :userId "
                            + "AND template_id = :id")
                    .bind("userId", userId.value())
                    .bind("id", id.value())
                    .execute() == 1;
            if (deleted) {
                h.createUpdate("UPDATE template_count SET templates = templates - 1 "
                                + "WHERE user_id = :userId AND templates > 0")
                        .bind("userId", userId.value())
                        .execute();
            }
            return deleted;
        }));
    }

    private static Update bindAll(Update statement, MessageTemplate template) {
        return statement
                .bind("id", template.id().value())
                .bind("userId", template.userId().value())
                .bind("name", template.name().value())
                .bind("nameCanonical", template.name().canonical())
                .bind("body", template.body().text())
                .bind("version", template.version())
                .bind("createdAt", template.createdAt())
                .bind("updatedAt", template.updatedAt());
    }

    @Override
    public void export(UserId user, Consumer<ExportedItem> sink) {
        Pages.forEach(Pages.EXPORT_PAGE, page -> list(user, page),
                template -> sink.accept(TemplateRepository.exported(template)));
    }

    /**
     * A batch of the user's templates; the count row is locked first, like every add and delete, then set to what is
     * left, and deleted once nothing is.
     */
    @Override
    public int erase(UserId user, int limit) {
        return db.inTransaction(() -> db.withHandle(h -> {
            h.createQuery("SELECT templates FROM template_count WHERE user_id = :userId FOR UPDATE")
                    .bind("userId", user.value())
                    .mapTo(Integer.class)
                    .findOne();
            int erased = OF_USER.run(db, Map.of("userId", user.value()), limit);
            h.createUpdate("UPDATE template_count SET templates = (SELECT COUNT(*) FROM message_template "
                            + "WHERE message_template.user_id = template_count.user_id) WHERE user_id = :userId")
                    .bind("userId", user.value())
                    .execute();
            h.createUpdate("DELETE FROM template_count WHERE user_id = :userId AND templates = 0")
                    .bind("userId", user.value())
                    .execute();
            return erased;
        }));
    }
}
