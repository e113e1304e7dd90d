package io.cockpit.adapters.mysql;

import io.cockpit.application.paging.Cursor;
import io.cockpit.application.paging.PageRequest;
import org.jdbi.v3.core.statement.SqlStatement;

import java.time.Instant;

/**
 * SQL for keyset paging newest first by (time, id): the condition that continues after a cursor, and one row more
 * than asked for, so that {@link io.cockpit.application.paging.Page#of} knows whether a next page exists.
 */
final class KeysetPage {

    private KeysetPage() {
    }

    /** " AND (t < :cursorAt OR (t = :cursorAt AND id < :cursorId))" after a cursor, "" on the first page. */
    static String after(PageRequest page, String timeColumn, String idColumn) {
        return page.after().isEmpty() ? "" : " AND (" + timeColumn + " < :cursorAt OR (" + timeColumn
                + " = :cursorAt AND " + idColumn + " < :cursorId))";
    }

    static String orderAndLimit(PageRequest page, String timeColumn, String idColumn) {
        return " ORDER BY " + timeColumn + " DESC, " + idColumn + " DESC LIMIT " + (page.limit() + 1);
    }

    static <S extends SqlStatement<S>> S bind(S statement, PageRequest page) {
        page.after().ifPresent(cursor -> statement.bind("cursorAt", cursor.at()).bind("cursorId", cursor.id()));
        return statement;
    }

    static Cursor cursor(Instant at, String id) {
        return new Cursor(at, id);
    }
}
