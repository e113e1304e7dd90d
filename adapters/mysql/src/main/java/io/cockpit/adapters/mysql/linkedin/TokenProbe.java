package io.cockpit.adapters.mysql.linkedin;

import io.cockpit.domain.account.UserId;

import java.util.ArrayList;
import java.util.List;

/**
 * Which of the owner's tokens ({@link SearchColumn}) a row must have to be read at all: every clause, each by at
 * least one of its tokens, a token ending in {@code *} by any token that starts with it. A superset of the rows the
 * LIKE conditions match, which still decide. MySQL asks its FULLTEXT index ({@code +(a* b) +c*} in boolean mode);
 * H2 its token tables (V87, h2/V87.1), each clause a union of key ranges.
 */
record TokenProbe(List<List<String>> clauses) {

    /** How many letters a word's start has for H2 to read its rows with the others' (words have no underscore). */
    static final int NARROW_START = 4;

    TokenProbe {
        clauses = clauses.stream().map(List::copyOf).toList();
        if (clauses.isEmpty() || clauses.stream().anyMatch(List::isEmpty)) {
            throw new IllegalArgumentException("a probe has clauses, each with a token");
        }
    }

    /** Appends the condition on the rows of {@code from} (as {@code t}) to {@code sql}. */
    void appendTo(SearchSql sql, boolean h2, SearchSource from, UserId user) {
        if (!h2) {
            sql.append(" AND MATCH (t.search_tokens) AGAINST (? IN BOOLEAN MODE)", booleanMode());
            return;
        }
        // a clause's union wrapped in a SELECT: H2 then reads it once (a union right inside IN it evaluates again for
        // each row, 40-90 ms instead of 2); H2 looks the rows up by the first IN (through ix_h2_<table>_id) and checks
        // the others on each row it found
        List<List<String>> needed = needed();
        List<List<String>> narrow = needed.stream().filter(TokenProbe::narrow).toList();
        if (narrow.size() > 1) {
            // the narrow clauses' ids intersected first: only rows with all their words are looked up (words common
            // alone and rare together: half the time)
            sql.append(" AND t." + from.id() + " IN (SELECT item_id FROM (");
            for (int c = 0; c < narrow.size(); c++) {
                sql.append((c == 0 ? "" : " INTERSECT ") + "SELECT item_id FROM (");
                union(sql, from, user, narrow.get(c));
                sql.append(") k" + c);
            }
            sql.append(") k)");
        } else {
            narrow.forEach(clause -> in(sql, from, user, clause));
        }
        // a short word start matches many words: checked on the rows found, it is read only when a row gets that far
        needed.stream().filter(clause -> !narrow(clause)).forEach(clause -> in(sql, from, user, clause));
    }

    /**
     * The clauses without those another one implies: a row with one of {@code a b} has one of {@code a b c} too
     * (the "one whole word" clause of {@code sap se} holds {@code sap}, which is a clause of its own).
     */
    List<List<String>> needed() {
        List<List<String>> distinct = clauses.stream().distinct().toList();
        return distinct.stream().filter(clause -> distinct.stream()
                .noneMatch(other -> other.size() < clause.size() && clause.containsAll(other))).toList();
    }

    /** Whether every token of {@code clause} is a whole word or the start of one with {@link #NARROW_START} letters. */
    static boolean narrow(List<String> clause) {
        return clause.stream().allMatch(token -> !token.endsWith("*")
                || token.length() - 1 - token.lastIndexOf('_') - 1 >= NARROW_START);
    }

    private static void in(SearchSql sql, SearchSource from, UserId user, List<String> clause) {
        sql.append(" AND t." + from.id() + " IN (SELECT item_id FROM (");
        union(sql, from, user, clause);
        sql.append(") k)");
    }

    /** The ids of the owner's rows with any of {@code tokens}. */
    private static void union(SearchSql sql, SearchSource from, UserId user, List<String> tokens) {
        for (int i = 0; i < tokens.size(); i++) {
            String token = tokens.get(i);
            sql.append((i == 0 ? "" : " UNION ") + "SELECT item_id FROM " + from.table()
                    + "_token WHERE user_id = ?", user.value());
            if (token.endsWith("*")) {
                String start = token.substring(0, token.length() - 1);
                sql.append(" AND token >= ? AND token < ?", start, following(start));
            } else {
                sql.append(" AND token = ?", token);
            }
        }
    }

    /** The query text of MySQL's boolean mode. */
    String booleanMode() {
        List<String> parts = new ArrayList<>();
        for (List<String> tokens : clauses) {
            parts.add(tokens.size() == 1 ? "+" + tokens.getFirst() : "+(" + String.join(" ", tokens) + ")");
        }
        return String.join(" ", parts);
    }

    /** The first string after every string that starts with {@code start} (tokens hold no U+FFFF). */
    static String following(String start) {
        char last = start.charAt(start.length() - 1);
        return start.substring(0, start.length() - 1) + (char) (last + 1);
    }
}
