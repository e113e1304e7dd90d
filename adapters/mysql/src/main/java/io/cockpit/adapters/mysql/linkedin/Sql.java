package io.cockpit.adapters.mysql.linkedin;

import io.cockpit.adapters.mysql.InstantColumns;
import io.cockpit.adapters.mysql.SqlCauses;
import io.cockpit.adapters.mysql.UniqueKeys;
import io.cockpit.application.port.out.shared.StaleWriteException;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.SqlStatement;
import org.jdbi.v3.core.statement.StatementException;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Small pieces of SQL the LinkedIn repositories share: positional lists ({@code IN (?, ?, ?)}), multi-row inserts
 * in chunks, nullable binds, the "no time" value of the sort columns, and lock conflicts as the port's
 * {@link StaleWriteException}. Everything here is plain SQL that H2 (MySQL mode) and MySQL/MariaDB both run.
 */
final class Sql {

    /** "No time" in the NOT NULL sort columns (never contacted, no connection date, no message). */
    static final Instant NONE = Instant.EPOCH;
    /** Keys per IN list and rows per multi-row INSERT. */
    static final int CHUNK = 250;

    private Sql() {
    }

    static String marks(int count) {
        return String.join(", ", Collections.nCopies(count, "?"));
    }

    static <T> List<List<T>> chunks(Collection<T> items) {
        List<T> all = List.copyOf(items);
        List<List<T>> chunks = new ArrayList<>();
        for (int from = 0; from < all.size(); from += CHUNK) {
            chunks.add(all.subList(from, Math.min(all.size(), from + CHUNK)));
        }
        return chunks;
    }

    /** Binds values to positions from {@code first} on; {@code null} as SQL NULL, instants as UTC text. */
    static <S extends SqlStatement<S>> int bindAll(S statement, int first, Object... values) {
        int position = first;
        for (Object value : values) {
            bind(statement, position++, value);
        }
        return position;
    }

    static <S extends SqlStatement<S>> void bind(S statement, int position, Object value) {
        switch (value) {
            case null -> statement.bindNull(position, Types.VARCHAR);
            case Optional<?> optional -> bind(statement, position, optional.orElse(null));
            case Boolean flag -> statement.bind(position, flag.booleanValue());
            case Integer number -> statement.bind(position, number.intValue());
            case Long number -> statement.bind(position, number.longValue());
            default -> statement.bind(position, value);
        }
    }

    /** One multi-row INSERT per chunk of rows; {@code values} gives each row's values in column order. */
    static <T> void insertRows(Handle handle, String table, List<String> columns, List<T> rows,
                               Function<T, Object[]> values) {
        String row = "(" + marks(columns.size()) + ")";
        for (List<T> chunk : chunks(rows)) {
            var insert = handle.createUpdate("INSERT INTO " + table + " (" + String.join(", ", columns) + ") VALUES "
                    + String.join(", ", Collections.nCopies(chunk.size(), row)));
            int position = 0;
            for (T item : chunk) {
                position = bindAll(insert, position, values.apply(item));
            }
            insert.execute();
        }
    }

    static Optional<Instant> instant(ResultSet rs, String column) throws SQLException {
        return Optional.ofNullable(InstantColumns.read(rs, column));
    }

    /** A NOT NULL sort column where {@link #NONE} stands for "no time". */
    static Optional<Instant> sortTime(ResultSet rs, String column) throws SQLException {
        return instant(rs, column).filter(at -> !at.equals(NONE));
    }

    /** Runs a statement; a lock wait timeout or deadlock becomes {@link StaleWriteException} (the caller retries). */
    static <T> T conflictsRetried(Supplier<T> statement) {
        try {
            return statement.get();
        } catch (StatementException e) {
            if (isLockConflict(e)) {
                throw new StaleWriteException("linkedin data");
            }
            throw e;
        }
    }

    /** As {@link #conflictsRetried}; a duplicate key becomes the port's {@code UniquenessViolation}. */
    static <T> T uniqueAndRetried(Supplier<T> statement) {
        return UniqueKeys.translate(Map.of(), () -> conflictsRetried(statement));
    }

    private static boolean isLockConflict(Throwable failure) {
        // 40001 deadlock (both), HYT00 lock timeout (H2), 1205 lock wait timeout (MySQL)
        return SqlCauses.first(failure, sql -> "40001".equals(sql.getSQLState()) || "HYT00".equals(sql.getSQLState())
                || sql.getErrorCode() == 1205 || sql.getErrorCode() == 1213).isPresent();
    }
}
