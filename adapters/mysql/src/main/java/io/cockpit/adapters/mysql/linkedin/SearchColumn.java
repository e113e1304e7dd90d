package io.cockpit.adapters.mysql.linkedin;

import io.cockpit.domain.account.UserId;
import io.cockpit.domain.linkedin.search.SearchText;

/**
 * The {@code search_text} column: the folded text ({@link SearchText}), then a tab and the owner's token
 * ({@code u} and the User-ID's hex digits). The FULLTEXT probe requires the token, so InnoDB intersects the word's
 * postings with the user's instead of handing over the rows of every user on the shard that have the word. No LIKE
 * pattern can reach the token: patterns start with a space, the token follows a tab.
 */
final class SearchColumn {

    private SearchColumn() {
    }

    static String of(UserId owner, String... parts) {
        return SearchText.of(parts) + "\t" + token(owner);
    }

    static String token(UserId owner) {
        return "u" + owner.value().replace("-", "");
    }
}
