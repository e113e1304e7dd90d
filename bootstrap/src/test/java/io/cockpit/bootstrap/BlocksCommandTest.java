package io.cockpit.bootstrap;

import io.cockpit.adapters.mysql.DatabaseSettings;
import io.cockpit.adapters.mysql.RelationalStore;
import io.cockpit.adapters.mysql.audit.JdbiAuditLog;
import io.cockpit.bootstrap.CommandLineServer.Run;
import io.cockpit.domain.audit.AuditEvent;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** `./cockpit blocks list|remove`: recovering from a mistaken block on the server, without the API or SQL. */
class BlocksCommandTest {

    @TempDir
    Path dataDir;

    private CommandLineServer server;

    @BeforeEach
    void start() {
        server = new CommandLineServer(dataDir);
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private int block(String range, String from) {
        return server.status("POST", "/v1/operator/blocked-addresses", CommandLineServer.OPERATOR_KEY, from,
                "{\"address\":\"" + range + "\",\"reason\":\"office network by mistake\"}");
    }

    @Test
    void anOperatorLockedOutByAMistakenBlockRemovesItFromTheCommandLine() {
        assertThat(block("198.51.100.0/24", "192.0.2.10")).isEqualTo(201);
        // the operator's office moved into the blocked network: the API refuses them now
        assertThat(server.status("GET", "/v1/operator/blocked-addresses", CommandLineServer.OPERATOR_KEY,
                "198.51.100.20", null)).isEqualTo(403);

        Run list = server.run(BlocksCommand::run, "list");
        String line = list.out().lines().filter(row -> row.contains("198.51.100.0/24")).findFirst().orElseThrow();
        String id = line.split("\\s+")[0];
        Run removed = server.run(BlocksCommand::run, "remove", id);

        assertThat(list.exit()).isZero();
        assertThat(list.out().lines().findFirst().orElseThrow())
                .contains("ID", "ADDRESS", "BLOCKED BY", "BLOCKED AT", "EXPIRES", "REASON");
        assertThat(line).contains("olivia", "office network by mistake");
        assertThat(removed.exit()).as(removed.err()).isZero();
        assertThat(statusWithinASecond()).isEqualTo(200);
        assertThat(server.run(BlocksCommand::run, "list").out()).doesNotContain("198.51.100.0/24");

        List<AuditEvent> audit;
        try (RelationalStore store = RelationalStore.open(DatabaseSettings.embedded(dataDir, 2))) {
            audit = store.repository(JdbiAuditLog::new).latest(10);
        }
        assertThat(audit).filteredOn(event -> event.action().equals("blocked_addresses.unblock"))
                .singleElement().satisfies(event -> {
                    assertThat(event.actor()).startsWith("command-line:");
                    assertThat(event.target()).isEqualTo(id);
                });
    }

    private int statusWithinASecond() {
        long deadline = System.nanoTime() + 1_000_000_000L;
        int status;
        do {
            status = server.status("GET", "/v1/operator/blocked-addresses", CommandLineServer.OPERATOR_KEY,
                    "198.51.100.20", null);
        } while (status == 403 && System.nanoTime() < deadline);
        return status;
    }

    @Test
    void unknownBlocksAndBadArgumentsAreRefused() {
        Run unknown = server.run(BlocksCommand::run, "remove", "5e6f7a8b-9c0d-4e1f-a2b3-c4d5e6f7a8b9");
        Run noId = server.run(BlocksCommand::run, "remove");
        Run other = server.run(BlocksCommand::run, "add", "0.0.0.0/0");

        assertThat(unknown.exit()).isEqualTo(1);
        assertThat(unknown.err()).contains("No block with id");
        assertThat(noId.exit()).isEqualTo(2);
        assertThat(other.err()).contains("usage: ./cockpit blocks list");
    }
}
