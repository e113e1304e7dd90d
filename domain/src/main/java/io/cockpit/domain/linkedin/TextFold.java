package io.cockpit.domain.linkedin;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Text as the filters and the name order compare it: lower case, accents removed ({@code Müller} is {@code muller},
 * {@code François} is {@code francois}), runs of white space as one space.
 */
public final class TextFold {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private TextFold() {
    }

    /**
     * {@link #fold(String)} cut to at most {@code maxChars} ({@link #cut}): folding can lengthen a text (ß is ss, one
     * ligature is 18 letters), and the columns that keep folded text have the length of the text they come from.
     */
    public static String fold(String text, int maxChars) {
        // stripped again: a space at the cut would compare equal to none in MySQL (PAD SPACE) but not in H2
        return cut(fold(text), maxChars).strip();
    }

    /** {@code text} cut to at most {@code maxChars} UTF-16 units, never between the two of a surrogate pair. */
    public static String cut(String text, int maxChars) {
        if (text.length() <= maxChars) {
            return text;
        }
        return text.substring(0, Character.isHighSurrogate(text.charAt(maxChars - 1)) ? maxChars - 1 : maxChars);
    }

    public static String fold(String text) {
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFKD);
        String plain = MARKS.matcher(decomposed).replaceAll("").replace("ß", "ss").replace("ø", "o")
                .replace("ł", "l").replace("æ", "ae").replace("œ", "oe");
        return SPACES.matcher(plain.toLowerCase(Locale.ROOT)).replaceAll(" ").strip();
    }
}
