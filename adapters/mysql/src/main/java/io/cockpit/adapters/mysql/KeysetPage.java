package io.cockpit.adapters.mysql;

import io.cockpit.application.paging.PageRequest;
import org.jdbi.v3.core.statement.SqlStatement;

/**
 * SQL for keyset paging by (sort column, id): the condition that continues after a cursor, and one row more than
 * asked for, so that {@link io.cockpit.application.paging.Page#of} knows whether a next page exists.
 */
public record KeysetPage(String sortColumn, String idColumn, boolean newestFirst, boolean timeOrdered) {

    /** Newest first by a DATETIME column. */
    public static KeysetPage byTimeDescending(String timeColumn, String idColumn) {
        return new KeysetPage(timeColumn, idColumn, true, true);
    }

    /** Oldest (earliest) first by a DATETIME column. */
    public static KeysetPage byTimeAscending(String timeColumn, String idColumn) {
        return new KeysetPage(timeColumn, idColumn, false, true);
    }

    /** Ascending by a text column (e.g. a canonical name). */
    public static KeysetPage byTextAscending(String textColumn, String idColumn) {
        return new KeysetPage(textColumn, idColumn, false, false);
    }

    /** " AND (sort < :cursorAt OR (sort = :cursorAt AND id < :cursorId))" after a cursor, "" on the first page. */
    public String after(PageRequest page) {
        String op = newestFirst ? "<" : ">";
        return page.after().isEmpty() ? "" : " AND (" + sortColumn + " " + op + " :cursorAt OR (" + sortColumn
                + " = :cursorAt AND " + idColumn + " " + op + " :cursorId))";
    }

    public String orderAndLimit(PageRequest page) {
        String direction = newestFirst ? " DESC" : " ASC";
        return " ORDER BY " + sortColumn + direction + ", " + idColumn + direction + " LIMIT " + (page.limit() + 1);
    }

    public <S extends SqlStatement<S>> S bind(S statement, PageRequest page) {
        page.after().ifPresent(cursor -> {
            if (timeOrdered) {
                statement.bind("cursorAt", cursor.time());
            } else {
                statement.bind("cursorAt", cursor.position());
            }
            statement.bind("cursorId", cursor.id());
        });
        return statement;
    }
}
