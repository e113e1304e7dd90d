package io.cockpit.adapters.mysql;

import io.cockpit.application.paging.PageRequest;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.SqlStatement;

import java.sql.SQLException;

/**
 * SQL for keyset paging by (sort column, id): the condition that continues after a cursor, and one row more than
 * asked for, so that {@link io.cockpit.application.paging.Page#of} knows whether a next page exists.
 */
public record KeysetPage(String sortColumn, String idColumn, boolean newestFirst, boolean timeOrdered,
                         String scopeColumn, String scopeIndex) {

    /** Newest first by a DATETIME column. */
    public static KeysetPage byTimeDescending(String timeColumn, String idColumn) {
        return new KeysetPage(timeColumn, idColumn, true, true, "", "");
    }

    /** Oldest (earliest) first by a DATETIME column. */
    public static KeysetPage byTimeAscending(String timeColumn, String idColumn) {
        return new KeysetPage(timeColumn, idColumn, false, true, "", "");
    }

    /** Ascending by a text column (e.g. a canonical name). */
    public static KeysetPage byTextAscending(String textColumn, String idColumn) {
        return new KeysetPage(textColumn, idColumn, false, false, "", "");
    }

    /**
     * The same order within one value of {@code column}, which the query fixes with {@code column = :value} and which
     * leads {@code index} on (column, sort, id): {@link #indexHint(Handle)} and
     * {@link #orderAndLimit(PageRequest, Handle)} then make every page a seek in that index on both databases, so that
     * reading a long list to its end (an export) costs in proportion to its length, not to its square.
     */
    public KeysetPage within(String column, String index) {
        return new KeysetPage(sortColumn, idColumn, newestFirst, timeOrdered, column, index);
    }

    /**
     * " FORCE INDEX (index)" on MySQL and MariaDB, "" on H2 and without a scope; goes right after the table in FROM.
     * MariaDB's planner otherwise reads a page after a cursor in the first half of the list by scanning from the
     * list's start (type ref on the scope column alone), as many index entries as the cursor's position.
     */
    public String indexHint(Handle handle) {
        return scopeIndex.isEmpty() || isH2(handle) ? "" : " FORCE INDEX (" + scopeIndex + ")";
    }

    /**
     * " AND sort <= :cursorAt AND (sort < :cursorAt OR (sort = :cursorAt AND id < :cursorId))" after a cursor, "" on
     * the first page. The first bound is redundant; it is there because it gives the planners an index range to seek
     * to (H2 does not derive one from the OR).
     */
    public String after(PageRequest page) {
        String op = newestFirst ? "<" : ">";
        return page.after().isEmpty() ? "" : " AND " + sortColumn + " " + op + "= :cursorAt AND (" + sortColumn + " "
                + op + " :cursorAt OR (" + sortColumn + " = :cursorAt AND " + idColumn + " " + op + " :cursorId))";
    }

    public String orderAndLimit(PageRequest page) {
        return orderAndLimit(page, "");
    }

    /**
     * As {@link #orderAndLimit(PageRequest)}, with the scope column leading the ORDER BY on H2: H2 reads the rows in
     * the index's order (and stops after the limit) only when the ORDER BY names the index's columns from the first,
     * even one the WHERE fixes; without it each page reads and sorts every row after the cursor. MariaDB is the other
     * way round: it reads in index order for ORDER BY (sort, id) but sorts all the user's rows (filesort) when the
     * fixed column is named. The EXPLAIN output of both is in docs/benchmarks.md.
     */
    public String orderAndLimit(PageRequest page, Handle handle) {
        return orderAndLimit(page, scopeColumn.isEmpty() || !isH2(handle) ? "" : scopeColumn);
    }

    private String orderAndLimit(PageRequest page, String leading) {
        String direction = newestFirst ? " DESC" : " ASC";
        return " ORDER BY " + (leading.isEmpty() ? "" : leading + direction + ", ") + sortColumn + direction + ", "
                + idColumn + direction + " LIMIT " + (page.limit() + 1);
    }

    public static boolean isH2(Handle handle) {
        try {
            return handle.getConnection().getMetaData().getDatabaseProductName().equalsIgnoreCase("H2");
        } catch (SQLException e) {
            throw new IllegalStateException("cannot tell the database product", e);
        }
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
