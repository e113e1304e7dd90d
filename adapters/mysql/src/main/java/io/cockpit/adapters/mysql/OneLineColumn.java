package io.cockpit.adapters.mysql;

import io.cockpit.domain.shared.Text;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * A stored one-line text that {@link LayoutControlsMigration} cleans: where it is ({@code table.column}, the row's
 * {@code key}), at most {@code maxLength} code points, and, for a name unique within {@code scope}, how it is compared.
 */
record OneLineColumn(String table, String key, String column, int maxLength, Kind kind, List<String> scope) {

    enum Kind {
        /** A one-line text. */
        PLAIN,
        /** A URL: a layout control is percent-encoded, so that it stays a URL. */
        URL,
        /** A name unique per scope without regard to case, kept beside it in {@code name_canonical}. */
        NAME,
        /** A file name unique per scope as written; a number goes before its extension. */
        FILE_NAME
    }

    OneLineColumn {
        Objects.requireNonNull(table, "table");
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(column, "column");
        Objects.requireNonNull(kind, "kind");
        scope = List.copyOf(scope);
        if (scope.isEmpty() != (kind == Kind.PLAIN || kind == Kind.URL)) {
            throw new IllegalArgumentException("a unique name needs its scope, and only it");
        }
    }

    static OneLineColumn plain(String table, String key, String column, int maxLength) {
        return new OneLineColumn(table, key, column, maxLength, Kind.PLAIN, List.of());
    }

    static OneLineColumn url(String table, String key, String column, int maxLength) {
        return new OneLineColumn(table, key, column, maxLength, Kind.URL, List.of());
    }

    static OneLineColumn uniqueName(String table, String key, String column, int maxLength, List<String> scope) {
        return new OneLineColumn(table, key, column, maxLength, Kind.NAME, scope);
    }

    static OneLineColumn uniqueFileName(String table, String key, String column, int maxLength, List<String> scope) {
        return new OneLineColumn(table, key, column, maxLength, Kind.FILE_NAME, scope);
    }

    boolean unique() {
        return !scope.isEmpty();
    }

    /** The column the unique key compares. */
    String comparedColumn() {
        return kind == Kind.NAME ? "name_canonical" : column;
    }

    Optional<String> canonicalColumn() {
        return kind == Kind.NAME ? Optional.of("name_canonical") : Optional.empty();
    }

    /** {@code value} as the unique key compares it. */
    String compared(String value) {
        return kind == Kind.NAME ? value.toLowerCase(Locale.ROOT) : value;
    }

    /** Without layout controls, as the value objects read it (trimmed, NFC); never empty, never longer. */
    String cleaned(String value) {
        if (kind == Kind.URL) {
            String encoded = Text.replaced(value, Text::isLayoutControl, OneLineColumn::percentEncoded);
            // each encoded control takes up to nine characters: one that no longer fits loses them instead
            return Text.length(encoded) <= maxLength ? encoded : Text.replaced(value, Text::isLayoutControl, c -> "");
        }
        String cleaned = Text.normalized(Text.layoutControlsAsSpaces(value));
        boolean pathLike = kind == Kind.FILE_NAME && (cleaned.equals(".") || cleaned.equals(".."));
        return cleaned.isEmpty() || pathLike ? LayoutControlsMigration.NOT_READABLE : cleaned;
    }

    private static String percentEncoded(int character) {
        StringBuilder encoded = new StringBuilder();
        for (byte b : Character.toString(character).getBytes(StandardCharsets.UTF_8)) {
            encoded.append('%').append(String.format(Locale.ROOT, "%02X", b & 0xFF));
        }
        return encoded.toString();
    }

    /** {@code name} with " (n)", shortened where needed to stay within the length (a file name's extension kept). */
    String numbered(String name, int n) {
        String suffix = " (" + n + ")";
        int dot = kind == Kind.FILE_NAME ? name.lastIndexOf('.') : -1;
        if (dot > 0 && Text.length(name.substring(dot)) + Text.length(suffix) >= maxLength) {
            dot = -1; // an extension that leaves no room for the name is no extension
        }
        String base = dot > 0 ? name.substring(0, dot) : name;
        String extension = dot > 0 ? name.substring(dot) : "";
        int room = maxLength - Text.length(suffix) - Text.length(extension);
        if (Text.length(base) > room) {
            base = base.substring(0, base.offsetByCodePoints(0, room)).strip();
        }
        return base + suffix + extension;
    }
}
