package io.cockpit.bootstrap;

import io.cockpit.bootstrap.config.CockpitSettings;
import io.cockpit.bootstrap.console.ConsoleSocket;
import io.helidon.config.Config;
import io.helidon.config.ConfigSources;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** What `./cockpit run` and `./cockpit keys` do on a fresh data directory, in embedded mode. */
class FirstStartTest {

    @TempDir
    Path dataDir;

    private Config config(Map<String, String> more) {
        Map<String, String> values = new java.util.HashMap<>(Map.of(
                "server.port", "0", "server.host", "127.0.0.1", "cockpit.management.port", "0",
                "cockpit.probe.port", "0", "cockpit.data.dir", dataDir.toString()));
        values.putAll(more);
        return Config.just(ConfigSources.create(values));
    }

    private static int status(int port, String path, String bearer) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .header("Authorization", "Bearer " + bearer).build();
        return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    @Test
    void theFirstStartCreatesOneKeyPerRoleAndShowsItOnce() throws Exception {
        List<String> notices;
        String partnerKey;
        try (Cockpit first = Cockpit.start(CockpitSettings.from(config(Map.of())), Clock.systemUTC())) {
            notices = first.firstStartNotices();
            partnerKey = notices.getFirst().substring(notices.getFirst().lastIndexOf(' ') + 1);
            assertThat(status(first.port(), "/v1/partner/accounts/crm-none", partnerKey)).isEqualTo(404);
        }
        assertThat(notices).hasSize(2);
        assertThat(notices.get(0)).startsWith("First partner key \"partner\"").contains("ckp_");
        assertThat(notices.get(1)).startsWith("First operator key \"operator\"").contains("cko_");
        assertThat(Files.readString(dataDir.resolve("server-secret")).strip()).hasSizeGreaterThanOrEqualTo(44);

        try (Cockpit again = Cockpit.start(CockpitSettings.from(config(Map.of())), Clock.systemUTC())) {
            assertThat(again.firstStartNotices()).isEmpty();
            assertThat(status(again.port(), "/v1/partner/accounts/crm-none", partnerKey)).isEqualTo(404);
        }
    }

    @Test
    void aConfiguredKeyBecomesTheFirstKeyAndNothingIsPrinted() throws Exception {
        String preset = "ckp_preset_0123456789abcdefghijklmnop";
        Config config = config(Map.of("cockpit.bootstrap.partner.key", preset,
                "cockpit.bootstrap.partner.name", "acme"));
        try (Cockpit cockpit = Cockpit.start(CockpitSettings.from(config), Clock.systemUTC())) {
            assertThat(cockpit.firstStartNotices()).noneMatch(notice -> notice.contains("partner"));
            assertThat(status(cockpit.port(), "/v1/partner/accounts/crm-none", preset)).isEqualTo(404);
            assertThat(status(cockpit.port(), "/v1/partner/accounts/crm-none", "ckp_other")).isEqualTo(401);
        }
    }

    @Test
    void keysCreateMakesAWorkingKeyWhileTheServerRuns() throws Exception {
        try (Cockpit cockpit = Cockpit.start(CockpitSettings.from(config(Map.of())), Clock.systemUTC())) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            int exit = KeysCommand.run(new String[]{"create", "partner", "globex"}, config(Map.of()),
                    new PrintStream(out, true, StandardCharsets.UTF_8), System.err);

            String[] lines = out.toString(StandardCharsets.UTF_8).strip().split("\n");
            assertThat(exit).isZero();
            assertThat(lines[0]).contains("partner key \"globex\"");
            assertThat(status(cockpit.port(), "/v1/partner/accounts/crm-none", lines[1])).isEqualTo(404);
        }
    }

    @Test
    void keysCreateRefusesBadArguments() {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        PrintStream errors = new PrintStream(err, true, StandardCharsets.UTF_8);

        assertThat(KeysCommand.run(new String[]{"create", "admin", "x"}, config(Map.of()), System.out, errors)).isEqualTo(2);
        assertThat(KeysCommand.run(new String[]{"create", "partner", "bad name"}, config(Map.of()), System.out, errors))
                .isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("usage:", "NAME");
    }

    /**
     * Found in the exposure review: AUTO_SERVER made H2 listen on a TCP port on every interface. Now the server's
     * three ports (API, management, liveness probe) are all this JVM opens when it starts.
     */
    @Test
    void theEmbeddedDatabaseListensOnNoPort() {
        assumeTrue(ListeningSockets.available(), "reads Linux's /proc");
        Set<Integer> before = ListeningSockets.portsOfThisProcess();

        try (Cockpit cockpit = Cockpit.start(CockpitSettings.from(config(Map.of())), Clock.systemUTC())) {
            Set<Integer> opened = new TreeSet<>(ListeningSockets.portsOfThisProcess());
            opened.removeAll(before);

            assertThat(opened).containsExactlyInAnyOrder(cockpit.port(), cockpit.managementPort(), cockpit.probePort());
        }
    }

    @Test
    void theDataDirectoryAndTheConsoleSocketAreTheOwnersOnly() throws Exception {
        Path fresh = dataDir.resolve("not-there-yet/data");
        try (Cockpit ignored = Cockpit.start(CockpitSettings.from(config(Map.of("cockpit.data.dir", fresh.toString()))),
                Clock.systemUTC())) {
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(fresh))).isEqualTo("rwx------");
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(
                    fresh.resolve(ConsoleSocket.FILE)))).isEqualTo("rw-------");
        }
        assertThat(fresh.resolve(ConsoleSocket.FILE)).as("removed on stop").doesNotExist();
    }

    /**
     * H2 lets one process at a time open its file: from another process, `./cockpit keys create` runs in the
     * server through its console socket (before, through H2's TCP port).
     */
    @Test
    void keysCreateFromAnotherProcessWhileTheServerRuns() throws Exception {
        try (Cockpit cockpit = Cockpit.start(CockpitSettings.from(config(Map.of())), Clock.systemUTC())) {
            Process keys = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-cp", System.getProperty("java.class.path"), "-Dcockpit.data.dir=" + dataDir,
                    KeysCommand.class.getName(),
                    "create", "partner", "initech")
                    .redirectErrorStream(true)
                    .redirectInput(ProcessBuilder.Redirect.PIPE)
                    .start();
            keys.getOutputStream().close();
            String output = new String(keys.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(keys.waitFor(60, TimeUnit.SECONDS)).isTrue();

            assertThat(keys.exitValue()).as(output).isZero();
            String key = output.lines().filter(line -> line.startsWith("ckp_")).findFirst().orElseThrow();
            assertThat(status(cockpit.port(), "/v1/partner/accounts/crm-none", key)).isEqualTo(404);
        }
    }

    @Test
    void keysCreateOpensTheDatabaseItselfWhenNoServerRuns() throws Exception {
        Files.createDirectories(dataDir);
        Files.writeString(dataDir.resolve(ConsoleSocket.FILE), "left by a crashed server");
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        int exit = KeysCommand.run(new String[]{"create", "operator", "olivia"}, config(Map.of()),
                new PrintStream(out, true, StandardCharsets.UTF_8), System.err);

        assertThat(exit).isZero();
        String key = out.toString(StandardCharsets.UTF_8).lines().filter(line -> line.startsWith("cko_"))
                .findFirst().orElseThrow();
        try (Cockpit cockpit = Cockpit.start(CockpitSettings.from(config(Map.of())), Clock.systemUTC())) {
            assertThat(status(cockpit.port(), "/v1/operator/blocked-addresses", key)).isEqualTo(200);
        }
    }

    /**
     * The first keys go to the terminal only: not to standard output (often a log file) and not to any logger. The
     * start's log records are read from the root logger, where every handler (the log file's too) gets them.
     */
    @Test
    void theFirstKeysAreShownOnTheTerminalOnlyAndNeverLogged() {
        List<String> logged = new CopyOnWriteArrayList<>();
        Handler capture = new Handler() {
            @Override
            public void publish(LogRecord record) {
                logged.add(String.valueOf(record.getMessage()) + " " + Arrays.toString(record.getParameters())
                        + " " + record.getThrown());
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        capture.setLevel(Level.ALL);
        Logger root = Logger.getLogger("");
        Level previous = root.getLevel();
        root.setLevel(Level.ALL);
        root.addHandler(capture);
        List<String> notices;
        try (Cockpit cockpit = Cockpit.start(CockpitSettings.from(config(Map.of())), Clock.systemUTC())) {
            notices = cockpit.firstStartNotices();
        } finally {
            root.removeHandler(capture);
            root.setLevel(previous);
        }
        List<String> secrets = notices.stream().map(notice -> notice.substring(notice.lastIndexOf(' ') + 1)).toList();
        ByteArrayOutputStream terminal = new ByteArrayOutputStream();
        ByteArrayOutputStream standardOut = new ByteArrayOutputStream();
        ByteArrayOutputStream headlessOut = new ByteArrayOutputStream();

        FirstStartNotices.show(notices, () -> Optional.of(new PrintStream(terminal, true, StandardCharsets.UTF_8)),
                new PrintStream(standardOut, true, StandardCharsets.UTF_8));
        FirstStartNotices.show(notices, Optional::empty, new PrintStream(headlessOut, true, StandardCharsets.UTF_8));

        assertThat(secrets).hasSize(2).allSatisfy(secret -> assertThat(secret).startsWith("ck"));
        assertThat(logged).isNotEmpty().noneMatch(line -> secrets.stream().anyMatch(line::contains));
        assertThat(terminal.toString(StandardCharsets.UTF_8)).contains(secrets);
        assertThat(standardOut.toString(StandardCharsets.UTF_8)).isEmpty();
        assertThat(headlessOut.toString(StandardCharsets.UTF_8)).contains("2 keys were created", "keys create")
                .doesNotContain(secrets);
    }
}
