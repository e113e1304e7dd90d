package io.cockpit.adapters.http.pipeline;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.Optional;

/**
 * UTF-8 as RFC 3629 defines it, nothing looser: overlong forms ({@code C0 AF} for '/'), encoded surrogates, bytes
 * that start no character and truncated sequences are refused, never repaired or replaced. Bodies are decoded with
 * it; paths and queries must percent-decode to it.
 */
public final class StrictUtf8 {

    private StrictUtf8() {
    }

    /** The text these bytes encode, or empty when they are not UTF-8. */
    public static Optional<String> decode(byte[] bytes) {
        try {
            return Optional.of(StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString());
        } catch (CharacterCodingException notUtf8) {
            return Optional.empty();
        }
    }

    /**
     * Whether a raw path or query is ASCII whose percent-escapes are complete and decode to UTF-8. Raw bytes above
     * 0x7F do not belong in a request target (RFC 9112), so they are refused as well.
     */
    public static boolean isPercentEncodedUtf8(String raw) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(raw.length());
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c > 0x7F) {
                return false;
            }
            if (c != '%') {
                bytes.write(c);
                continue;
            }
            if (i + 2 >= raw.length() || !HexFormat.isHexDigit(raw.charAt(i + 1))
                    || !HexFormat.isHexDigit(raw.charAt(i + 2))) {
                return false;
            }
            bytes.write(HexFormat.fromHexDigits(raw, i + 1, i + 3));
            i += 2;
        }
        return decode(bytes.toByteArray()).isPresent();
    }
}
