package io.cockpit.adapters.mysql.linkedin;

import io.cockpit.adapters.mysql.InstantColumns;
import io.cockpit.adapters.mysql.JdbiTransactions;
import io.cockpit.application.paging.Cursor;
import io.cockpit.application.paging.Page;
import io.cockpit.application.paging.PageRequest;
import io.cockpit.application.port.out.linkedin.LinkedInExport;
import io.cockpit.application.port.out.linkedin.MessageRepository;
import io.cockpit.application.port.out.register.ExportedItem;
import io.cockpit.domain.account.UserId;
import io.cockpit.domain.linkedin.ConversationStats;
import io.cockpit.domain.linkedin.LinkedInPersonalData;
import io.cockpit.domain.linkedin.Message;
import io.cockpit.domain.linkedin.MessageDirection;
import io.cockpit.domain.linkedin.Urn;
import io.cockpit.domain.shared.ItemId;
import org.jdbi.v3.core.mapper.RowMapper;

import java.time.Instant;
import java.util.stream.Stream;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * {@code linkedin_message}. Inserts go in multi-row statements (a batch of 500 is two round trips); a conversation's
 * messages are paged along {@code (user_id, conversation_id, sent_at, message_id)} both ways.
 */
public final class JdbiMessageRepository implements MessageRepository {

    private static final List<String> COLUMNS = List.of("user_id", "message_id", "conversation_id", "message_urn",
            "sender_urn", "outbound", "sent_at", "edited_at", "version", "body", "reactions", "attachments",
            "has_attachments", "created_at", "updated_at");
    private static final String SELECT = "SELECT " + String.join(", ", COLUMNS) + " FROM linkedin_message";
    /** What is written: what is read and the folded text search looks in. */
    private static final List<String> WRITTEN = Stream.concat(COLUMNS.stream(), Stream.of("search_text", "search_tokens")).toList();
    private static final int EXPORT_BATCH = 500;

    private static final RowMapper<Message> MESSAGE = (rs, ctx) -> new Message(
            new ItemId(rs.getString("message_id")), new UserId(rs.getString("user_id")),
            new ItemId(rs.getString("conversation_id")), new Urn(rs.getString("message_urn")),
            new Urn(rs.getString("sender_urn")), rs.getBoolean("outbound"), InstantColumns.read(rs, "sent_at"),
            Sql.instant(rs, "edited_at"), InstantColumns.read(rs, "version"), rs.getString("body"),
            ItemLists.reactions(rs.getString("reactions")), ItemLists.attachments(rs.getString("attachments")),
            InstantColumns.read(rs, "created_at"), InstantColumns.read(rs, "updated_at"));

    private final JdbiTransactions db;
    private final IndexHints hints = new IndexHints();

    public JdbiMessageRepository(JdbiTransactions db) {
        this.db = db;
    }

    private static Object[] row(Message m) {
        String searchText = SearchColumn.of(m.text());
        return new Object[] {m.userId().value(), m.id().value(), m.conversationId().value(), m.urn().value(),
                m.sender().value(), m.outbound(), m.sentAt(), m.editedAt(), m.version(), m.text(),
                ItemLists.reactions(m.reactions()), ItemLists.attachments(m.attachments()), m.hasAttachments(),
                m.createdAt(), m.updatedAt(), searchText, SearchColumn.messageTokens(m.userId(), m.sentAt(), searchText)};
    }

    @Override
    public Map<Urn, Message> findByUrns(UserId user, Collection<Urn> urns) {
        Map<Urn, Message> found = new HashMap<>();
        for (List<Urn> chunk : Sql.chunks(new HashSet<>(urns))) {
            db.withHandle(h -> {
                var query = h.createQuery(SELECT + hints.in(h, "ix_h2_linkedin_message_urn")
                        + " WHERE user_id = ? AND message_urn IN (" + Sql.marks(chunk.size()) + ")");
                Sql.bindAll(query, Sql.bindAll(query, 0, user.value()), chunk.stream().map(Urn::value).toArray());
                query.map(MESSAGE).forEach(message -> found.put(message.urn(), message));
                return null;
            });
        }
        return found;
    }

    @Override
    public Optional<Message> find(UserId user, ItemId conversation, ItemId id) {
        return db.withHandle(h -> h.createQuery(SELECT + " WHERE user_id = ? AND message_id = ? AND conversation_id = ?")
                .bind(0, user.value()).bind(1, id.value()).bind(2, conversation.value()).map(MESSAGE).findOne());
    }

    @Override
    public void insert(List<Message> messages) {
        Sql.uniqueAndRetried(() -> db.withHandle(h -> {
            Sql.insertRows(h, "linkedin_message", WRITTEN, messages, JdbiMessageRepository::row);
            return null;
        }));
    }

    @Override
    public void update(List<Message> messages) {
        if (messages.isEmpty()) {
            return;
        }
        Sql.conflictsRetried(() -> db.withHandle(h -> {
            var batch = h.prepareBatch("UPDATE linkedin_message SET edited_at = ?, version = ?, body = ?, search_text = ?, search_tokens = ?, "
                    + "reactions = ?, attachments = ?, has_attachments = ?, updated_at = ? "
                    + "WHERE user_id = ? AND message_id = ?");
            for (Message m : messages) {
                String searchText = SearchColumn.of(m.text());
                Sql.bindAll(batch, 0, m.editedAt(), m.version(), m.text(), searchText,
                        SearchColumn.messageTokens(m.userId(), m.sentAt(), searchText), ItemLists.reactions(m.reactions()),
                        ItemLists.attachments(m.attachments()), m.hasAttachments(), m.updatedAt(), m.userId().value(),
                        m.id().value());
                batch.add();
            }
            return batch.execute();
        }));
    }

    @Override
    public boolean delete(UserId user, ItemId id) {
        return Sql.conflictsRetried(() -> db.withHandle(h -> h.createUpdate(
                        "DELETE FROM linkedin_message WHERE user_id = ? AND message_id = ?")
                .bind(0, user.value()).bind(1, id.value()).execute())) == 1;
    }

    @Override
    public int deleteConversation(UserId user, ItemId conversation) {
        return Sql.conflictsRetried(() -> db.withHandle(h -> h.createUpdate(
                        "DELETE FROM linkedin_message WHERE user_id = ? AND conversation_id = ?")
                .bind(0, user.value()).bind(1, conversation.value()).execute()));
    }

    @Override
    public int deleteFromSender(UserId user, ItemId conversation, Urn sender) {
        return Sql.conflictsRetried(() -> db.withHandle(h -> h.createUpdate(
                        "DELETE FROM linkedin_message WHERE user_id = ? AND conversation_id = ? AND sender_urn = ?")
                .bind(0, user.value()).bind(1, conversation.value()).bind(2, sender.value()).execute()));
    }

    @Override
    public ConversationStats statsOf(UserId user, ItemId conversation) {
        return db.withHandle(h -> {
            var totals = h.createQuery("SELECT COUNT(*) AS messages, "
                            + "COALESCE(SUM(CASE WHEN has_attachments = TRUE THEN 1 ELSE 0 END), 0) AS with_attachments, "
                            + "MIN(CASE WHEN outbound = TRUE THEN sent_at END) AS first_outbound_at, "
                            + "MAX(CASE WHEN outbound = TRUE THEN sent_at END) AS last_outbound_at, "
                            + "MAX(CASE WHEN outbound = FALSE THEN sent_at END) AS last_inbound_at "
                            + "FROM linkedin_message WHERE user_id = ? AND conversation_id = ?")
                    .bind(0, user.value()).bind(1, conversation.value())
                    .map((rs, ctx) -> new ConversationStats(rs.getInt("messages"), rs.getInt("with_attachments"),
                            Optional.empty(), false, Sql.instant(rs, "first_outbound_at"),
                            Sql.instant(rs, "last_outbound_at"), Sql.instant(rs, "last_inbound_at"))).one();
            Optional<Map.Entry<Instant, Boolean>> last = h.createQuery("SELECT sent_at, outbound FROM linkedin_message "
                            + "WHERE user_id = ? AND conversation_id = ? ORDER BY sent_at DESC, message_id DESC LIMIT 1")
                    .bind(0, user.value()).bind(1, conversation.value())
                    .map((rs, ctx) -> Map.entry(InstantColumns.read(rs, "sent_at"), rs.getBoolean("outbound")))
                    .findOne();
            return new ConversationStats(totals.messageCount(), totals.attachmentCount(),
                    last.map(Map.Entry::getKey), last.map(entry -> !entry.getValue()).orElse(false),
                    totals.firstOutboundAt(), totals.lastOutboundAt(), totals.lastInboundAt());
        });
    }

    @Override
    public Map<Urn, Instant> lastSentBySender(UserId user, ItemId conversation) {
        Map<Urn, Instant> found = new HashMap<>();
        db.withHandle(h -> {
            h.createQuery("SELECT sender_urn, MAX(sent_at) AS last_sent_at FROM linkedin_message "
                            + "WHERE user_id = ? AND conversation_id = ? GROUP BY sender_urn")
                    .bind(0, user.value()).bind(1, conversation.value())
                    .map((rs, ctx) -> Map.entry(new Urn(rs.getString("sender_urn")),
                            InstantColumns.read(rs, "last_sent_at")))
                    .forEach(entry -> found.put(entry.getKey(), entry.getValue()));
            return null;
        });
        return found;
    }

    @Override
    public Page<Message> page(UserId user, ItemId conversation, MessageDirection direction, PageRequest page) {
        boolean older = direction == MessageDirection.OLDER;
        String op = older ? "<" : ">";
        String order = older ? " DESC" : " ASC";
        String after = page.after().isEmpty() ? ""
                : " AND (sent_at " + op + " ? OR (sent_at = ? AND message_id " + op + " ?))";
        List<Message> rows = db.withHandle(h -> {
            var query = h.createQuery(SELECT + " WHERE user_id = ? AND conversation_id = ?" + after
                    + " ORDER BY user_id" + order + ", conversation_id" + order + ", sent_at" + order + ", message_id"
                    + order + " LIMIT " + (page.limit() + 1));
            int next = Sql.bindAll(query, 0, user.value(), conversation.value());
            page.after().ifPresent(cursor -> Sql.bindAll(query, next, cursor.time(), cursor.time(), cursor.id()));
            return query.map(MESSAGE).list();
        });
        return Page.of(rows, page.limit(), m -> Cursor.at(m.sentAt(), m.id().value()));
    }

    @Override
    public String category() {
        return LinkedInPersonalData.LINKEDIN_MESSAGES.id();
    }

    @Override
    public void export(UserId user, Consumer<ExportedItem> sink) {
        String after = "";
        while (true) {
            String from = after;
            List<Message> batch = db.withHandle(h -> h.createQuery(SELECT + " WHERE user_id = ? AND message_id > ? "
                            + "ORDER BY message_id LIMIT " + EXPORT_BATCH)
                    .bind(0, user.value()).bind(1, from).map(MESSAGE).list());
            batch.stream().map(LinkedInExport::message).forEach(sink);
            if (batch.size() < EXPORT_BATCH) {
                return;
            }
            after = batch.getLast().id().value();
        }
    }

    @Override
    public int erase(UserId user, int limit) {
        return db.withHandle(h -> {
            List<String> ids = h.createQuery("SELECT message_id FROM linkedin_message WHERE user_id = ? "
                    + "ORDER BY message_id LIMIT " + limit).bind(0, user.value()).mapTo(String.class).list();
            return Erasing.deleteIn(h, "linkedin_message", "message_id", user, ids);
        });
    }
}
