package io.cockpit.adapters.mysql.linkedin;

import io.cockpit.adapters.mysql.InstantColumns;
import io.cockpit.adapters.mysql.JdbiTransactions;
import io.cockpit.application.port.out.linkedin.LinkedInSearch;
import io.cockpit.application.port.out.linkedin.SearchCandidate;
import io.cockpit.domain.account.UserId;
import io.cockpit.domain.linkedin.search.ContactFilters;
import io.cockpit.domain.linkedin.search.ConversationFilters;
import io.cockpit.domain.linkedin.search.SearchFilters;
import io.cockpit.domain.linkedin.search.SearchPosition;
import io.cockpit.domain.linkedin.search.SearchQuery;
import io.cockpit.domain.linkedin.search.SearchType;
import io.cockpit.domain.shared.ItemId;
import org.jdbi.v3.core.Handle;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Search over {@code search_text} of contacts, conversations and messages. Matching is {@code LIKE '% word%'} on the
 * folded text on every database, so H2 and MySQL answer the same. On MySQL an InnoDB FULLTEXT probe
 * ({@code MATCH ... AGAINST ('+word* +other*' IN BOOLEAN MODE)}) with the query's long enough words that
 * are not InnoDB stop words picks the candidates first; its operators never see the user's text, only folded words.
 * Before that, the user's {@link #SCAN} newest rows (after the cursor) are looked through in order: a common word
 * fills the page from them, where the index would hand over every row of every user with that word. Both ways give
 * the same rows: the first only answers when it found a whole page.
 */
public final class JdbiLinkedInSearch implements LinkedInSearch {

    /** InnoDB's defaults (innodb_ft_min_token_size, innodb_ft_max_token_size, the default stop word list). */
    static final int MIN_TOKEN = 3;
    static final int MAX_TOKEN = 84;
    static final Set<String> STOP_WORDS = Set.of("a", "about", "an", "are", "as", "at", "be", "by", "com", "de", "en",
            "for", "from", "how", "i", "in", "is", "it", "la", "of", "on", "or", "that", "the", "this", "to", "was",
            "what", "when", "where", "who", "will", "with", "und", "www");

    /** How many of the newest rows are looked through before the index is asked. */
    static final int SCAN = 2000;

    private final JdbiTransactions db;
    private final IndexHints dialect = new IndexHints();

    public JdbiLinkedInSearch(JdbiTransactions db) {
        this.db = db;
    }

    /** Where one type's items are. */
    private record Source(String table, String id, String at, String labels, String labelOwner, String columns) {
    }

    private static Source source(SearchType type) {
        return switch (type) {
            case CONTACTS -> new Source("linkedin_contact", "contact_id", "last_contact_at", "linkedin_contact_label",
                    "contact_id", "first_name, last_name, headline, company, job_position");
            case CONVERSATIONS -> new Source("linkedin_conversation", "conversation_id", "last_message_at",
                    "linkedin_conversation_label", "conversation_id", "title");
            case MESSAGES -> new Source("linkedin_message", "message_id", "sent_at", "linkedin_conversation_label",
                    "conversation_id", "conversation_id, body");
        };
    }

    @Override
    public List<SearchCandidate> find(UserId user, SearchType type, SearchQuery query, SearchFilters filters,
                                      Optional<SearchPosition> after, int limit) {
        Source from = source(type);
        return db.withHandle(h -> {
            // a common word fills the page from the newest rows; the index is asked only when they do not
            List<SearchCandidate> newest = newestRows(h, user, type, from, query, filters, after, limit);
            if (newest.size() == limit) {
                return newest;
            }
            return everyRow(h, user, type, from, query, filters, after, limit);
        });
    }

    /** The matches among the user's {@link #SCAN} newest rows after the position. */
    private List<SearchCandidate> newestRows(Handle h, UserId user, SearchType type, Source from, SearchQuery query,
                                             SearchFilters filters, Optional<SearchPosition> after, int limit) {
        List<Object> binds = new ArrayList<>();
        StringBuilder inner = new StringBuilder("SELECT t.").append(from.id()).append(", t.").append(from.at())
                .append(", t.user_id, t.search_text, ").append(prefixed(from.columns())).append(" FROM ")
                .append(from.table()).append(" t WHERE t.user_id = ?");
        binds.add(user.value());
        range(inner, binds, from, type, filters, after);
        inner.append(" ORDER BY t.user_id DESC, t.").append(from.at()).append(" DESC, t.").append(from.id())
                .append(" DESC LIMIT ").append(SCAN);
        StringBuilder sql = new StringBuilder("SELECT t.").append(from.id()).append(", t.").append(from.at())
                .append(" AS at_, ").append(prefixed(from.columns())).append(" FROM (").append(inner)
                .append(") t WHERE 1 = 1");
        matching(sql, binds, query);
        labels(sql, binds, from, filters);
        return run(h, sql, binds, type, from, limit);
    }

    /** Every match: through the FULLTEXT index on MySQL, a scan of the user's range on H2. */
    private List<SearchCandidate> everyRow(Handle h, UserId user, SearchType type, Source from, SearchQuery query,
                                           SearchFilters filters, Optional<SearchPosition> after, int limit) {
        List<Object> binds = new ArrayList<>();
        StringBuilder sql = new StringBuilder("SELECT t.").append(from.id()).append(", t.").append(from.at())
                .append(" AS at_, ").append(prefixed(from.columns())).append(" FROM ").append(from.table())
                .append(" t WHERE t.user_id = ?");
        binds.add(user.value());
        List<String> indexTerms = query.indexTerms(MIN_TOKEN, MAX_TOKEN, STOP_WORDS);
        if (!indexTerms.isEmpty() && !dialect.isH2(h)) {
            sql.append(" AND MATCH (t.search_text) AGAINST (? IN BOOLEAN MODE)");
            binds.add("+" + SearchColumn.token(user) + " "
                    + indexTerms.stream().map(term -> "+" + term).collect(Collectors.joining(" ")));
        }
        matching(sql, binds, query);
        range(sql, binds, from, type, filters, after);
        labels(sql, binds, from, filters);
        return run(h, sql, binds, type, from, limit);
    }

    private static List<SearchCandidate> run(Handle h, StringBuilder sql, List<Object> binds, SearchType type,
                                             Source from, int limit) {
        sql.append(" ORDER BY t.").append(from.at()).append(" DESC, t.").append(from.id()).append(" DESC LIMIT ")
                .append(limit);
        var statement = h.createQuery(sql.toString());
        Sql.bindAll(statement, 0, binds.toArray());
        return statement.map((rs, ctx) -> candidate(rs, type, from)).list();
    }

    private static void matching(StringBuilder sql, List<Object> binds, SearchQuery query) {
        for (SearchQuery.Term term : query.required()) {
            sql.append(" AND t.search_text LIKE ?");
            binds.add("%" + term.pattern() + "%");
        }
        for (SearchQuery.Term term : query.excluded()) {
            sql.append(" AND t.search_text NOT LIKE ?");
            binds.add("%" + term.pattern() + "%");
        }
    }

    private static void range(StringBuilder sql, List<Object> binds, Source from, SearchType type,
                              SearchFilters filters, Optional<SearchPosition> after) {
        filters.since().ifPresent(since -> {
            sql.append(" AND t.").append(from.at()).append(" >= ?");
            binds.add(since);
        });
        filters.until().ifPresent(until -> {
            sql.append(" AND t.").append(from.at()).append(" < ?");
            binds.add(until);
        });
        after.ifPresent(position -> keyset(sql, binds, from, type, position));
        switch (type) {
            case CONTACTS -> contactFilters(sql, binds, filters.contacts());
            case CONVERSATIONS -> conversationFilters(sql, binds, "t", filters.conversations());
            case MESSAGES -> {
                if (filters.conversations().any()) {
                    sql.append(" AND EXISTS (SELECT 1 FROM linkedin_conversation c WHERE c.user_id = t.user_id"
                            + " AND c.conversation_id = t.conversation_id");
                    conversationFilters(sql, binds, "c", filters.conversations());
                    sql.append(')');
                }
            }
        }
    }

    private static void contactFilters(StringBuilder sql, List<Object> binds, ContactFilters filters) {
        contains(sql, binds, "t.company_fold", filters.company());
        contains(sql, binds, "t.job_position_fold", filters.position());
        contains(sql, binds, "t.location_fold", filters.location());
        equal(sql, binds, "t.written_to", filters.writtenTo());
        equal(sql, binds, "t.replied", filters.replied());
        equal(sql, binds, "t.do_not_contact", filters.doNotContact());
    }

    private static void conversationFilters(StringBuilder sql, List<Object> binds, String alias,
                                            ConversationFilters filters) {
        equal(sql, binds, alias + ".unread", filters.unread());
        filters.awaitingReply().ifPresent(awaiting -> sql.append(awaiting
                ? " AND " + alias + ".last_message_inbound = TRUE AND " + alias + ".message_count > 0"
                : " AND (" + alias + ".last_message_inbound = FALSE OR " + alias + ".message_count = 0)"));
        filters.hasAttachments().ifPresent(has -> sql.append(" AND ").append(alias)
                .append(has ? ".attachment_count > 0" : ".attachment_count = 0"));
    }

    private static void contains(StringBuilder sql, List<Object> binds, String column, Optional<String> folded) {
        folded.ifPresent(text -> {
            sql.append(" AND ").append(column).append(" LIKE ? ESCAPE '!'");
            binds.add("%" + text.replace("!", "!!").replace("%", "!%").replace("_", "!_") + "%");
        });
    }

    private static void equal(StringBuilder sql, List<Object> binds, String column, Optional<Boolean> value) {
        value.ifPresent(flag -> {
            sql.append(" AND ").append(column).append(" = ?");
            binds.add(flag);
        });
    }

    private static void labels(StringBuilder sql, List<Object> binds, Source from, SearchFilters filters) {
        filters.tag().ifPresent(tag -> label(sql, binds, from, tag, "TAG"));
        filters.category().ifPresent(category -> label(sql, binds, from, category, "CATEGORY"));
    }

    private static String prefixed(String columns) {
        return java.util.Arrays.stream(columns.split(", ")).map(c -> "t." + c).collect(Collectors.joining(", "));
    }

    private static void label(StringBuilder sql, List<Object> binds, Source from, ItemId label, String kind) {
        sql.append(" AND EXISTS (SELECT 1 FROM ").append(from.labels()).append(" l WHERE l.user_id = t.user_id AND l.")
                .append(from.labelOwner()).append(" = t.").append(from.labelOwner())
                .append(" AND l.label_id = ? AND l.kind = ?)");
        binds.add(label.value());
        binds.add(kind);
    }

    /** After {@code position} in (time descending, type, id descending) order, for this type's rows. */
    private static void keyset(StringBuilder sql, List<Object> binds, Source from, SearchType type,
                               SearchPosition position) {
        int byType = type.compareTo(position.type());
        String at = "t." + from.at();
        if (byType > 0) {
            sql.append(" AND ").append(at).append(" <= ?");
            binds.add(position.at());
        } else if (byType < 0) {
            sql.append(" AND ").append(at).append(" < ?");
            binds.add(position.at());
        } else {
            sql.append(" AND (").append(at).append(" < ? OR (").append(at).append(" = ? AND t.").append(from.id())
                    .append(" < ?))");
            binds.add(position.at());
            binds.add(position.at());
            binds.add(position.id().value());
        }
    }

    private static SearchCandidate candidate(ResultSet rs, SearchType type, Source from) throws SQLException {
        SearchPosition position = new SearchPosition(InstantColumns.read(rs, "at_"), type,
                new ItemId(rs.getString(from.id())));
        Map<String, String> fields = new LinkedHashMap<>();
        Optional<ItemId> conversation = Optional.empty();
        switch (type) {
            case CONTACTS -> {
                fields.put("name", (rs.getString("first_name") + " " + rs.getString("last_name")).strip());
                put(fields, "headline", rs.getString("headline"));
                put(fields, "company", rs.getString("company"));
                put(fields, "position", rs.getString("job_position"));
            }
            case CONVERSATIONS -> put(fields, "title", rs.getString("title"));
            case MESSAGES -> {
                conversation = Optional.of(new ItemId(rs.getString("conversation_id")));
                fields.put("text", rs.getString("body"));
            }
        }
        return new SearchCandidate(position, conversation, fields);
    }

    private static void put(Map<String, String> fields, String name, String value) {
        if (value != null) {
            fields.put(name, value);
        }
    }
}
