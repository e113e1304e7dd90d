package io.cockpit.adapters.http.pipeline;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.Iterator;
import java.util.Map;
import java.util.Optional;

/**
 * Finds a string in a JSON body that is no Unicode text: a {@code \ud800}-{@code \udfff} escape without its pair.
 * Strict UTF-8 keeps such code points out of the bytes, but JSON escapes bring them back, and a database would store
 * them as {@code ?}.
 */
final class LoneSurrogates {

    private LoneSurrogates() {
    }

    /** The JSON Pointer of the first field name or string holding a lone surrogate. */
    static Optional<String> find(JsonNode node) {
        return find(node, "");
    }

    private static Optional<String> find(JsonNode node, String pointer) {
        if (node.isTextual()) {
            return broken(node.textValue()) ? Optional.of(pointer.isEmpty() ? "/" : pointer) : Optional.empty();
        }
        if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                Optional<String> found = find(node.get(i), pointer + "/" + i);
                if (found.isPresent()) {
                    return found;
                }
            }
        }
        if (node.isObject()) {
            Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
            while (fields.hasNext()) {
                Map.Entry<String, JsonNode> field = fields.next();
                String at = pointer + "/" + field.getKey().replace("~", "~0").replace("/", "~1");
                if (broken(field.getKey())) {
                    // the name itself is not echoed: it is no text that could be
                    return Optional.of(pointer.isEmpty() ? "/" : pointer);
                }
                Optional<String> found = find(field.getValue(), at);
                if (found.isPresent()) {
                    return found;
                }
            }
        }
        return Optional.empty();
    }

    static boolean broken(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return true;
            }
        }
        return false;
    }
}
