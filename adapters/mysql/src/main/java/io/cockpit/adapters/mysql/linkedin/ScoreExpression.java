package io.cockpit.adapters.mysql.linkedin;

import io.cockpit.domain.linkedin.search.SearchQuery;
import io.cockpit.domain.linkedin.search.SearchScore;
import io.cockpit.domain.linkedin.search.SearchType;

import java.util.stream.Collectors;

/**
 * {@link SearchScore} as a SQL expression over a row {@code t} (plain CASE and LIKE: the same on H2 and MySQL):
 * the field's band (a contact's by whether a term is in {@code search_name}), plus per term {@value
 * SearchScore#WHOLE_WORD} for a whole-word match ({@code LIKE '% word %'}) or {@value SearchScore#PREFIX}.
 */
final class ScoreExpression {

    private ScoreExpression() {
    }

    static SearchSql of(SearchType type, SearchQuery query) {
        SearchSql sql = new SearchSql().append("(");
        if (type == SearchType.CONTACTS) {
            sql.append("CASE WHEN ");
            String or = "";
            for (SearchQuery.Term term : query.required()) {
                sql.append(or + "t.search_name LIKE ?", "%" + term.pattern() + "%");
                or = " OR ";
            }
            sql.append(" THEN " + SearchScore.CONTACT_NAME + " ELSE " + SearchScore.CONTACT + " END");
        } else {
            sql.append(Integer.toString(SearchScore.field(type, false)));
        }
        for (SearchQuery.Term term : query.required()) {
            if (term.phrase()) {
                sql.append(" + " + SearchScore.WHOLE_WORD);
            } else {
                sql.append(" + CASE WHEN t.search_text LIKE ? THEN " + SearchScore.WHOLE_WORD + " ELSE "
                        + SearchScore.PREFIX + " END", "%" + term.wholePattern() + "%");
            }
        }
        return sql.append(")");
    }

    /** The last word of each word term (a whole-word match ends there); empty if a term has none to ask for. */
    static java.util.List<String> wholeWords(SearchQuery query) {
        return query.required().stream().filter(term -> !term.phrase())
                .map(term -> term.words().substring(term.words().lastIndexOf(' ') + 1))
                .collect(Collectors.toList());
    }
}
