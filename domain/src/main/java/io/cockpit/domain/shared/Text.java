package io.cockpit.domain.shared;

import java.text.Normalizer;
import java.util.function.IntFunction;
import java.util.function.IntPredicate;
import java.util.stream.IntStream;

/** Small rules for user-supplied text that several value objects share. */
public final class Text {

    private Text() {
    }

    /** Trimmed and in Unicode NFC, so that the same visible text is stored and compared the same way. */
    public static String normalized(String raw) {
        return Normalizer.normalize(raw.strip(), Normalizer.Form.NFC);
    }

    /** Length as clients and JSON Schema count it: in code points, not UTF-16 units. */
    public static int length(String text) {
        return text.codePointCount(0, text.length());
    }

    public static boolean hasControlCharacters(String text) {
        return text.codePoints().anyMatch(Text::isControl);
    }

    /**
     * Several lines of free text (a note, a message): C0, DEL and C1 controls but line breaks and tabs. What a
     * writer may paste into prose (separators, a stray U+FEFF, a right-to-left mark or override) is kept as written.
     */
    public static boolean hasControlCharactersBesidesLineBreaks(String text) {
        return text.codePoints().anyMatch(c -> Character.isISOControl(c) && c != '\n' && c != '\r' && c != '\t');
    }

    /**
     * A control character (C0, DEL, C1) or an {@linkplain #isLayoutControl invisible layout character}: what a
     * one-line text may not hold.
     */
    public static boolean isControl(int c) {
        return Character.isISOControl(c) || isLayoutControl(c);
    }

    /**
     * A line or paragraph separator (U+2028, U+2029), a byte order mark (U+FEFF), or a bidirectional embedding,
     * override or isolate (U+202A-U+202E, U+2066-U+2069): invisible, they show a line in another order or shape than
     * it is stored ({@code invoice\u202Efdp.exe} reads as {@code invoiceexe.pdf}).
     */
    public static boolean isLayoutControl(int c) {
        return c == 0x2028 || c == 0x2029 || c == 0xFEFF || (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069);
    }

    /** {@code text} with a space for each {@linkplain #isLayoutControl invisible layout character}. */
    public static String layoutControlsAsSpaces(String text) {
        return replaced(text, Text::isLayoutControl, c -> " ");
    }

    /**
     * A URL up to its query or fragment ({@code ?...}, {@code #...}), whichever starts first: the page it names, without
     * what can carry tracking ids or an e-mail address.
     */
    public static String withoutQueryOrFragment(String url) {
        int end = IntStream.of(url.indexOf('?'), url.indexOf('#')).filter(at -> at >= 0).min().orElse(url.length());
        return url.substring(0, end);
    }

    /** {@code text} with each character {@code which} picks replaced by what {@code by} makes of it. */
    public static String replaced(String text, IntPredicate which, IntFunction<String> by) {
        if (text.codePoints().noneMatch(which)) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(c -> {
            if (which.test(c)) {
                out.append(by.apply(c));
            } else {
                out.appendCodePoint(c);
            }
        });
        return out.toString();
    }
}
