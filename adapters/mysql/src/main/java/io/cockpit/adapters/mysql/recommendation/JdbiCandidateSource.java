package io.cockpit.adapters.mysql.recommendation;

import io.cockpit.adapters.mysql.InstantColumns;
import io.cockpit.adapters.mysql.JdbiTransactions;
import io.cockpit.adapters.mysql.KeysetPage;
import io.cockpit.application.port.out.recommendation.CandidateSource;
import io.cockpit.domain.account.UserId;
import io.cockpit.domain.linkedin.ContactActivity;
import io.cockpit.domain.recommendation.ContactSummary;
import io.cockpit.domain.shared.ItemId;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads the LinkedIn tables for the suggestions, never writes them. Everything a contact's ranking needs is kept on
 * its row (activity derived on write), except the unanswered messages: counted, for the few contacts asked for, from
 * the messages of conversations whose last message is the user's, after the contact's last message there.
 */
public final class JdbiCandidateSource implements CandidateSource {

    /** "No time" in the LinkedIn tables' NOT NULL sort columns. */
    private static final Instant NONE = Instant.EPOCH;
    private static final int CHUNK = 250;

    private final JdbiTransactions db;

    public JdbiCandidateSource(JdbiTransactions db) {
        this.db = db;
    }

    private record Row(ItemId id, boolean doNotContact, Optional<Instant> connectedAt,
                       ContactActivity activity) {
    }

    @Override
    public List<ContactFacts> facts(UserId user) {
        return db.withHandle(h -> {
            List<Row> rows = h.createQuery("SELECT contact_id, do_not_contact, connected_at, "
                            + "first_outbound_at, last_outbound_at, last_inbound_at FROM linkedin_contact "
                            + "WHERE user_id = ?")
                    .bind(0, user.value())
                    .map((rs, ctx) -> new Row(new ItemId(rs.getString("contact_id")),
                            rs.getBoolean("do_not_contact"),
                            optional(rs, "connected_at").filter(at -> !at.equals(NONE)),
                            new ContactActivity(optional(rs, "first_outbound_at"), optional(rs, "last_outbound_at"),
                                    optional(rs, "last_inbound_at"))))
                    .list();
            Map<String, List<ItemId>> categories = new HashMap<>();
            h.createQuery("SELECT contact_id, label_id FROM linkedin_contact_label WHERE user_id = ? AND kind = ?")
                    .bind(0, user.value()).bind(1, "CATEGORY")
                    .map((rs, ctx) -> Map.entry(rs.getString("contact_id"), new ItemId(rs.getString("label_id"))))
                    .forEach(e -> categories.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(e.getValue()));
            List<ContactFacts> facts = new ArrayList<>(rows.size());
            for (Row row : rows) {
                facts.add(new ContactFacts(row.id(), row.doNotContact(), row.connectedAt(), row.activity(),
                        categories.getOrDefault(row.id().value(), List.of())));
            }
            return facts;
        });
    }

    @Override
    public Map<ItemId, Integer> unansweredSent(UserId user, Collection<ItemId> contacts) {
        Map<ItemId, Integer> counts = new HashMap<>();
        List<String> ids = new ArrayList<>(new LinkedHashSet<>(contacts.stream().map(ItemId::value).toList()));
        for (int from = 0; from < ids.size(); from += CHUNK) {
            List<String> chunk = ids.subList(from, Math.min(ids.size(), from + CHUNK));
            db.withHandle(h -> {
                var query = h.createQuery("SELECT ct.contact_id, COUNT(*) AS sent FROM linkedin_contact ct "
                        + "JOIN linkedin_participant p ON p.user_id = ct.user_id AND p.profile_urn = ct.profile_urn "
                        + "JOIN linkedin_conversation c ON c.user_id = p.user_id AND c.conversation_id = p.conversation_id "
                        + "JOIN linkedin_message m ON m.user_id = p.user_id AND m.conversation_id = p.conversation_id "
                        + "AND m.sent_at > COALESCE(p.last_sent_at, ?) AND m.outbound = TRUE "
                        + "WHERE ct.user_id = ? AND c.last_message_inbound = FALSE AND ct.contact_id IN ("
                        + String.join(", ", java.util.Collections.nCopies(chunk.size(), "?")) + ") "
                        + "GROUP BY ct.contact_id");
                query.bind(0, NONE).bind(1, user.value());
                for (int i = 0; i < chunk.size(); i++) {
                    query.bind(i + 2, chunk.get(i));
                }
                query.map((rs, ctx) -> Map.entry(new ItemId(rs.getString("contact_id")), rs.getInt("sent")))
                        .forEach(e -> counts.put(e.getKey(), e.getValue()));
                return null;
            });
        }
        return counts;
    }

    @Override
    public Map<ItemId, ContactSummary> summaries(UserId user, Collection<ItemId> contacts) {
        Map<ItemId, ContactSummary> found = new HashMap<>();
        List<String> ids = new ArrayList<>(new LinkedHashSet<>(contacts.stream().map(ItemId::value).toList()));
        for (int from = 0; from < ids.size(); from += CHUNK) {
            List<String> chunk = ids.subList(from, Math.min(ids.size(), from + CHUNK));
            db.withHandle(h -> {
                var query = h.createQuery("SELECT contact_id, first_name, last_name, headline, company, job_position, "
                        + "profile_url FROM linkedin_contact WHERE user_id = ? AND contact_id IN ("
                        + String.join(", ", java.util.Collections.nCopies(chunk.size(), "?")) + ")");
                query.bind(0, user.value());
                for (int i = 0; i < chunk.size(); i++) {
                    query.bind(i + 1, chunk.get(i));
                }
                query.map((rs, ctx) -> new ContactSummary(new ItemId(rs.getString("contact_id")),
                                rs.getString("first_name"), rs.getString("last_name"),
                                Optional.ofNullable(rs.getString("headline")),
                                Optional.ofNullable(rs.getString("company")),
                                Optional.ofNullable(rs.getString("job_position")),
                                Optional.ofNullable(rs.getString("profile_url"))))
                        .forEach(s -> found.put(s.contactId(), s));
                return null;
            });
        }
        return found;
    }

    @Override
    public int messagesSent(UserId user, Instant from, Instant to) {
        return db.withHandle(h -> h.createQuery("SELECT COUNT(*) FROM linkedin_message "
                        + "WHERE user_id = ? AND outbound = TRUE AND sent_at >= ? AND sent_at < ?")
                .bind(0, user.value()).bind(1, from).bind(2, to)
                .mapTo(Integer.class).one());
    }

    @Override
    public int followUpsSent(UserId user, Instant from, Instant to) {
        // the message before each of today's: the user's own (no answer in between) makes it a follow-up; the
        // range on sent_at lets the conversation index find it backwards from the message. Over JDBC MariaDB chose
        // the user's time index for the ORDER BY ... LIMIT 1 instead and walked all their messages for each of
        // today's (3 s a request with 100,000; the mariadb client's plan of the same text took 22 ms): named here
        return db.withHandle(h -> h.createQuery("SELECT COUNT(*) FROM linkedin_message m "
                        + "WHERE m.user_id = ? AND m.outbound = TRUE AND m.sent_at >= ? AND m.sent_at < ? "
                        + "AND (SELECT p.outbound FROM linkedin_message p"
                        + (KeysetPage.isH2(h) ? "" : " FORCE INDEX (ix_linkedin_message_conversation)")
                        + " WHERE p.user_id = m.user_id "
                        + "AND p.conversation_id = m.conversation_id AND p.sent_at <= m.sent_at "
                        + "AND (p.sent_at < m.sent_at OR p.message_id < m.message_id) "
                        + "ORDER BY p.sent_at DESC, p.message_id DESC LIMIT 1) = TRUE")
                .bind(0, user.value()).bind(1, from).bind(2, to)
                .mapTo(Integer.class).one());
    }

    private static Optional<Instant> optional(ResultSet rs, String column) throws SQLException {
        return Optional.ofNullable(InstantColumns.read(rs, column));
    }
}
