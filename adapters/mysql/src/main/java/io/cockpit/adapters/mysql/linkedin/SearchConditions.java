package io.cockpit.adapters.mysql.linkedin;

import io.cockpit.domain.linkedin.search.ContactFilters;
import io.cockpit.domain.linkedin.search.ConversationFilters;
import io.cockpit.domain.linkedin.search.SearchFilters;
import io.cockpit.domain.linkedin.search.SearchQuery;
import io.cockpit.domain.linkedin.search.SearchType;
import io.cockpit.domain.shared.ItemId;

import java.time.Instant;
import java.util.Optional;

/**
 * The WHERE conditions of a search on a row {@code t} of one type's table: the query's terms ({@code LIKE} on the
 * folded {@code search_text}) and the filters. Plain SQL that H2 and MySQL run alike.
 */
final class SearchConditions {

    private SearchConditions() {
    }

    /** Every required term matches, no excluded one does. */
    static void matching(SearchSql sql, SearchQuery query) {
        for (SearchQuery.Term term : query.required()) {
            sql.append(" AND t.search_text LIKE ?", "%" + term.pattern() + "%");
        }
        for (SearchQuery.Term term : query.excluded()) {
            sql.append(" AND t.search_text NOT LIKE ?", "%" + term.pattern() + "%");
        }
    }

    /** {@code since}/{@code until} on the result's time, the type's own filters and the labels. */
    static void filters(SearchSql sql, SearchSource from, SearchFilters filters) {
        timeRange(sql, from, filters);
        switch (from.type()) {
            case CONTACTS -> contactFilters(sql, filters.contacts());
            case CONVERSATIONS -> conversationFilters(sql, "t", filters.conversations());
            case MESSAGES -> {
                if (filters.conversations().any()) {
                    sql.append(" AND EXISTS (SELECT 1 FROM linkedin_conversation c WHERE c.user_id = t.user_id"
                            + " AND c.conversation_id = t.conversation_id");
                    conversationFilters(sql, "c", filters.conversations());
                    sql.append(")");
                }
            }
        }
        filters.tag().ifPresent(tag -> label(sql, from, tag, "TAG"));
        filters.category().ifPresent(category -> label(sql, from, category, "CATEGORY"));
    }

    static void timeRange(SearchSql sql, SearchSource from, SearchFilters filters) {
        filters.since().ifPresent(since -> sql.append(" AND t." + from.at() + " >= ?", since));
        filters.until().ifPresent(until -> sql.append(" AND t." + from.at() + " < ?", until));
    }

    private static void contactFilters(SearchSql sql, ContactFilters filters) {
        contains(sql, "t.company_fold", filters.company());
        contains(sql, "t.job_position_fold", filters.position());
        contains(sql, "t.location_fold", filters.location());
        equal(sql, "t.written_to", filters.writtenTo());
        equal(sql, "t.replied", filters.replied());
        equal(sql, "t.do_not_contact", filters.doNotContact());
        // as in the contact list: a bound matches only contacts that have such a time
        bound(sql, "t.connected_at", ">=", filters.connectedSince());
        bound(sql, "t.connected_at", "<", filters.connectedUntil());
        bound(sql, "t.last_contact_at", ">=", filters.lastContactAfter());
        bound(sql, "t.last_contact_at", "<", filters.lastContactBefore());
    }

    private static void conversationFilters(SearchSql sql, String alias, ConversationFilters filters) {
        equal(sql, alias + ".unread", filters.unread());
        filters.awaitingReply().ifPresent(awaiting -> sql.append(awaiting
                ? " AND " + alias + ".last_message_inbound = TRUE AND " + alias + ".message_count > 0"
                : " AND (" + alias + ".last_message_inbound = FALSE OR " + alias + ".message_count = 0)"));
        filters.hasAttachments().ifPresent(has -> sql.append(" AND " + alias
                + (has ? ".attachment_count > 0" : ".attachment_count = 0")));
        filters.participant().ifPresent(contact -> sql.append(" AND EXISTS (SELECT 1 FROM linkedin_participant p"
                + " JOIN linkedin_contact k ON k.user_id = p.user_id AND k.profile_urn = p.profile_urn"
                + " WHERE p.user_id = " + alias + ".user_id AND p.conversation_id = " + alias + ".conversation_id"
                + " AND k.contact_id = ?)", contact.value()));
    }

    private static void contains(SearchSql sql, String column, Optional<String> folded) {
        folded.ifPresent(text -> sql.append(" AND " + column + " LIKE ? ESCAPE '!'",
                "%" + text.replace("!", "!!").replace("%", "!%").replace("_", "!_") + "%"));
    }

    private static void equal(SearchSql sql, String column, Optional<Boolean> value) {
        value.ifPresent(flag -> sql.append(" AND " + column + " = ?", flag));
    }

    private static void bound(SearchSql sql, String column, String operator, Optional<Instant> value) {
        value.ifPresent(at -> sql.append(" AND " + column + " " + operator + " ? AND " + column + " <> ?", at,
                Sql.NONE));
    }

    /** The item's (a message's: its conversation's) labels, as a list the database can start from. */
    private static void label(SearchSql sql, SearchSource from, ItemId label, String kind) {
        sql.append(" AND t." + from.labelOwner() + " IN (SELECT l." + from.labelOwner() + " FROM " + from.labels()
                + " l WHERE l.user_id = t.user_id AND l.label_id = ? AND l.kind = ?)", label.value(), kind);
    }

    /** Only rows after {@code position} in search order ({@code score} is the row's score expression). */
    static void after(SearchSql sql, SearchSource from, SearchSql score,
                      io.cockpit.domain.linkedin.search.SearchPosition position) {
        int byType = from.type().compareTo(position.type());
        String at = "t." + from.at();
        sql.append(" AND (").append(score).append(" < ?", position.score()).append(" OR (").append(score)
                .append(" = ?", position.score());
        if (byType > 0) {
            sql.append(" AND " + at + " <= ?", position.at());
        } else if (byType < 0) {
            sql.append(" AND " + at + " < ?", position.at());
        } else {
            sql.append(" AND (" + at + " < ? OR (" + at + " = ? AND t." + from.id() + " < ?))", position.at(),
                    position.at(), position.id().value());
        }
        sql.append("))");
    }

}
