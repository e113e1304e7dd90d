package io.cockpit.application.testing.fakes;

import io.cockpit.application.paging.Cursor;
import io.cockpit.application.paging.Page;
import io.cockpit.application.paging.PageRequest;

import java.time.Instant;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;

/**
 * Keyset paging as the SQL adapters page: ordered by (sort value, id), continued strictly after the cursor's
 * position, one row more than asked for so that {@link Page#of} knows whether a next page exists.
 */
final class Keyset {

    /** utf8mb4_bin: texts compare by code point (String.compareTo would compare UTF-16 units). */
    static final Comparator<String> BINARY_TEXT = (a, b) -> {
        int[] left = a.codePoints().toArray();
        int[] right = b.codePoints().toArray();
        return Arrays.compare(left, right);
    };

    private Keyset() {
    }

    private record Position<S, I>(S sort, I id) {
    }

    /** Newest first by a time, then by a text id, descending. */
    static <R> Page<R> newestFirst(Collection<R> rows, PageRequest page, Function<R, Instant> time,
                                   Function<R, String> id) {
        Comparator<Position<Instant, String>> ascending = Comparator.<Position<Instant, String>, Instant>comparing(
                Position::sort).thenComparing(Position::id, BINARY_TEXT);
        return page(rows, page, row -> new Position<>(time.apply(row), id.apply(row)),
                cursor -> new Position<>(cursor.time(), cursor.id()), ascending.reversed(),
                row -> Cursor.at(time.apply(row), id.apply(row)));
    }

    /** Newest first by a time, then by a numbered id (an AUTO_INCREMENT column), descending. */
    static <R> Page<R> newestFirstNumbered(Collection<R> rows, PageRequest page, Function<R, Instant> time,
                                           Function<R, Long> id) {
        Comparator<Position<Instant, Long>> ascending = Comparator.<Position<Instant, Long>, Instant>comparing(
                Position::sort).thenComparing(Position::id);
        return page(rows, page, row -> new Position<>(time.apply(row), id.apply(row)),
                cursor -> new Position<>(cursor.time(), Long.parseLong(cursor.id())), ascending.reversed(),
                row -> Cursor.at(time.apply(row), Long.toString(id.apply(row))));
    }

    /** Oldest first by a time, then by a text id, ascending. */
    static <R> Page<R> oldestFirst(Collection<R> rows, PageRequest page, Function<R, Instant> time,
                                   Function<R, String> id) {
        Comparator<Position<Instant, String>> ascending = Comparator.<Position<Instant, String>, Instant>comparing(
                Position::sort).thenComparing(Position::id, BINARY_TEXT);
        return page(rows, page, row -> new Position<>(time.apply(row), id.apply(row)),
                cursor -> new Position<>(cursor.time(), cursor.id()), ascending,
                row -> Cursor.at(time.apply(row), id.apply(row)));
    }

    /** Ascending by a text (e.g. a canonical name), then by a text id. */
    static <R> Page<R> byTextAscending(Collection<R> rows, PageRequest page, Function<R, String> text,
                                       Function<R, String> id) {
        Comparator<Position<String, String>> ascending = Comparator.<Position<String, String>, String>comparing(
                Position::sort, BINARY_TEXT).thenComparing(Position::id, BINARY_TEXT);
        return page(rows, page, row -> new Position<>(text.apply(row), id.apply(row)),
                cursor -> new Position<>(cursor.position(), cursor.id()), ascending,
                row -> new Cursor(text.apply(row), id.apply(row)));
    }

    private static <R, P> Page<R> page(Collection<R> rows, PageRequest page, Function<R, P> positionOf,
                                       Function<Cursor, P> cursorPosition, Comparator<P> order,
                                       Function<R, Cursor> cursorOf) {
        List<R> fetched = rows.stream()
                .filter(row -> page.after().map(cursor ->
                        order.compare(positionOf.apply(row), cursorPosition.apply(cursor)) > 0).orElse(true))
                .sorted(Comparator.comparing(positionOf, order))
                .limit(page.limit() + 1L)
                .toList();
        return Page.of(fetched, page.limit(), cursorOf);
    }
}
