package io.cockpit.domain.shared;

import java.text.Normalizer;

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

    /** Several lines: {@link #isControl} but line breaks and tabs. */
    public static boolean hasControlCharactersBesidesLineBreaks(String text) {
        return text.codePoints().anyMatch(c -> isControl(c) && c != '\n' && c != '\r' && c != '\t');
    }

    /**
     * A control character (C0, DEL, C1), a line or paragraph separator (U+2028, U+2029), a byte order mark (U+FEFF),
     * or a bidirectional embedding, override or isolate (U+202A-U+202E, U+2066-U+2069) that shows text in another
     * order than it is stored.
     */
    public static boolean isControl(int c) {
        return Character.isISOControl(c) || c == 0x2028 || c == 0x2029 || c == 0xFEFF
                || (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069);
    }
}
