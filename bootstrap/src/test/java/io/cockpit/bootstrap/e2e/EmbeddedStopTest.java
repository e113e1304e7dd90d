package io.cockpit.bootstrap.e2e;

import io.cockpit.adapters.mysql.DatabaseSettings;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An embedded server stopped as a platform stops it (SIGTERM) gives up its job leases before its database closes, so
 * that the next start runs the jobs at once instead of after the leases ran out (up to 30 minutes for the retention).
 */
class EmbeddedStopTest {

    @TempDir
    Path dir;

    private NodeProcess node;

    @AfterEach
    void stopNode() {
        if (node != null) {
            node.close();
        }
    }

    @Test
    void aStoppedEmbeddedServerHasGivenUpItsJobLeases() throws Exception {
        node = NodeProcess.launch("embedded", Map.of("SERVER_HOST", "127.0.0.1", "SERVER_PORT", "0",
                "COCKPIT_DATA_DIR", dir.resolve("data").toString(), "COCKPIT_MANAGEMENT_PORT", "0",
                "COCKPIT_PROBE_PORT", "0"), dir).awaitRunning(Duration.ofSeconds(60));
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (!node.output().contains("holds the lease") && System.nanoTime() < deadline) {
            NodeProcess.pause(100);
        }
        assertThat(node.output()).as("a job took its lease").contains("holds the lease");

        node.stop();

        assertThat(node.isAlive()).isFalse();
        assertThat(leases()).as("leases left behind").isEmpty();
        Path trace = dir.resolve("data").resolve("cockpit.trace.db");
        if (Files.exists(trace)) {
            assertThat(Files.readString(trace)).doesNotContain("already closed");
        }
    }

    /** The jobs whose lease is held, read from the database file once the node has stopped (it locks the file). */
    private List<String> leases() throws SQLException {
        List<String> jobs = new ArrayList<>();
        DatabaseSettings settings = DatabaseSettings.embedded(dir.resolve("data"), 2);
        try (Connection connection = DriverManager.getConnection(settings.jdbcUrl(), settings.user(),
                settings.password()); ResultSet rows = connection.createStatement()
                .executeQuery("SELECT job FROM job_lease")) {
            while (rows.next()) {
                jobs.add(rows.getString(1));
            }
        }
        return jobs;
    }
}
