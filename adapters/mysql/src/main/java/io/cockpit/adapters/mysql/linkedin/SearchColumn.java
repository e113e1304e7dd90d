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
 * prefixed with the owner's {@link #prefix} ({@code 3fa85f64_angebot}), and each distinct pair of adjacent words
 * ({@link #pair}: {@code 3fa85f64__next_week}). InnoDB reads a term's whole posting list; with the owner in every
 * token a list holds one user's rows with that word, not every user's on the shard, and short words and InnoDB's
 * stop words become long enough tokens to be indexed too. A phrase asks for its pairs, whose lists hold the rows
 * with those words side by side, instead of the long lists of each of its (often common) words.
 */
final class SearchColumn {

    /** InnoDB's innodb_ft_max_token_size default; longer tokens are not indexed. */
    static final int MAX_TOKEN = 84;
    /** What the {@code TEXT} column holds, in bytes. */
    static final int MAX_BYTES = 65_535;

    private SearchColumn() {
    }

    /** The {@code search_text} of the searched fields. */
    static String of(String... parts) {
        return SearchText.of(parts);
    }

    /**
     * The FULLTEXT tokens of a {@link SearchText}: its distinct words, each after the owner's prefix, then its
     * distinct pairs of adjacent words that fit {@link #MAX_TOKEN}; when the pairs do not fit the column (a long text
     * of many short words), {@link #unpaired} instead, which every phrase probe also accepts.
     */
    static String tokens(UserId owner, String searchText) {
        String prefix = prefix(owner);
        Set<String> words = new LinkedHashSet<>();
        Set<String> pairs = new LinkedHashSet<>();
        String previous = null;
        for (String word : searchText.strip().split(" ")) {
            if (word.isEmpty()) {
                continue;
            }
            words.add(prefix + word);
            if (previous != null && pairIndexable(previous, word)) {
                pairs.add(pair(prefix, previous, word));
            }
            previous = word;
        }
        String tokens = String.join(" ", words);
        if (pairs.isEmpty()) {
            return tokens;
        }
        String withPairs = tokens + " " + String.join(" ", pairs);
        return withPairs.getBytes(StandardCharsets.UTF_8).length <= MAX_BYTES ? withPairs
                : tokens + " " + unpaired(prefix);
    }

    /** The token of a row whose pairs were not written: a phrase probe asks for a pair or this. */
    static String unpaired(String prefix) {
        return prefix + "_";
    }

    /**
     * The token of two adjacent words: the owner's prefix, an underscore, the words joined by one. A word has letters
     * and digits only, so no word's token ({@code prefix + word}) starts like a pair's and a word's prefix search
     * ({@code 3fa85f64_next*}) never reads the pairs' lists.
     */
    static String pair(String prefix, String first, String second) {
        return prefix + "_" + first + "_" + second;
    }

    /** Whether the token of two adjacent words fits InnoDB's maximum token length. */
    static boolean pairIndexable(String first, String second) {
        return 11 + first.codePointCount(0, first.length()) + second.codePointCount(0, second.length()) <= MAX_TOKEN;
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
