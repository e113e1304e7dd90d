package io.cockpit.adapters.mysql.linkedin;

import io.cockpit.adapters.mysql.InstantColumns;
import io.cockpit.adapters.mysql.JdbiTransactions;
import io.cockpit.application.paging.Cursor;
import io.cockpit.application.paging.Page;
import io.cockpit.application.paging.PageRequest;
import io.cockpit.application.port.out.linkedin.ConversationRepository;
import io.cockpit.application.port.out.linkedin.LinkedInExport;
import io.cockpit.application.port.out.register.ExportedItem;
import io.cockpit.domain.account.UserId;
import io.cockpit.domain.linkedin.ContactActivity;
import io.cockpit.domain.linkedin.Conversation;
import io.cockpit.domain.linkedin.ConversationQuery;
import io.cockpit.domain.linkedin.ConversationStats;
import io.cockpit.domain.linkedin.LabelIds;
import io.cockpit.domain.linkedin.LinkedInPersonalData;
import io.cockpit.domain.linkedin.Participant;
import io.cockpit.domain.linkedin.Urn;
import io.cockpit.domain.shared.ItemId;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.mapper.RowMapper;

import java.util.stream.Stream;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * {@code linkedin_conversation}, {@code linkedin_participant} and {@code linkedin_conversation_label}. The list walks
 * {@code (user_id, last_message_at, conversation_id)} newest first; a conversation's participants come with it (one
 * query per page).
 */
public final class JdbiConversationRepository implements ConversationRepository {

    private static final List<String> COLUMNS = List.of("user_id", "conversation_id", "conversation_urn", "title",
            "unread", "modified_at", "message_count", "attachment_count", "last_message_at", "last_message_inbound",
            "first_outbound_at", "last_outbound_at", "last_inbound_at", "created_at", "updated_at");
    private static final String SELECT = "SELECT " + String.join(", ", COLUMNS) + " FROM linkedin_conversation";
    /** What is written: what is read and the folded text search looks in. */
    private static final List<String> WRITTEN = Stream.concat(COLUMNS.stream(), Stream.of("search_text", "search_tokens")).toList();
    private static final List<String> PARTICIPANT_COLUMNS = List.of("user_id", "conversation_id", "profile_urn",
            "last_sent_at");
    private static final int EXPORT_BATCH = 500;

    /** A conversation row before its participants are read. */
    private record Row(Conversation conversation) {
    }

    private static final RowMapper<Row> ROW = (rs, ctx) -> new Row(new Conversation(
            new ItemId(rs.getString("conversation_id")), new UserId(rs.getString("user_id")),
            new Urn(rs.getString("conversation_urn")), Optional.ofNullable(rs.getString("title")),
            rs.getBoolean("unread"), InstantColumns.read(rs, "modified_at"), List.of(),
            new ConversationStats(rs.getInt("message_count"), rs.getInt("attachment_count"),
                    Sql.sortTime(rs, "last_message_at"), rs.getBoolean("last_message_inbound"),
                    Sql.instant(rs, "first_outbound_at"), Sql.instant(rs, "last_outbound_at"),
                    Sql.instant(rs, "last_inbound_at")),
            InstantColumns.read(rs, "created_at"), InstantColumns.read(rs, "updated_at")));

    private final JdbiTransactions db;
    private final Labels labels;
    private final IndexHints hints = new IndexHints();

    public JdbiConversationRepository(JdbiTransactions db) {
        this.db = db;
        this.labels = new Labels(db, "linkedin_conversation_label", "conversation_id");
    }

    private static Object[] row(Conversation c) {
        ConversationStats stats = c.stats();
        return new Object[] {c.userId().value(), c.id().value(), c.urn().value(), c.title(), c.unread(),
                c.modifiedAt(), stats.messageCount(), stats.attachmentCount(), stats.lastMessageAt().orElse(Sql.NONE),
                stats.lastMessageInbound(), stats.firstOutboundAt(), stats.lastOutboundAt(), stats.lastInboundAt(),
                c.createdAt(), c.updatedAt(), SearchColumn.of(c.title().orElse(null)),
                SearchColumn.tokens(c.userId(), SearchColumn.of(c.title().orElse(null)))};
    }

    /** The conversations with their participants (in URN order). */
    private List<Conversation> withParticipants(Handle h, UserId user, List<Row> rows) {
        Map<ItemId, List<Participant>> participants = new HashMap<>();
        for (List<Row> chunk : Sql.chunks(rows)) {
            var query = h.createQuery("SELECT conversation_id, profile_urn, last_sent_at FROM linkedin_participant"
                    + hints.in(h, "ix_h2_linkedin_participant_conversation") + " WHERE user_id = ? AND conversation_id IN ("
                    + Sql.marks(chunk.size()) + ")");
            Sql.bindAll(query, Sql.bindAll(query, 0, user.value()),
                    chunk.stream().map(r -> r.conversation().id().value()).toArray());
            query.map((rs, ctx) -> Map.entry(new ItemId(rs.getString("conversation_id")),
                            new Participant(new Urn(rs.getString("profile_urn")), Sql.instant(rs, "last_sent_at"))))
                    .forEach(entry -> participants.computeIfAbsent(entry.getKey(), k -> new ArrayList<>())
                            .add(entry.getValue()));
        }
        return rows.stream().map(Row::conversation).map(c -> new Conversation(c.id(), c.userId(), c.urn(), c.title(),
                c.unread(), c.modifiedAt(), participants.getOrDefault(c.id(), List.of()).stream()
                .sorted(Comparator.comparing(Participant::urn)).toList(), c.stats(), c.createdAt(), c.updatedAt()))
                .toList();
    }

    @Override
    public Map<Urn, Conversation> findByUrns(UserId user, Collection<Urn> urns) {
        Map<Urn, Conversation> found = new HashMap<>();
        for (List<Urn> chunk : Sql.chunks(new HashSet<>(urns))) {
            db.withHandle(h -> {
                var query = h.createQuery(SELECT + hints.in(h, "ix_h2_linkedin_conversation_urn")
                        + " WHERE user_id = ? AND conversation_urn IN (" + Sql.marks(chunk.size()) + ")");
                Sql.bindAll(query, Sql.bindAll(query, 0, user.value()), chunk.stream().map(Urn::value).toArray());
                withParticipants(h, user, query.map(ROW).list()).forEach(c -> found.put(c.urn(), c));
                return null;
            });
        }
        return found;
    }

    @Override
    public Optional<Conversation> find(UserId user, ItemId id) {
        return db.withHandle(h -> withParticipants(h, user, h.createQuery(SELECT
                        + " WHERE user_id = ? AND conversation_id = ?").bind(0, user.value()).bind(1, id.value())
                .map(ROW).list()).stream().findFirst());
    }

    @Override
    public void insert(List<Conversation> conversations) {
        Sql.uniqueAndRetried(() -> db.withHandle(h -> {
            Sql.insertRows(h, "linkedin_conversation", WRITTEN, conversations, JdbiConversationRepository::row);
            insertParticipants(h, conversations);
            return null;
        }));
    }

    private static void insertParticipants(Handle h, List<Conversation> conversations) {
        List<Object[]> rows = new ArrayList<>();
        conversations.forEach(c -> c.participants().forEach(p -> rows.add(new Object[] {c.userId().value(),
                c.id().value(), p.urn().value(), p.lastSentAt()})));
        Sql.insertRows(h, "linkedin_participant", PARTICIPANT_COLUMNS, rows, row -> row);
    }

    @Override
    public void update(List<Conversation> conversations) {
        if (conversations.isEmpty()) {
            return;
        }
        Sql.conflictsRetried(() -> db.withHandle(h -> {
            var batch = h.prepareBatch("UPDATE linkedin_conversation SET title = ?, search_text = ?, search_tokens = ?, unread = ?, modified_at = ?, "
                    + "message_count = ?, attachment_count = ?, last_message_at = ?, last_message_inbound = ?, "
                    + "first_outbound_at = ?, last_outbound_at = ?, last_inbound_at = ?, updated_at = ? "
                    + "WHERE user_id = ? AND conversation_id = ?");
            for (Conversation c : conversations) {
                ConversationStats s = c.stats();
                Sql.bindAll(batch, 0, c.title(), SearchColumn.of(c.title().orElse(null)),
                        SearchColumn.tokens(c.userId(), SearchColumn.of(c.title().orElse(null))), c.unread(), c.modifiedAt(), s.messageCount(), s.attachmentCount(),
                        s.lastMessageAt().orElse(Sql.NONE), s.lastMessageInbound(), s.firstOutboundAt(),
                        s.lastOutboundAt(), s.lastInboundAt(), c.updatedAt(), c.userId().value(), c.id().value());
                batch.add();
            }
            batch.execute();
            Map<UserId, List<String>> byUser = new HashMap<>();
            conversations.forEach(c -> byUser.computeIfAbsent(c.userId(), u -> new ArrayList<>()).add(c.id().value()));
            byUser.forEach((user, ids) -> Erasing.deleteIn(h, "linkedin_participant", "conversation_id", user, ids));
            insertParticipants(h, conversations);
            return null;
        }));
    }

    @Override
    public boolean delete(UserId user, ItemId id) {
        return Sql.conflictsRetried(() -> db.inTransaction(() -> db.withHandle(h -> {
            Erasing.deleteIn(h, "linkedin_participant", "conversation_id", user, List.of(id.value()));
            labels.removeOwners(user, List.of(id.value()));
            return Erasing.deleteIn(h, "linkedin_conversation", "conversation_id", user, List.of(id.value())) == 1;
        })));
    }

    @Override
    public List<ItemId> withParticipant(UserId user, Urn participant) {
        return db.withHandle(h -> h.createQuery("SELECT conversation_id FROM linkedin_participant "
                        + "WHERE user_id = ? AND profile_urn = ? ORDER BY conversation_id")
                .bind(0, user.value()).bind(1, participant.value())
                .map((rs, ctx) -> new ItemId(rs.getString("conversation_id"))).list());
    }

    @Override
    public Map<Urn, ContactActivity> activityOf(UserId user, Collection<Urn> people) {
        Map<Urn, ContactActivity> found = new HashMap<>();
        for (List<Urn> chunk : Sql.chunks(new HashSet<>(people))) {
            db.withHandle(h -> {
                var query = h.createQuery("SELECT p.profile_urn, MIN(c.first_outbound_at) AS first_outbound_at, "
                        + "MAX(c.last_outbound_at) AS last_outbound_at, MAX(p.last_sent_at) AS last_inbound_at "
                        + "FROM linkedin_participant p" + hints.in(h, "ix_h2_linkedin_participant_profile")
                        + " JOIN linkedin_conversation c "
                        + "ON c.user_id = p.user_id AND c.conversation_id = p.conversation_id "
                        + "WHERE p.user_id = ? AND p.profile_urn IN (" + Sql.marks(chunk.size()) + ") "
                        + "GROUP BY p.profile_urn");
                Sql.bindAll(query, Sql.bindAll(query, 0, user.value()), chunk.stream().map(Urn::value).toArray());
                query.map((rs, ctx) -> Map.entry(new Urn(rs.getString("profile_urn")),
                                new ContactActivity(Sql.instant(rs, "first_outbound_at"),
                                        Sql.instant(rs, "last_outbound_at"), Sql.instant(rs, "last_inbound_at"))))
                        .forEach(entry -> found.put(entry.getKey(), entry.getValue()));
                return null;
            });
        }
        return found;
    }

    @Override
    public Page<Conversation> list(UserId user, ConversationQuery query, PageRequest page) {
        StringBuilder sql = new StringBuilder(SELECT).append(" c WHERE c.user_id = ?");
        List<Object> values = new ArrayList<>(List.of(user.value()));
        query.unread().ifPresent(unread -> {
            sql.append(" AND c.unread = ?");
            values.add(unread);
        });
        query.awaitingReply().ifPresent(awaiting -> sql.append(awaiting
                ? " AND c.last_message_inbound = TRUE AND c.message_count > 0"
                : " AND (c.last_message_inbound = FALSE OR c.message_count = 0)"));
        query.tag().ifPresent(tag -> {
            sql.append(labels.filter("c.conversation_id"));
            values.add(user.value());
            values.add(tag.value());
        });
        query.category().ifPresent(category -> {
            sql.append(labels.filter("c.conversation_id"));
            values.add(user.value());
            values.add(category.value());
        });
        query.participant().ifPresent(person -> {
            sql.append(" AND c.conversation_id IN (SELECT p.conversation_id FROM linkedin_participant p "
                    + "WHERE p.user_id = ? AND p.profile_urn = ?)");
            values.add(user.value());
            values.add(person.value());
        });
        query.since().ifPresent(since -> {
            sql.append(" AND c.last_message_at >= ? AND c.last_message_at <> ?");
            values.add(since);
            values.add(Sql.NONE);
        });
        query.until().ifPresent(until -> {
            sql.append(" AND c.last_message_at < ? AND c.last_message_at <> ?");
            values.add(until);
            values.add(Sql.NONE);
        });
        query.hasAttachments().ifPresent(has -> sql.append(has ? " AND c.attachment_count > 0"
                : " AND c.attachment_count = 0"));
        page.after().ifPresent(cursor -> {
            sql.append(" AND (c.last_message_at < ? OR (c.last_message_at = ? AND c.conversation_id < ?))");
            values.add(cursor.time());
            values.add(cursor.time());
            values.add(cursor.id());
        });
        List<Conversation> rows = db.withHandle(h -> {
            // user_id first on H2 only (it reads the index in order then; MariaDB sorts the user's range instead)
            sql.append(" ORDER BY ").append(hints.isH2(h) ? "c.user_id DESC, " : "")
                    .append("c.last_message_at DESC, c.conversation_id DESC LIMIT ").append(page.limit() + 1);
            var select = h.createQuery(sql.toString());
            Sql.bindAll(select, 0, values.toArray());
            return withParticipants(h, user, select.map(ROW).list());
        });
        return Page.of(rows, page.limit(), c -> Cursor.at(c.stats().lastMessageAt().orElse(Sql.NONE), c.id().value()));
    }

    @Override
    public Map<ItemId, LabelIds> labelsOf(UserId user, Collection<ItemId> conversations) {
        return labels.of(user, conversations);
    }

    @Override
    public void setLabels(UserId user, ItemId conversation, LabelIds newLabels) {
        Sql.conflictsRetried(() -> {
            labels.set(user, conversation, newLabels);
            return null;
        });
    }

    @Override
    public void removeLabel(UserId user, ItemId label) {
        labels.remove(user, label);
    }

    @Override
    public String category() {
        return LinkedInPersonalData.LINKEDIN_CONVERSATIONS.id();
    }

    @Override
    public void export(UserId user, Consumer<ExportedItem> sink) {
        String after = "";
        while (true) {
            String from = after;
            List<Conversation> batch = db.withHandle(h -> withParticipants(h, user, h.createQuery(SELECT
                            + " WHERE user_id = ? AND conversation_id > ? ORDER BY conversation_id LIMIT " + EXPORT_BATCH)
                    .bind(0, user.value()).bind(1, from).map(ROW).list()));
            Map<ItemId, LabelIds> labelled = labels.of(user, batch.stream().map(Conversation::id).toList());
            batch.forEach(c -> sink.accept(LinkedInExport.conversation(c,
                    labelled.getOrDefault(c.id(), LabelIds.NONE))));
            if (batch.size() < EXPORT_BATCH) {
                return;
            }
            after = batch.getLast().id().value();
        }
    }

    @Override
    public int erase(UserId user, int limit) {
        return db.inTransaction(() -> db.withHandle(h -> {
            List<String> ids = h.createQuery("SELECT conversation_id FROM linkedin_conversation WHERE user_id = ? "
                    + "ORDER BY conversation_id LIMIT " + limit).bind(0, user.value()).mapTo(String.class).list();
            if (ids.isEmpty()) {
                return labels.eraseAll(user) + h.createUpdate("DELETE FROM linkedin_participant WHERE user_id = ?")
                        .bind(0, user.value()).execute();
            }
            Erasing.deleteIn(h, "linkedin_participant", "conversation_id", user, ids);
            labels.removeOwners(user, ids);
            return Erasing.deleteIn(h, "linkedin_conversation", "conversation_id", user, ids);
        }));
    }
}
