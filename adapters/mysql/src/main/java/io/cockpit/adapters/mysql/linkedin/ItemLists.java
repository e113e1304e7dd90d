package io.cockpit.adapters.mysql.linkedin;

import io.cockpit.domain.linkedin.Attachment;
import io.cockpit.domain.linkedin.Reaction;
import io.cockpit.domain.linkedin.Urn;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * A message's reactions and attachments in one text column each: one entry per line, fields separated by tabs,
 * backslash, tab and line breaks escaped. Small, read only with their message, never searched.
 */
final class ItemLists {

    private ItemLists() {
    }

    static String reactions(List<Reaction> reactions) {
        return encode(reactions, r -> List.of(r.reactor().value(), r.emoji()));
    }

    static List<Reaction> reactions(String text) {
        return decode(text, fields -> new Reaction(new Urn(fields.get(0)), fields.get(1)));
    }

    static String attachments(List<Attachment> attachments) {
        return encode(attachments, a -> List.of(a.name(), a.mediaType(), Long.toString(a.size())));
    }

    static List<Attachment> attachments(String text) {
        return decode(text, fields -> new Attachment(fields.get(0), fields.get(1), Long.parseLong(fields.get(2))));
    }

    private static <T> String encode(List<T> items, Function<T, List<String>> fields) {
        if (items.isEmpty()) {
            return null;
        }
        StringBuilder out = new StringBuilder();
        for (T item : items) {
            if (!out.isEmpty()) {
                out.append('\n');
            }
            List<String> values = fields.apply(item);
            for (int i = 0; i < values.size(); i++) {
                if (i > 0) {
                    out.append('\t');
                }
                escape(values.get(i), out);
            }
        }
        return out.toString();
    }

    private static void escape(String value, StringBuilder out) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '\\' -> out.append("\\\\");
                case '\t' -> out.append("\\t");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                default -> out.append(c);
            }
        }
    }

    private static <T> List<T> decode(String text, Function<List<String>, T> item) {
        if (text == null || text.isEmpty()) {
            return List.of();
        }
        List<T> items = new ArrayList<>();
        for (String line : text.split("\n", -1)) {
            List<String> fields = new ArrayList<>();
            StringBuilder field = new StringBuilder();
            for (int i = 0; i < line.length(); i++) {
                char c = line.charAt(i);
                if (c == '\t') {
                    fields.add(field.toString());
                    field.setLength(0);
                } else if (c == '\\' && i + 1 < line.length()) {
                    char next = line.charAt(++i);
                    field.append(switch (next) {
                        case 't' -> '\t';
                        case 'n' -> '\n';
                        case 'r' -> '\r';
                        default -> next;
                    });
                } else {
                    field.append(c);
                }
            }
            fields.add(field.toString());
            items.add(item.apply(fields));
        }
        return items;
    }
}
