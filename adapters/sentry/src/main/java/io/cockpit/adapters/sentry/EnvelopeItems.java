package io.cockpit.adapters.sentry;

import io.sentry.JsonObjectReader;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The items of a Sentry envelope (a header line, then per item a header line and its payload: {@code length} bytes
 * when the header says so, else up to the next newline, as the JavaScript SDK writes them). The SDK's own reader
 * insists on lengths. Empty when the bytes are not an envelope.
 */
final class EnvelopeItems {

    /** One item: its type ({@code event}, {@code session}, ...) and its payload. */
    record Item(String type, byte[] payload) {
    }

    private EnvelopeItems() {
    }

    static Optional<List<Item>> read(byte[] envelope) {
        try {
            int position = lineEnd(envelope, 0);
            if (!(json(envelope, 0, position) instanceof Map)) {
                return Optional.empty();
            }
            List<Item> items = new ArrayList<>();
            position++;
            while (position < envelope.length) {
                int headerEnd = lineEnd(envelope, position);
                if (headerEnd == position) {
                    position++;
                    continue;
                }
                if (!(json(envelope, position, headerEnd) instanceof Map<?, ?> header)
                        || !(header.get("type") instanceof String type)) {
                    return Optional.empty();
                }
                int start = headerEnd + 1;
                int end = header.get("length") instanceof Number length ? start + length.intValue()
                        : lineEnd(envelope, Math.min(start, envelope.length));
                if (start > envelope.length || end > envelope.length || end < start) {
                    return Optional.empty();
                }
                items.add(new Item(type, Arrays.copyOfRange(envelope, start, end)));
                position = end + 1;
            }
            return Optional.of(items);
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    private static int lineEnd(byte[] bytes, int from) {
        for (int i = from; i < bytes.length; i++) {
            if (bytes[i] == '\n') {
                return i;
            }
        }
        return bytes.length;
    }

    private static Object json(byte[] bytes, int from, int to) throws IOException {
        String text = new String(bytes, from, to - from, StandardCharsets.UTF_8);
        return new JsonObjectReader(new StringReader(text)).nextObjectOrNull();
    }
}
