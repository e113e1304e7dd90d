package io.cockpit.adapters.mysql.linkedin;

import io.cockpit.domain.account.UserId;
import io.cockpit.domain.linkedin.search.SearchText;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * The searched columns of a row: {@code search_text}, the folded text ({@link SearchText}) that LIKE matches and the
 * score reads; and {@code search_tokens}, what the InnoDB FULLTEXT index holds: each distinct word of it once,
 * prefixed with the owner's {@link #prefix} ({@code 3fa85f64_angebot}). InnoDB reads a term's whole posting list;
 * with the owner in every token a list holds one user's rows with that word, not every user's on the shard, and
 * short words and InnoDB's stop words become long enough tokens to be indexed too.
 * <p>
 * A message's tokens also carry the month it was sent in ({@code 3fa85f64_202511_angebot}, {@link #month}): a
 * search reads the older months a few at a time, newest first, and stops when the page is full, instead of reading
 * each word's list over the whole history (words common alone and rare together: 60-80 ms for the whole list, 2-4
 * ms for a month). A contact's tokens add the words of its name after a second underscore ({@code 3fa85f64__jana}:
 * no word starts with an underscore, so a probe for other words never finds them), so that a probe for name matches,
 * which rank first, reads only those.
 */
public final class SearchColumn {

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
        return words(prefix(owner), searchText, new LinkedHashSet<>());
    }

    /** A message's tokens: its words after the owner's prefix and the month it was sent in. */
    static String messageTokens(UserId owner, Instant sentAt, String searchText) {
        return words(month(owner, monthOf(sentAt)), searchText, new LinkedHashSet<>());
    }

    /** The month a message sent at {@code sentAt} is filed under: its UTC month. */
    static YearMonth monthOf(Instant sentAt) {
        return YearMonth.from(sentAt.atOffset(ZoneOffset.UTC));
    }

    /** A contact's tokens: the words of its searched fields, then those of its name as {@link #name} tokens. */
    static String contactTokens(UserId owner, String searchText, String searchName) {
        Set<String> tokens = new LinkedHashSet<>();
        words(prefix(owner), searchText, tokens);
        return words(name(owner), searchName, tokens);
    }

    private static String words(String prefix, String searchText, Set<String> into) {
        for (String word : searchText.strip().split(" ")) {
            if (!word.isEmpty()) {
                into.add(truncated(prefix + word));
            }
        }
        return String.join(" ", into);
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

    /** The prefix of the owner's message tokens of one month (UTC): {@code 3fa85f64_202511_}. */
    static String month(UserId owner, YearMonth month) {
        // years outside 0-9999 (no LinkedIn message has one) share the nearest bucket: a token has no minus sign
        String digits = Integer.toString(Math.clamp(month.getYear(), 0, 9999) * 100 + month.getMonthValue());
        return prefix(owner) + "0".repeat(6 - digits.length()) + digits + "_";
    }

    /** The prefix of the owner's contact name tokens: {@code 3fa85f64__}. */
    static String name(UserId owner) {
        return prefix(owner) + "_";
    }

    /** Whether a token fits InnoDB's maximum token length (else it is not in the index). */
    static boolean indexable(String token) {
        return token.codePointCount(0, token.length()) <= MAX_TOKEN;
    }

    /** The distinct tokens of a {@code search_tokens} value, each {@link #truncated}, in their order. */
    public static Set<String> cutTokens(String searchTokens) {
        Set<String> tokens = new LinkedHashSet<>();
        if (searchTokens != null) {
            for (String token : searchTokens.split(" ")) {
                if (!token.isEmpty()) {
                    tokens.add(truncated(token));
                }
            }
        }
        return tokens;
    }

    /**
     * The token cut to {@link #MAX_TOKEN} characters: InnoDB leaves longer tokens out of its index, and a word's
     * start still finds the cut one (a whole long word is not probed for: its token would not be indexable).
     */
    static String truncated(String token) {
        return indexable(token) ? token : token.substring(0, token.offsetByCodePoints(0, MAX_TOKEN));
    }
}
