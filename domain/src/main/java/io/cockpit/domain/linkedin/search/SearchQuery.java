package io.cockpit.domain.linkedin.search;

import io.cockpit.domain.shared.DomainException;
import io.cockpit.domain.shared.ErrorCode;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * What a search box's text asks for. Words match the start of a word ({@code acq} finds {@code acquisition}),
 * case- and accent-insensitive; {@code "quoted phrases"} match whole words in that order; {@code -word} and
 * {@code -"phrase"} exclude. Everything else ({@code + ~ < > ( ) * @}, an unbalanced quote) is a separator, never an
 * operator: the text cannot break the database's query syntax. Every required term must match.
 *
 * @param required words and phrases that must all match (at least one)
 * @param excluded words and phrases that must not match
 */
public record SearchQuery(List<Term> required, List<Term> excluded) {

    public static final int MAX_LENGTH = 200;
    public static final int MAX_TERMS = 16;

    public SearchQuery {
        required = List.copyOf(required);
        excluded = List.copyOf(excluded);
        if (required.isEmpty()) {
            throw unusable("Give at least one word to search for (not only exclusions or operators).");
        }
        if (required.size() + excluded.size() > MAX_TERMS) {
            throw unusable("At most " + MAX_TERMS + " words and phrases.");
        }
    }

    /** @throws DomainException {@code search.query_unusable} for an empty or over-long text, or one without words */
    public static SearchQuery parse(String text) {
        Objects.requireNonNull(text, "text");
        if (text.isBlank()) {
            throw unusable("The search text is empty.");
        }
        if (text.codePointCount(0, text.length()) > MAX_LENGTH) {
            throw unusable("The search text has more than " + MAX_LENGTH + " characters.");
        }
        List<Term> required = new ArrayList<>();
        List<Term> excluded = new ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
                continue;
            }
            boolean exclude = false;
            while (i < text.length() && (text.charAt(i) == '-' || text.charAt(i) == '+')) {
                exclude |= text.charAt(i) == '-';
                i++;
            }
            if (i < text.length() && text.charAt(i) == '"') {
                int end = text.indexOf('"', i + 1);
                String inside = text.substring(i + 1, end < 0 ? text.length() : end);
                i = end < 0 ? text.length() : end + 1;
                add(Term.phrase(SearchText.words(inside)), exclude, required, excluded);
            } else {
                int end = i;
                while (end < text.length() && !Character.isWhitespace(text.charAt(end)) && text.charAt(end) != '"') {
                    end++;
                }
                add(Term.word(SearchText.words(text.substring(i, end))), exclude, required, excluded);
                i = end;
            }
        }
        return new SearchQuery(required, excluded);
    }

    private static void add(Term term, boolean exclude, List<Term> required, List<Term> excluded) {
        if (term.words().isEmpty()) {
            return;
        }
        (exclude ? excluded : required).add(term);
    }

    /** Whether a {@link SearchText} (padded folded text) satisfies the query. */
    public boolean matches(String searchText) {
        return required.stream().allMatch(t -> searchText.contains(t.pattern()))
                && excluded.stream().noneMatch(t -> searchText.contains(t.pattern()));
    }

    private static DomainException unusable(String message) {
        return new DomainException(ErrorCode.SEARCH_QUERY_UNUSABLE, message);
    }

    /**
     * A word (a prefix of a word: {@code pattern} " acq") or a phrase (whole words: " head of sales ").
     *
     * @param words folded words, one space apart
     */
    public record Term(String words, boolean phrase) {

        public Term {
            Objects.requireNonNull(words, "words");
        }

        static Term word(String folded) {
            // "e-mail" or "Müller&Co" are several words: a phrase of them, the last one a prefix
            return new Term(folded, false);
        }

        static Term phrase(String folded) {
            return new Term(folded, true);
        }

        /** The text a matching {@link SearchText} contains (and a SQL LIKE finds between two {@code %}). */
        public String pattern() {
            return " " + words + (phrase ? " " : "");
        }

        /** The text a {@link SearchText} contains when this term matches as whole words (" angebot "). */
        public String wholePattern() {
            return " " + words + " ";
        }
    }
}
