package io.cockpit.domain.linkedin.search;

import java.text.Normalizer;
import java.util.Locale;

/**
 * Text as search compares it: words of letters and digits, lower case, accents removed ({@code Müller} is
 * {@code muller}), everything else a separator, each word between single spaces (" jana muller acme "). Stored
 * beside the searched texts, so the same word matching runs on every database: a word starts after a space.
 */
public final class SearchText {

    /** A mark (nothing, {@link #unfolded} gives null) in {@link #BASIC}, where null means not worked out yet. */
    private static final String MARK = new String("mark");

    /** ASCII, folded by hand: most of what is synced, and NFKD's cost per character is most of a message's fold. */
    private static final String[] ASCII = new String[128];

    /**
     * The other code points of the Basic Multilingual Plane as they are first met; a race only computes one twice
     * (Strings are immutable, so a reader sees a whole one or null).
     */
    private static final String[] BASIC = new String[Character.MAX_VALUE + 1];

    static {
        for (char c = 0; c < ASCII.length; c++) {
            ASCII[c] = Character.isLetterOrDigit(c) ? String.valueOf(Character.toLowerCase(c)) : "";
        }
    }

    private SearchText() {
    }

    /** The folded form of the parts, in their order, as one padded run of words. */
    public static String of(String... parts) {
        StringBuilder out = new StringBuilder(" ");
        for (String part : parts) {
            if (part != null) {
                Folded folded = fold(part);
                if (!folded.text().isBlank()) {
                    out.append(folded.text().strip()).append(' ');
                }
            }
        }
        return out.toString();
    }

    /** The words of {@code text}, folded (no padding). */
    public static String words(String text) {
        return fold(text).text().strip();
    }

    /**
     * Folds {@code text} and keeps, for each folded character, where in the original it came from, so a match found
     * in the folded text can be marked in the original. Runs of separators become one space.
     */
    public static Folded fold(String text) {
        StringBuilder folded = new StringBuilder(text.length());
        int[] origin = new int[text.length() * 3 + 1];
        int i = 0;
        while (i < text.length()) {
            int cp = text.codePointAt(i);
            int width = Character.charCount(cp);
            String mapped = folded(cp);
            if (mapped == null) {
                i += width;
                continue;
            }
            if (mapped.isEmpty()) {
                if (folded.isEmpty() || folded.charAt(folded.length() - 1) != ' ') {
                    origin = ensure(origin, folded.length());
                    origin[folded.length()] = i;
                    folded.append(' ');
                }
            } else {
                for (int k = 0; k < mapped.length(); k++) {
                    origin = ensure(origin, folded.length());
                    origin[folded.length()] = i;
                    folded.append(mapped.charAt(k));
                }
            }
            i += width;
        }
        int[] exact = new int[folded.length() + 1];
        System.arraycopy(origin, 0, exact, 0, folded.length());
        exact[folded.length()] = text.length();
        return new Folded(folded.toString(), exact);
    }

    private static int[] ensure(int[] origin, int index) {
        if (index < origin.length - 1) {
            return origin;
        }
        int[] bigger = new int[origin.length * 2];
        System.arraycopy(origin, 0, bigger, 0, origin.length);
        return bigger;
    }

    /** The folded letters and digits of one code point; "" for a separator; null for a mark (nothing). */
    static String folded(int cp) {
        if (cp < ASCII.length) {
            return ASCII[cp];
        }
        if (cp >= BASIC.length) {
            return unfolded(cp);
        }
        String known = BASIC[cp];
        if (known == null) {
            String mapped = unfolded(cp);
            known = mapped == null ? MARK : mapped;
            BASIC[cp] = known;
        }
        return known == MARK ? null : known;
    }

    /** {@link #folded} worked out: marks dropped, a few letters spelled out, the rest decomposed and lower-cased. */
    static String unfolded(int cp) {
        int type = Character.getType(cp);
        if (type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK
                || type == Character.ENCLOSING_MARK || type == Character.FORMAT) {
            return null;
        }
        if (!Character.isLetterOrDigit(cp)) {
            return "";
        }
        String special = switch (cp) {
            case 'ß', 'ẞ' -> "ss";
            case 'ø', 'Ø' -> "o";
            case 'ł', 'Ł' -> "l";
            case 'æ', 'Æ' -> "ae";
            case 'œ', 'Œ' -> "oe";
            case 'đ', 'Đ' -> "d";
            case 'þ', 'Þ' -> "th";
            case 'ı' -> "i";
            default -> null;
        };
        if (special != null) {
            return special;
        }
        String decomposed = Normalizer.normalize(new String(Character.toChars(cp)), Normalizer.Form.NFKD);
        StringBuilder kept = new StringBuilder(decomposed.length());
        decomposed.codePoints().filter(Character::isLetterOrDigit)
                .forEach(c -> kept.append(new String(Character.toChars(c)).toLowerCase(Locale.ROOT)));
        return kept.toString();
    }

    /** A folded text and, per folded character, its index in the original ({@code origin[length]} is the end). */
    public record Folded(String text, int[] origin) {
    }
}
