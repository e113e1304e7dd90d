package io.cockpit.bootstrap;

import io.cockpit.bootstrap.CommandLineServer.Run;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

/** `./cockpit keys list|create|revoke` against the database of a running server. */
class KeysCommandTest {

    private static final String PARTNER_ONLY = "/v1/partner/accounts/crm-none";

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

    private String created(Run run) {
        assertThat(run.exit()).as(run.err()).isZero();
        return run.out().strip().lines().reduce((first, second) -> second).orElseThrow();
    }

    private int partnerCall(String key) {
        return server.status("GET", PARTNER_ONLY, key, null, null);
    }

    @Test
    void aRevokedKeyIsRefusedWithTheVeryNextRequest() {
        String key = created(server.run(KeysCommand::run, "create", "partner", "globex"));
        assertThat(partnerCall(key)).isEqualTo(404);

        Run revoked = server.run(KeysCommand::run, "revoke", "partner", "globex");
        long start = System.nanoTime();
        int next = partnerCall(key);
        long tookMillis = (System.nanoTime() - start) / 1_000_000;

        assertThat(revoked.exit()).isZero();
        assertThat(revoked.out()).contains("Revoked 1 partner key \"globex\"");
        assertThat(next).as("no cache keeps a revoked key alive").isEqualTo(401);
        assertThat(tookMillis).isLessThan(5_000);
        assertThat(partnerCall(CommandLineServer.PARTNER_KEY)).as("another partner's key").isEqualTo(404);
    }

    @Test
    void oneKeyOfSeveralWithTheSameNameCanBeRevokedByItsId() {
        String old = created(server.run(KeysCommand::run, "create", "partner", "globex"));
        String rotated = created(server.run(KeysCommand::run, "create", "partner", "globex"));
        String oldId = server.run(KeysCommand::run, "list").out().lines()
                .filter(line -> line.startsWith("partner") && line.contains("globex")).findFirst().orElseThrow()
                .split("\\s+")[2];

        assertThat(server.run(KeysCommand::run, "revoke", "partner", "globex", "--id", oldId).exit()).isZero();

        assertThat(partnerCall(old)).isEqualTo(401);
        assertThat(partnerCall(rotated)).isEqualTo(404);
        assertThat(server.run(KeysCommand::run, "revoke", "partner", "globex", "--id", oldId).exit())
                .as("already revoked").isEqualTo(1);
    }

    @Test
    void theListShowsNameKindDatesAndStateButNeverASecret() {
        String expiring = created(server.run(KeysCommand::run, "create", "partner", "initech", "--expires",
                "2099-06-30"));
        String revoked = created(server.run(KeysCommand::run, "create", "operator", "mallory"));
        server.run(KeysCommand::run, "revoke", "operator", "mallory");
        partnerCall(expiring);

        Run list = server.run(KeysCommand::run, "list");

        assertThat(list.exit()).isZero();
        assertThat(list.out().lines().findFirst().orElseThrow())
                .contains("KIND", "NAME", "ID", "CREATED", "LAST USED", "EXPIRES", "STATE");
        assertThat(list.out()).containsPattern("operator +olivia .* active")
                .containsPattern("operator +mallory .* revoked 20")
                .containsPattern("partner +acme .* active")
                .containsPattern("partner +initech .*" + LocalDate.now().getYear() + ".*2099-07-01T00:00:00Z +active");
        assertThat(list.out()).doesNotContain(expiring, revoked, CommandLineServer.OPERATOR_KEY,
                CommandLineServer.PARTNER_KEY, "ckp_", "cko_");
    }

    @Test
    void anExpiringKeyWorksUntilItsExpiry() {
        String soon = created(server.run(KeysCommand::run, "create", "partner", "initech", "--expires",
                Instant.now().plusSeconds(2).toString()));
        assertThat(partnerCall(soon)).isEqualTo(404);

        long deadline = System.nanoTime() + 4_000_000_000L;
        int status = 404;
        while (status == 404 && System.nanoTime() < deadline) {
            sleep(100);
            status = partnerCall(soon);
        }
        assertThat(status).isEqualTo(401);
    }

    @Test
    void badArgumentsAreRefusedWithTheUsage() {
        Run pastExpiry = server.run(KeysCommand::run, "create", "partner", "x", "--expires", "2020-01-01");
        Run badDate = server.run(KeysCommand::run, "create", "partner", "x", "--expires", "next week");
        Run unknownOption = server.run(KeysCommand::run, "create", "partner", "x", "--forever", "yes");
        Run badKind = server.run(KeysCommand::run, "revoke", "admin", "x");
        Run nothingToRevoke = server.run(KeysCommand::run, "revoke", "partner", "nobody");

        assertThat(pastExpiry.exit()).isEqualTo(2);
        assertThat(pastExpiry.err()).contains("future", "usage:");
        assertThat(badDate.err()).contains("--expires takes a date");
        assertThat(unknownOption.err()).contains("unknown option --forever");
        assertThat(badKind.err()).contains("KIND is partner or operator");
        assertThat(nothingToRevoke.exit()).isEqualTo(1);
        assertThat(server.run(KeysCommand::run, "list").out()).doesNotContain(" x ");
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
