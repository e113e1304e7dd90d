package io.cockpit.adapters.mysql.linkedin;

import io.cockpit.adapters.mysql.InstantColumns;
import io.cockpit.adapters.mysql.JdbiTransactions;
import io.cockpit.application.port.out.linkedin.LinkedInSearch;
import io.cockpit.application.port.out.linkedin.SearchCandidate;
import io.cockpit.domain.account.UserId;
import io.cockpit.domain.linkedin.search.SearchFilters;
import io.cockpit.domain.linkedin.search.SearchPosition;
import io.cockpit.domain.linkedin.search.SearchQuery;
import io.cockpit.domain.linkedin.search.SearchScore;
import io.cockpit.domain.linkedin.search.SearchType;
import io.cockpit.domain.shared.ItemId;
import org.jdbi.v3.core.Handle;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Ranked search over {@code search_text} of contacts, conversations and messages. Matching is
 * {@code LIKE '% word%'} on the folded text and the score is {@link ScoreExpression} on every database, so H2 and
 * MySQL answer the same, in the same order.
 * <p>
 * Finding the best {@code limit} rows without scoring every match: the user's {@link #WINDOW} newest rows (within
 * {@code since}/{@code until}; found in the {@code (user_id, time, id)} index) are scored first. Every older row is
 * older than all of them, so it can only come before the window's last result with a higher score: when the window
 * fills the page with rows of the highest score possible (a common word), nothing else is read; otherwise the
 * older rows are asked for only those higher scores (first those of the best score there can be), or, when the
 * window had too few matches, for every match. The older rows come from a {@link TokenProbe} of the owner's tokens
 * ({@link SearchColumn}): InnoDB's FULLTEXT index on MySQL ({@code MATCH (search_tokens) AGAINST ('+3fa85f64_word*
 * ...' IN BOOLEAN MODE)}, its operators never see the user's text, only folded words), the token tables on H2; older
 * messages a few months at a time ({@link #byMonth}). Without a probe (a label filter, a word too long to be a
 * token) the older rows are read by the LIKE conditions alone. The window's edge is kept for a few seconds per user
 * and type ({@link WindowEdges}).
 */
public final class JdbiLinkedInSearch implements LinkedInSearch {

    /** How many of the newest rows are scored before older ones are looked at: a common word fills a page there. */
    static final int WINDOW = 200;
    /** The most months one statement asks the token index for (its query lists a token per month and word). */
    static final int MONTHS = 32;

    private final JdbiTransactions db;
    private final int window;
    private final WindowEdges edges;
    private final IndexHints dialect = new IndexHints();

    public JdbiLinkedInSearch(JdbiTransactions db) {
        this(db, WINDOW, Clock.systemUTC());
    }

    /** With another window: the tests make it small, so that every way through the rows is taken. */
    JdbiLinkedInSearch(JdbiTransactions db, int window, Clock clock) {
        if (window < 1) {
            throw new IllegalArgumentException("the window has at least one row");
        }
        this.db = db;
        this.window = window;
        this.edges = new WindowEdges(clock);
    }

    /** A row's place in the user's time order: the window's oldest row. */
    record Edge(Instant at, String id) {
    }

    @Override
    public List<SearchCandidate> find(UserId user, SearchType type, SearchQuery query, SearchFilters filters,
                                      Optional<SearchPosition> after, int limit) {
        SearchSource from = SearchSource.of(type);
        return db.withHandle(h -> {
            Optional<Edge> edge = filters.since().isEmpty() && filters.until().isEmpty()
                    ? edges.edge(new WindowEdges.Key(user.value(), from.table()),
                            () -> edge(h, user, from, filters, window))
                    : edge(h, user, from, filters, window);
            if (edge.isEmpty()) {
                return ranked(h, user, from, query, filters, after, limit, Region.ALL, null, 0, List.of());
            }
            List<SearchCandidate> newest = ranked(h, user, from, query, filters, after, limit, Region.NEWER,
                    edge.get(), 0, List.of());
            int ceiling = Math.min(SearchScore.max(type, query), after.map(SearchPosition::score)
                    .orElse(Integer.MAX_VALUE));
            if (newest.size() == limit && newest.getLast().position().score() >= ceiling) {
                return newest;
            }
            if (type == SearchType.MESSAGES && probes(user, type, query, filters)) {
                return byMonth(h, user, from, query, filters, after, limit, edge.get(), newest, ceiling);
            }
            List<SearchCandidate> best = newest.stream().filter(c -> c.position().score() >= ceiling).toList();
            if (newest.size() < limit && !best.isEmpty()) {
                List<SearchCandidate> filled = merged(best, ranked(h, user, from, query, filters, after, limit,
                        Region.OLDER, edge.get(), ceiling, List.of()), limit);
                if (filled.size() == limit) {
                    return filled;
                }
            }
            int higher = newest.size() == limit ? newest.getLast().position().score() + 1 : 0;
            return merged(newest, ranked(h, user, from, query, filters, after, limit, Region.OLDER, edge.get(),
                    higher, List.of()), limit);
        });
    }

    /**
     * Messages: the older rows a few months at a time, newest first, each month's rows found by its own tokens
     * ({@link SearchColumn#messageTokens}). After each step only rows that beat the page's last row can still enter
     * it; once the page is full of rows of the best score there can be, older months cannot change it and are not
     * read. How many months a step asks for ({@link #months}): a phrase of common words fetches every row with its
     * words, so a step should not reach much further back than the page needs, while a rare word should not cost a
     * statement per month. The user's oldest message ends the steps; after a step of {@link #MONTHS} months without a
     * match the next starts at the month of the newest older message, so a stray message from long before costs a
     * few statements, not one per {@link #MONTHS} empty months.
     */
    private List<SearchCandidate> byMonth(Handle h, UserId user, SearchSource from, SearchQuery query,
                                          SearchFilters filters, Optional<SearchPosition> after, int limit, Edge edge,
                                          List<SearchCandidate> newest, int ceiling) {
        List<SearchCandidate> page = newest;
        Optional<YearMonth> oldest = monthOfRow(h, user, from, filters, "ASC", Optional.empty());
        YearMonth next = SearchColumn.monthOf(edge.at());
        int size = 1;
        int empty = 0;
        for (int step = 1; oldest.isPresent() && !next.isBefore(oldest.get()); step++) {
            int higher = page.size() == limit ? page.getLast().position().score() + 1 : 0;
            if (higher > ceiling) {
                break;
            }
            List<YearMonth> months = new ArrayList<>();
            for (int i = 0; i < size && !next.minusMonths(i).isBefore(oldest.get()); i++) {
                months.add(next.minusMonths(i));
            }
            List<SearchCandidate> found = ranked(h, user, from, query, filters, after, limit, Region.OLDER, edge,
                    higher, months);
            page = merged(page, found, limit);
            empty = found.isEmpty() ? empty + 1 : 0;
            next = months.getLast().minusMonths(1);
            if (found.isEmpty() && size == MONTHS) {
                // years without a match: jump over months without messages (a stray one from long before)
                next = monthOfRow(h, user, from, filters, "DESC", Optional.of(months.getLast()))
                        .orElse(oldest.get().minusMonths(1));
            }
            size = months(step, size, empty);
        }
        return page;
    }

    /**
     * The months of the step after {@code step} steps: 1, 1, 2, 2, 4, 4... (the month of the window's edge is mostly
     * read already, and a month's matches say little about the next), four times the last after two steps in a row
     * without a match (the words are rare: a longer step costs little more than a short one). At most {@link #MONTHS}.
     */
    static int months(int step, int last, int emptySteps) {
        int wanted = emptySteps >= 2 ? last * 4 : Math.max(last, 1 << (step / 2));
        return Math.min(wanted, MONTHS);
    }

    /**
     * The month ({@link SearchColumn#monthOf}) of the user's oldest row ({@code ASC}) or of the newest row sent
     * before {@code before} ({@code DESC}) within the time filters; empty when there is none. The first row in that
     * order of the {@code (user_id, time, id)} index, not MIN/MAX: H2 reads all of the user's rows for those.
     */
    private Optional<YearMonth> monthOfRow(Handle h, UserId user, SearchSource from, SearchFilters filters,
                                           String order, Optional<YearMonth> before) {
        SearchSql sql = new SearchSql().append("SELECT t." + from.at() + " AS at_ FROM " + from.table()
                + " t WHERE t.user_id = ?", user.value());
        before.ifPresent(month -> sql.append(" AND t." + from.at() + " < ?",
                month.atDay(1).atStartOfDay(ZoneOffset.UTC).toInstant()));
        SearchConditions.timeRange(sql, from, filters);
        sql.append(" ORDER BY " + (dialect.isH2(h) ? "t.user_id " + order + ", " : "") + "t." + from.at() + " "
                + order + " LIMIT 1");
        return sql.query(h).map((rs, ctx) -> SearchColumn.monthOf(InstantColumns.read(rs, "at_"))).findFirst();
    }

    /** The first {@code limit} of two lists of distinct rows, in search order. */
    private static List<SearchCandidate> merged(List<SearchCandidate> a, List<SearchCandidate> b, int limit) {
        List<SearchCandidate> all = new ArrayList<>(a);
        all.addAll(b);
        all.sort((x, y) -> x.position().compareTo(y.position()));
        return List.copyOf(all.subList(0, Math.min(limit, all.size())));
    }

    /**
     * {@code SELECT} of the id, time, score and texts of the user's rows of {@code from}, as {@code t} (with an
     * index {@code hint}, or "").
     */
    private static SearchSql scoredRowsOf(SearchSource from, SearchSql score, UserId user, String hint) {
        return new SearchSql().append("SELECT t." + from.id() + " AS id_, t." + from.at() + " AS at_, ").append(score)
                .append(" AS score_, " + from.texts() + " FROM " + from.table() + " t" + hint
                        + " WHERE t.user_id = ?", user.value());
    }

    /** Which of the user's rows a statement reads, relative to the window's oldest row. */
    private enum Region { ALL, NEWER, OLDER }

    /** The {@code rows}-th newest row within the time filters; empty when there are not that many. */
    private Optional<Edge> edge(Handle h, UserId user, SearchSource from, SearchFilters filters, int rows) {
        boolean h2 = dialect.isH2(h);
        SearchSql sql = new SearchSql().append("SELECT t." + from.at() + " AS at_, t." + from.id() + " AS id_ FROM "
                + from.table() + " t WHERE t.user_id = ?", user.value());
        SearchConditions.timeRange(sql, from, filters);
        // H2 reads the index in order only with its constant first column in ORDER BY; MariaDB then sorts instead
        sql.append(" ORDER BY " + (h2 ? "t.user_id DESC, " : "") + "t." + from.at() + " DESC, t." + from.id()
                + " DESC LIMIT 1 OFFSET " + (rows - 1));
        return sql.query(h).map((rs, ctx) -> new Edge(InstantColumns.read(rs, "at_"), rs.getString("id_")))
                .findFirst();
    }

    /**
     * The best {@code limit} matches of the region after the position, scoring at least {@code minScore}; messages
     * of the older region only of the given {@code months}.
     */
    private List<SearchCandidate> ranked(Handle h, UserId user, SearchSource from, SearchQuery query,
                                         SearchFilters filters, Optional<SearchPosition> after, int limit,
                                         Region region, Edge edge, int minScore, List<YearMonth> months) {
        SearchSql score = ScoreExpression.of(from.type(), query);
        String at = "t." + from.at();
        String id = "t." + from.id();
        Optional<TokenProbe> probe = region == Region.OLDER
                ? against(user, from.type(), query, filters, minScore, months) : Optional.empty();
        boolean labelledMessagesFirst = dialect.isH2(h) && from.type() == SearchType.MESSAGES
                && (filters.tag().isPresent() || filters.category().isPresent());
        // H2 reads rows by a list of ids only from an index that starts with the id (h2/V87.1)
        SearchSql sql = scoredRowsOf(from, score, user, probe.isPresent() || labelledMessagesFirst
                ? dialect.in(h, "ix_h2_" + from.table() + "_id") : "");
        switch (region) {
            case NEWER -> sql.append(" AND " + at + " >= ? AND (" + at + " > ? OR " + id + " >= ?)", edge.at(),
                    edge.at(), edge.id());
            case OLDER -> sql.append(" AND " + at + " <= ? AND (" + at + " < ? OR " + id + " < ?)", edge.at(),
                    edge.at(), edge.id());
            case ALL -> {
            }
        }
        probe.ifPresent(tokens -> tokens.appendTo(sql, dialect.isH2(h), from, user));
        if (labelledMessagesFirst) {
            filters.tag().ifPresent(tag -> labelledMessages(sql, user, tag, "TAG"));
            filters.category().ifPresent(category -> labelledMessages(sql, user, category, "CATEGORY"));
        }
        SearchConditions.matching(sql, query);
        SearchConditions.filters(sql, from, filters);
        after.ifPresent(position -> SearchConditions.after(sql, from, score, position));
        if (minScore > 0) {
            sql.append(" AND ").append(score).append(" >= ?", minScore);
        }
        sql.append(" ORDER BY score_ DESC, " + at + " DESC, " + id + " DESC LIMIT " + limit);
        return sql.query(h).map((rs, ctx) -> candidate(rs, from.type())).list();
    }

    /**
     * H2: only the messages of the conversations with the label, as ids read once. H2 answers the label condition
     * of {@link SearchConditions} (a list of conversations, a message's second key column) by reading every one of
     * the user's messages: 700 ms on 100,000 messages.
     */
    private static void labelledMessages(SearchSql sql, UserId user, ItemId label, String kind) {
        sql.append(" AND t.message_id IN (SELECT message_id FROM (SELECT m.message_id FROM linkedin_conversation_label"
                + " l JOIN linkedin_message m ON m.user_id = l.user_id AND m.conversation_id = l.conversation_id"
                + " WHERE l.user_id = ? AND l.label_id = ? AND l.kind = ?) k)", user.value(), label.value(), kind);
    }

    /** Whether the older rows of {@code type} are found by a {@link TokenProbe}. */
    private static boolean probes(UserId user, SearchType type, SearchQuery query, SearchFilters filters) {
        return against(user, type, query, filters, 0, List.of(YearMonth.of(2000, 1))).isPresent();
    }

    /**
     * The {@link TokenProbe} for the older rows scoring at least {@code minScore}, a superset of the LIKE matches:
     * every word of the query as the start of one of the owner's tokens (whole, where the score needs it or a
     * phrase has it), at least one of the query's words whole when a higher score needs one, and a word of a
     * contact's name when only name matches score that high. A message's tokens are those of its month, so the
     * probe finds the rows of {@code months} only. Empty when there is nothing to ask for: with a label (the
     * labelled items are the place to start) or no word short enough to be a token.
     */
    private static Optional<TokenProbe> against(UserId user, SearchType type, SearchQuery query, SearchFilters filters,
                                            int minScore, List<YearMonth> months) {
        if (filters.tag().isPresent() || filters.category().isPresent()
                || (type == SearchType.MESSAGES && months.isEmpty())) {
            return Optional.empty();
        }
        List<String> prefixes = type == SearchType.MESSAGES
                ? months.stream().map(month -> SearchColumn.month(user, month)).toList()
                : List.of(SearchColumn.prefix(user));
        long wordTerms = query.required().stream().filter(term -> !term.phrase()).count();
        int wholeNeeded = wholeWordsNeeded(type, query, minScore);
        boolean allWhole = wordTerms > 0 && wholeNeeded >= wordTerms;
        List<List<String>> clauses = new ArrayList<>();
        for (SearchQuery.Term term : query.required()) {
            String[] words = term.words().split(" ");
            for (int i = 0; i < words.length; i++) {
                boolean whole = term.phrase() || i < words.length - 1 || allWhole;
                any(prefixes, List.of(words[i]), whole).filter(clause -> !clauses.contains(clause))
                        .ifPresent(clauses::add);
            }
        }
        if (clauses.isEmpty()) {
            return Optional.empty();
        }
        if (wholeNeeded >= 1 && !allWhole) {
            any(prefixes, ScoreExpression.wholeWords(query), true).ifPresent(clauses::add);
        }
        if (type == SearchType.CONTACTS
                && minScore > SearchScore.CONTACT + SearchScore.WHOLE_WORD * query.required().size()) {
            List<String> names = query.required().stream().map(term -> term.words().split(" ")[0]).toList();
            boolean whole = query.required().stream().allMatch(term -> term.phrase() || term.words().contains(" "));
            any(List.of(SearchColumn.name(user)), names, whole).ifPresent(clauses::add);
        }
        return Optional.of(new TokenProbe(clauses));
    }

    /**
     * A clause of {@code prefix+word} for every prefix and word ({@code *} after each unless whole); empty when a
     * token would be too long to be in the index (so the rows cannot be narrowed by it).
     */
    private static Optional<List<String>> any(List<String> prefixes, List<String> words, boolean whole) {
        List<String> tokens = new ArrayList<>();
        for (String prefix : prefixes) {
            for (String word : words) {
                if (!SearchColumn.indexable(prefix + word)) {
                    return Optional.empty();
                }
                tokens.add(prefix + word + (whole ? "" : "*"));
            }
        }
        return tokens.isEmpty() ? Optional.empty() : Optional.of(tokens);
    }

    /** How many word terms of the query match as whole words in every row of at least {@code minScore}. */
    private static int wholeWordsNeeded(SearchType type, SearchQuery query, int minScore) {
        long phrases = query.required().stream().filter(SearchQuery.Term::phrase).count();
        // score = band + one per term + one more per whole-word term (a phrase always is one)
        return (int) (minScore - SearchScore.field(type, true) - query.required().size() - phrases);
    }

    private static SearchCandidate candidate(ResultSet rs, SearchType type) throws SQLException {
        SearchPosition position = new SearchPosition(rs.getInt("score_"), InstantColumns.read(rs, "at_"), type,
                new ItemId(rs.getString("id_")));
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
