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
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Ranked search over {@code search_text} of contacts, conversations and messages. Matching is
 * {@code LIKE '% word%'} on the folded text and the score is {@link ScoreExpression} on every database, so H2 and
 * MySQL answer the same, in the same order.
 * <p>
 * Finding the best {@code limit} rows without scoring every match: the user's {@link #WINDOW} newest rows (within
 * {@code since}/{@code until}; found in the {@code (user_id, time, id)} index) are scored first. Every older row is
 * older than all of them, so it can only come before the window's last result with a higher score: when the window
 * fills the page with rows of the highest score possible (a common word), nothing else is read; otherwise the
 * older rows are asked for only those higher scores, or, when the window had too few matches, for every match.
 * Before that last case, when the window's share of matches says so, the next {@link #DEEPER} windows are read in
 * time order for rows of the best score (words common alone, rarer together); they answer when they fill the page.
 * On MySQL the older rows come from an InnoDB FULLTEXT probe of the owner's tokens ({@link SearchColumn}:
 * {@code MATCH (search_tokens) AGAINST ('+3fa85f64_word* ...' IN BOOLEAN MODE)}, with {@code +(3fa85f64_word ...)}
 * for "a whole word"); its operators never see the user's text, only folded words. H2 reads the user's range.
 */
public final class JdbiLinkedInSearch implements LinkedInSearch {

    /** How many of the newest rows are scored before older ones are looked at: a common word fills a page there. */
    static final int WINDOW = 200;
    /**
     * When the window had some matches but too few, up to this many windows' worth of the next rows are read in time
     * order for rows of the best score, if the window's share of matches says they likely fill the page there.
     */
    static final int DEEPER = 24;

    private final JdbiTransactions db;
    private final int window;
    private final IndexHints dialect = new IndexHints();

    public JdbiLinkedInSearch(JdbiTransactions db) {
        this(db, WINDOW);
    }

    /** With another window: the tests make it small, so that every way through the rows is taken. */
    JdbiLinkedInSearch(JdbiTransactions db, int window) {
        if (window < 1) {
            throw new IllegalArgumentException("the window has at least one row");
        }
        this.db = db;
        this.window = window;
    }

    /** A row's place in the user's time order: the window's oldest row. */
    private record Edge(Instant at, String id) {
    }

    @Override
    public List<SearchCandidate> find(UserId user, SearchType type, SearchQuery query, SearchFilters filters,
                                      Optional<SearchPosition> after, int limit) {
        SearchSource from = SearchSource.of(type);
        return db.withHandle(h -> {
            Optional<Edge> edge = edge(h, user, from, filters, window);
            if (edge.isEmpty()) {
                return ranked(h, user, from, query, filters, after, limit, Region.ALL, null, 0);
            }
            List<SearchCandidate> newest = ranked(h, user, from, query, filters, after, limit, Region.NEWER,
                    edge.get(), 0);
            int ceiling = Math.min(SearchScore.max(type, query), after.map(SearchPosition::score)
                    .orElse(Integer.MAX_VALUE));
            if (newest.size() == limit && newest.getLast().position().score() >= ceiling) {
                return newest;
            }
            List<SearchCandidate> best = newest.stream().filter(c -> c.position().score() >= ceiling).toList();
            if (newest.size() < limit && !best.isEmpty() && limit - best.size() <= best.size() * DEEPER) {
                // rows of the best score are dense enough that the next rows in time order likely fill the page
                best = new ArrayList<>(best);
                best.addAll(best(h, user, from, query, filters, after, limit, edge.get(),
                        edge(h, user, from, filters, window * (DEEPER + 1)), ceiling));
                if (best.size() >= limit) {
                    return List.copyOf(best.subList(0, limit));
                }
            }
            int higher = newest.size() == limit ? newest.getLast().position().score() + 1 : 0;
            List<SearchCandidate> older = ranked(h, user, from, query, filters, after, limit, Region.OLDER,
                    edge.get(), higher);
            List<SearchCandidate> merged = new ArrayList<>(newest);
            merged.addAll(older);
            merged.sort((a, b) -> a.position().compareTo(b.position()));
            return List.copyOf(merged.subList(0, Math.min(limit, merged.size())));
        });
    }

    /**
     * The newest rows older than the window's edge (and not older than {@code deeper}, when there is one) with the
     * best score there can be, in time order: the database reads the time index and stops at {@code limit}.
     */
    private List<SearchCandidate> best(Handle h, UserId user, SearchSource from, SearchQuery query,
                                       SearchFilters filters, Optional<SearchPosition> after, int limit, Edge edge,
                                       Optional<Edge> deeper, int ceiling) {
        SearchSql score = ScoreExpression.of(from.type(), query);
        String at = "t." + from.at();
        String id = "t." + from.id();
        SearchSql sql = scoredRowsOf(from, score, user);
        sql.append(" AND " + at + " <= ? AND (" + at + " < ? OR " + id + " < ?)", edge.at(), edge.at(), edge.id());
        deeper.ifPresent(end -> sql.append(" AND " + at + " >= ? AND (" + at + " > ? OR " + id + " >= ?)", end.at(),
                end.at(), end.id()));
        SearchConditions.matching(sql, query);
        SearchConditions.filters(sql, from, filters);
        after.ifPresent(position -> SearchConditions.after(sql, from, score, position));
        sql.append(" AND ").append(score).append(" >= ?", ceiling);
        sql.append(" ORDER BY " + (dialect.isH2(h) ? "t.user_id DESC, " : "") + at + " DESC, " + id + " DESC LIMIT "
                + limit);
        return sql.query(h).map((rs, ctx) -> candidate(rs, from.type())).list();
    }

    /** {@code SELECT} of the id, time, score and texts of the user's rows of {@code from}, as {@code t}. */
    private static SearchSql scoredRowsOf(SearchSource from, SearchSql score, UserId user) {
        return new SearchSql().append("SELECT t." + from.id() + " AS id_, t." + from.at() + " AS at_, ").append(score)
                .append(" AS score_, " + from.texts() + " FROM " + from.table() + " t WHERE t.user_id = ?",
                        user.value());
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

    /** The best {@code limit} matches of the region after the position, scoring at least {@code minScore}. */
    private List<SearchCandidate> ranked(Handle h, UserId user, SearchSource from, SearchQuery query,
                                         SearchFilters filters, Optional<SearchPosition> after, int limit,
                                         Region region, Edge edge, int minScore) {
        SearchSql score = ScoreExpression.of(from.type(), query);
        String at = "t." + from.at();
        String id = "t." + from.id();
        SearchSql sql = scoredRowsOf(from, score, user);
        switch (region) {
            case NEWER -> sql.append(" AND " + at + " >= ? AND (" + at + " > ? OR " + id + " >= ?)", edge.at(),
                    edge.at(), edge.id());
            case OLDER -> {
                sql.append(" AND " + at + " <= ? AND (" + at + " < ? OR " + id + " < ?)", edge.at(), edge.at(),
                        edge.id());
                if (filters.tag().isEmpty() && filters.category().isEmpty()) {
                    // with a label, the labelled items are the place to start, not every row with the words
                    probe(h, sql, user, query, wholeWordNeeded(from.type(), query, minScore));
                }
            }
            case ALL -> {
            }
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
     * MySQL only: the FULLTEXT index on {@code search_tokens} narrows the older rows to those with every word of the
     * query as the start of one of the owner's tokens and (for a higher score) one of the query's words whole. H2
     * reads the user's range.
     */
    private void probe(Handle h, SearchSql sql, UserId user, SearchQuery query, boolean aWholeWord) {
        if (dialect.isH2(h)) {
            return;
        }
        String prefix = SearchColumn.prefix(user);
        List<String> required = new ArrayList<>();
        for (SearchQuery.Term term : query.required()) {
            for (String word : term.words().split(" ")) {
                if (SearchColumn.indexable(word) && !required.contains("+" + prefix + word + "*")) {
                    required.add("+" + prefix + word + "*");
                }
            }
        }
        if (required.isEmpty()) {
            return;
        }
        String against = String.join(" ", required);
        List<String> whole = ScoreExpression.wholeWords(query);
        if (aWholeWord && !whole.isEmpty() && whole.stream().allMatch(SearchColumn::indexable)) {
            against += " +(" + whole.stream().map(word -> prefix + word).collect(Collectors.joining(" ")) + ")";
        }
        sql.append(" AND MATCH (t.search_tokens) AGAINST (? IN BOOLEAN MODE)", against);
    }

    /** Whether every row of at least {@code minScore} has a word term of the query as a whole word. */
    private static boolean wholeWordNeeded(SearchType type, SearchQuery query, int minScore) {
        long phrases = query.required().stream().filter(SearchQuery.Term::phrase).count();
        // score = band + one per term + one more per whole-word term (a phrase always is one)
        return minScore - SearchScore.field(type, true) - query.required().size() - phrases >= 1;
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
