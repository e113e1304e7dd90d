package io.cockpit.adapters.mysql;

import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.argument.AbstractArgumentFactory;
import org.jdbi.v3.core.argument.Argument;
import org.jdbi.v3.core.config.ConfigRegistry;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * Instants are stored as UTC wall-clock time in DATETIME(3) columns. Converting here, not in the driver, keeps the
 * stored values the same whatever the JVM's or the server's time zone is. They are bound as text: MySQL
 * Connector/J takes MariaDB's "5.5.5-" version prefix for MySQL 5.5 and silently drops the milliseconds of
 * temporal parameters.
 */
public final class InstantColumns {

    private static final DateTimeFormatter TEXT = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss.SSS");

    private InstantColumns() {
    }

    public static void register(Jdbi jdbi) {
        jdbi.registerArgument(new AbstractArgumentFactory<Instant>(Types.TIMESTAMP) {
            @Override
            protected Argument build(Instant value, ConfigRegistry config) {
                return (position, statement, context) ->
                        statement.setString(position, TEXT.format(LocalDateTime.ofInstant(value, ZoneOffset.UTC)));
            }
        });
        jdbi.registerColumnMapper(Instant.class, (resultSet, column, context) -> read(resultSet, column));
    }

    public static Instant read(ResultSet resultSet, String column) throws SQLException {
        LocalDateTime value = resultSet.getObject(column, LocalDateTime.class);
        return value == null ? null : value.toInstant(ZoneOffset.UTC);
    }

    public static Instant read(ResultSet resultSet, int column) throws SQLException {
        LocalDateTime value = resultSet.getObject(column, LocalDateTime.class);
        return value == null ? null : value.toInstant(ZoneOffset.UTC);
    }
}
