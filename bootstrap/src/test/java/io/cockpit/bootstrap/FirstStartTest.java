package io.cockpit.bootstrap;

import io.cockpit.bootstrap.config.CockpitSettings;
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
import java.time.Clock;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** What `./cockpit run` and `./cockpit keys` do on a fresh data directory, in embedded mode. */
class FirstStartTest {

    @TempDir
    Path dataDir;

    private Config config(Map<String, String> more) {
        Map<String, String> values = new java.util.HashMap<>(Map.of(
                "server.port", "0", "server.host", "127.0.0.1", "cockpit.management.port", "0",
                "cockpit.data.dir", dataDir.toString()));
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
}
