package io.cockpit.domain.linkedin.search;

/**
 * How relevant a result is; results come highest first ({@link SearchPosition}), the same on every database.
 * <ul>
 * <li>Where it matched: a contact with a word of the query in its name {@value #CONTACT_NAME}, any other contact
 *     (headline, company, position) {@value #CONTACT}, a conversation (title) {@value #CONVERSATION}, a message
 *     (text) {@value #MESSAGE}. These bands never overlap: every name match comes before every headline match,
 *     which come before every title match, which come before every message.</li>
 * <li>How well: each word or phrase of the query adds {@value #WHOLE_WORD} when it matches as a whole word
 *     ({@code angebot} in "das Angebot"; a quoted phrase always does) and {@value #PREFIX} when it matches only as
 *     the start of a longer word ({@code angebot} in "Angebotsnummer").</li>
 * </ul>
 * Ties (the same score) go newest first, then by type and id ({@link SearchPosition}).
 */
public final class SearchScore {

    public static final int CONTACT_NAME = 400;
    public static final int CONTACT = 300;
    public static final int CONVERSATION = 200;
    public static final int MESSAGE = 100;
    public static final int WHOLE_WORD = 2;
    public static final int PREFIX = 1;

    private SearchScore() {
    }

    /** The band of a result of {@code type}; for contacts, with or without a name match. */
    public static int field(SearchType type, boolean nameMatched) {
        return switch (type) {
            case CONTACTS -> nameMatched ? CONTACT_NAME : CONTACT;
            case CONVERSATIONS -> CONVERSATION;
            case MESSAGES -> MESSAGE;
        };
    }

    /** The highest score a result of {@code type} can reach for {@code query}. */
    public static int max(SearchType type, SearchQuery query) {
        return field(type, true) + WHOLE_WORD * query.required().size();
    }

    /**
     * The score of an item that matches {@code query}.
     *
     * @param name       a contact's name as {@link SearchText} (" jana muller "), "" for other types
     * @param searchText the item's searched fields as {@link SearchText}
     */
    public static int of(SearchType type, String name, String searchText, SearchQuery query) {
        boolean nameMatched = query.required().stream().anyMatch(term -> name.contains(term.pattern()));
        int score = field(type, nameMatched);
        for (SearchQuery.Term term : query.required()) {
            score += searchText.contains(term.wholePattern()) ? WHOLE_WORD : PREFIX;
        }
        return score;
    }
}
