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
        // one IN per clause, its union wrapped in a SELECT: H2 then reads the union once (a union right inside IN it
        // evaluates again for each row, 40-90 ms instead of 2), and answers the first IN from ix_h2_<table>_id
        for (List<String> tokens : clauses) {
            sql.append(" AND t." + from.id() + " IN (SELECT item_id FROM (");
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
            sql.append(") k)");
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
