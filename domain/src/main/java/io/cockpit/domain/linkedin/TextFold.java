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

    public static String fold(String text) {
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFKD);
        String plain = MARKS.matcher(decomposed).replaceAll("").replace("ß", "ss").replace("ø", "o")
                .replace("ł", "l").replace("æ", "ae").replace("œ", "oe");
        return SPACES.matcher(plain.toLowerCase(Locale.ROOT)).replaceAll(" ").strip();
    }
}
