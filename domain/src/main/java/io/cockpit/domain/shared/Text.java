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
        return text.codePoints().anyMatch(Character::isISOControl);
    }
}
