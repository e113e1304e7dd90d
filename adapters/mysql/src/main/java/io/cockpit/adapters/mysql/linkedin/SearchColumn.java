package io.cockpit.adapters.mysql.linkedin;

import io.cockpit.domain.account.UserId;
import io.cockpit.domain.linkedin.search.SearchText;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * The searched columns of a row: {@code search_text}, the folded text ({@link SearchText}) that LIKE matches and the
 * score reads; and {@code search_tokens}, what the InnoDB FULLTEXT index holds: each distinct word of it once,
 * prefixed with the owner's {@link #prefix} ({@code 3fa85f64_angebot}). InnoDB reads a term's whole posting list;
 * with the owner in every token a list holds one user's rows with that word, not every user's on the shard, and
 * short words and InnoDB's stop words become long enough tokens to be indexed too.
 */
final class SearchColumn {

    /** InnoDB's innodb_ft_max_token_size default; longer tokens are not indexed. */
    static final int MAX_TOKEN = 84;

    private SearchColumn() {
    }

    /** The {@code search_text} of the searched fields. */
    static String of(String... parts) {
        return SearchText.of(parts);
    }

    /** The FULLTEXT tokens of a {@link SearchText}: its distinct words, each after the owner's prefix. */
    static String tokens(UserId owner, String searchText) {
        String prefix = prefix(owner);
        Set<String> words = new LinkedHashSet<>();
        for (String word : searchText.strip().split(" ")) {
            if (!word.isEmpty()) {
                words.add(prefix + word);
            }
        }
        return String.join(" ", words);
    }

    /**
     * Eight hex digits of a hash of the User-ID and an underscore (a word character for InnoDB, so prefix and word
     * are one token). Two users with the same prefix only share posting lists; every query also filters by user_id.
     */
    static String prefix(UserId owner) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(owner.value().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash, 0, 4) + "_";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    /** Whether a word's token fits InnoDB's maximum token length (else it is not in the index). */
    static boolean indexable(String word) {
        return 9 + word.codePointCount(0, word.length()) <= MAX_TOKEN;
    }
}
