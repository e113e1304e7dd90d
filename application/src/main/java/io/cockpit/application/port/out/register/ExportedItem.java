package io.cockpit.application.port.out.register;

import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One item of a user's export: named fields in a fixed order. Values are text, numbers, booleans, instants, lists of
 * those, or null; the export writes them as JSON and as CSV columns.
 */
public record ExportedItem(Map<String, Object> fields) {

    public ExportedItem {
        fields = Collections.unmodifiableMap(new LinkedHashMap<>(fields));
        fields.values().forEach(ExportedItem::checkValue);
    }

    public static Builder builder() {
        return new Builder();
    }

    private static void checkValue(Object value) {
        if (value == null || value instanceof String || value instanceof Number || value instanceof Boolean
                || value instanceof Instant) {
            return;
        }
        if (value instanceof List<?> list) {
            list.forEach(ExportedItem::checkValue);
            return;
        }
        throw new IllegalArgumentException("an exported value is text, a number, a boolean, an instant or a list: "
                + value.getClass().getSimpleName());
    }

    public static final class Builder {
        private final Map<String, Object> fields = new LinkedHashMap<>();

        public Builder field(String name, Object value) {
            fields.put(name, value);
            return this;
        }

        public ExportedItem build() {
            return new ExportedItem(fields);
        }
    }
}
