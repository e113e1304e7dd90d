package io.cockpit.application.testing;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Optional;
import java.util.UUID;

/**
 * The real servers `./cockpit test` starts on loopback (MariaDB, Redis, InfluxDB), announced by environment
 * variables. A test that needs one fails with a clear message when it is missing: a silently skipped test of a real
 * adapter would hide exactly the breakage it exists to catch.
 */
public final class RealServices {

    private RealServices() {
    }

    /** A fresh, empty MySQL database on the test server; drop it with {@link TestDatabase#drop()}. */
    public static TestDatabase newMysqlDatabase() {
        String serverUrl = required("COCKPIT_TEST_MYSQL_URL");
        String user = required("COCKPIT_TEST_MYSQL_USER");
        String password = System.getenv().getOrDefault("COCKPIT_TEST_MYSQL_PASSWORD", "");
        String name = "cockpit_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
        execute(serverUrl, user, password, "CREATE DATABASE " + name
                + " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
        String separator = serverUrl.endsWith("/") ? "" : "/";
        return new TestDatabase(serverUrl + separator + name, serverUrl, name, user, password);
    }

    /** {@code redis://host:port} of the test server (logical database 0). */
    public static String redisUri() {
        return required("COCKPIT_TEST_REDIS_URI");
    }

    /** The test server's logical database {@code database} (1-15), for a user that must see only its own keys. */
    public static String redisUri(int database) {
        return required("COCKPIT_TEST_REDIS_URI") + "/" + database;
    }

    /** {@code http://host:port} of the test InfluxDB (v1 HTTP API). */
    public static String influxUrl() {
        return required("COCKPIT_TEST_INFLUX_URL");
    }

    private static String required(String variable) {
        return Optional.ofNullable(System.getenv(variable)).filter(value -> !value.isBlank())
                .orElseThrow(() -> new IllegalStateException(variable + " is not set: this test needs the real "
                        + "server that `./cockpit test` installs and starts (run the suite with ./cockpit test)"));
    }

    private static void execute(String url, String user, String password, String sql) {
        try (Connection connection = DriverManager.getConnection(url, user, password);
             Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot run `" + sql + "` on the test MySQL server", e);
        }
    }

    /** A database created for one test. */
    public record TestDatabase(String jdbcUrl, String serverUrl, String name, String user, String password) {

        public void drop() {
            execute(serverUrl, user, password, "DROP DATABASE IF EXISTS " + name);
        }
    }
}
