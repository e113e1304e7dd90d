package io.cockpit.adapters.mysql.linkedin;

import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.Query;

import java.util.ArrayList;
import java.util.List;

/** A statement being written: its text and its positional values, appended in the same order. */
final class SearchSql {

    private final StringBuilder text = new StringBuilder();
    private final List<Object> values = new ArrayList<>();

    SearchSql append(String part) {
        text.append(part);
        return this;
    }

    /** Appends {@code part} and binds {@code bound} to its question marks, in order. */
    SearchSql append(String part, Object... bound) {
        text.append(part);
        values.addAll(List.of(bound));
        return this;
    }

    /** Appends another statement piece with its values. */
    SearchSql append(SearchSql piece) {
        text.append(piece.text);
        values.addAll(piece.values);
        return this;
    }

    Query query(Handle handle) {
        Query query = handle.createQuery(text.toString());
        Sql.bindAll(query, 0, values.toArray());
        return query;
    }

    @Override
    public String toString() {
        return text.toString();
    }
}
