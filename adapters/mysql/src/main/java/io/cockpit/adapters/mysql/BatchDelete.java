package io.cockpit.adapters.mysql;

import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.statement.Query;
import org.jdbi.v3.core.statement.SqlStatement;
import org.jdbi.v3.core.statement.Update;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Deletes rows in bounded batches, as erasure and retention need: the keys of up to {@code limit} matching rows are
 * selected in a stable order, then those rows are deleted by key with the condition checked again, in one
 * transaction. {@code DELETE ... LIMIT} would do it in one statement on MySQL, but H2 does not take it.
 *
 * @param table   the table
 * @param keys    its primary key columns
 * @param where   the condition, with {@code :named} parameters
 * @param orderBy the order a batch is taken in (an indexed column first, so that the select stays cheap)
 * @param h2OrderBy the order on H2 when it must differ, "" for the same: see {@link #inIndexOrder}
 */
public record BatchDelete(String table, List<String> keys, String where, String orderBy, String h2OrderBy) {

    public BatchDelete {
        Objects.requireNonNull(table, "table");
        keys = List.copyOf(keys);
        if (keys.isEmpty()) {
            throw new IllegalArgumentException("a batch is deleted by key");
        }
        Objects.requireNonNull(where, "where");
        Objects.requireNonNull(orderBy, "orderBy");
        Objects.requireNonNull(h2OrderBy, "h2OrderBy");
    }

    public BatchDelete(String table, List<String> keys, String where, String orderBy) {
        this(table, keys, where, orderBy, "");
    }

    public static BatchDelete byKey(String table, String key, String where, String orderBy) {
        return new BatchDelete(table, List.of(key), where, orderBy);
    }

    /**
     * The rows of one value of {@code column} (the condition {@code column = :param}) in the order of the index
     * (column, then {@code order}), so that a batch reads only its own index entries. The planners want it said in
     * different ways: MariaDB reads the index in order for {@code ORDER BY order} but sorts all the matching rows
     * (filesort) when the fixed column is named too (over JDBC; the mariadb client did not); H2 reads in index order
     * only when the ORDER BY names the index's columns from the first, and otherwise sorts all the matching rows.
     */
    public static BatchDelete inIndexOrder(String table, String key, String column, String param, String order) {
        return new BatchDelete(table, List.of(key), column + " = :" + param, order, column + ", " + order);
    }

    /** Deletes up to {@code limit} matching rows; how many it deleted (0: none matched). */
    public int run(JdbiTransactions db, Map<String, Object> parameters, int limit) {
        return db.inTransaction(() -> db.withHandle(h -> {
            List<Map<String, Object>> batch = select(h, "", parameters, limit, (rs, ctx) -> keyOf(rs));
            return batch.isEmpty() ? 0 : delete(h, batch, parameters);
        }));
    }

    /**
     * Deletes up to {@code limit} matching rows and returns them as {@code mapper} reads them from
     * {@code SELECT columns}; the columns must include the key columns.
     */
    public <T> List<T> run(JdbiTransactions db, Map<String, Object> parameters, int limit, String columns,
                           RowMapper<T> mapper) {
        return db.inTransaction(() -> db.withHandle(h -> {
            List<Map.Entry<Map<String, Object>, T>> batch = select(h, columns, parameters, limit,
                    (rs, ctx) -> Map.entry(keyOf(rs), mapper.map(rs, ctx)));
            if (batch.isEmpty()) {
                return List.<T>of();
            }
            delete(h, batch.stream().map(Map.Entry::getKey).toList(), parameters);
            return batch.stream().map(Map.Entry::getValue).toList();
        }));
    }

    private Map<String, Object> keyOf(java.sql.ResultSet rs) throws java.sql.SQLException {
        Map<String, Object> key = new LinkedHashMap<>();
        for (String column : keys) {
            key.put(column, rs.getObject(column));
        }
        return key;
    }

    private <T> List<T> select(Handle h, String columns, Map<String, Object> parameters, int limit,
                               RowMapper<T> mapper) {
        Query query = h.createQuery(keySelect(h, columns, limit));
        return bindAll(query, parameters).map(mapper).list();
    }

    /** The SELECT of a batch's keys (and {@code columns}), in the order for the database {@code h} is on. */
    String keySelect(Handle h, String columns, int limit) {
        String selected = String.join(", ", keys) + (columns.isEmpty() ? "" : ", " + columns);
        String order = h2OrderBy.isEmpty() || !KeysetPage.isH2(h) ? orderBy : h2OrderBy;
        return "SELECT " + selected + " FROM " + table + " WHERE " + where + " ORDER BY " + order + " LIMIT "
                + Math.max(0, limit);
    }

    private int delete(Handle h, List<Map<String, Object>> batch, Map<String, Object> parameters) {
        Update delete = h.createUpdate("DELETE FROM " + table + " WHERE (" + where + ") AND ("
                + keyCondition(batch.size()) + ")");
        for (int row = 0; row < batch.size(); row++) {
            for (String column : keys) {
                delete.bind("key" + row + "_" + column, batch.get(row).get(column));
            }
        }
        return bindAll(delete, parameters).execute();
    }

    /**
     * One key column: {@code key IN (...)}; MariaDB plans a list of 2,000 ORed equalities about seven times slower
     * (218 ms against 31 ms by hand). Several: the ORed row conditions.
     */
    private String keyCondition(int rows) {
        List<String> conditions = new ArrayList<>();
        for (int row = 0; row < rows; row++) {
            List<String> equal = new ArrayList<>();
            for (String column : keys) {
                equal.add(keys.size() == 1 ? ":key" + row + "_" + column : column + " = :key" + row + "_" + column);
            }
            conditions.add(keys.size() == 1 ? equal.getFirst() : "(" + String.join(" AND ", equal) + ")");
        }
        return keys.size() == 1
                ? keys.getFirst() + " IN (" + String.join(", ", conditions) + ")"
                : String.join(" OR ", conditions);
    }

    private static <S extends SqlStatement<S>> S bindAll(S statement, Map<String, Object> parameters) {
        parameters.forEach(statement::bind);
        return statement;
    }
}
