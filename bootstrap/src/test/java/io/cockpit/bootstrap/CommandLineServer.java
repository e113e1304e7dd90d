package io.cockpit.bootstrap;

import io.cockpit.bootstrap.config.CockpitSettings;
import io.helidon.config.Config;
import io.helidon.config.ConfigSources;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.HashMap;
import java.util.Map;

/**
 * An embedded Cockpit in a data directory, and the command line run against the same directory while it serves,
 * as an operator does it on the server. Requests come through a trusted proxy on loopback and name their client.
 */
final class CommandLineServer implements AutoCloseable {

    static final String OPERATOR_KEY = "cko_cli_test_0123456789abcdefghijklmnop";
    static final String PARTNER_KEY = "ckp_cli_test_0123456789abcdefghijklmnop";

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private final Path dataDir;
    private final Cockpit cockpit;

    CommandLineServer(Path dataDir) {
        this.dataDir = dataDir;
        this.cockpit = Cockpit.start(CockpitSettings.from(config()), Clock.systemUTC());
    }

    Config config() {
        Map<String, String> values = new HashMap<>(Map.of(
                "server.port", "0", "server.host", "127.0.0.1", "cockpit.management.port", "0",
                "cockpit.probe.port", "0", "cockpit.data.dir", dataDir.toString(),
                "cockpit.http.trusted.proxies", "127.0.0.1/32",
                "cockpit.bootstrap.operator.name", "olivia", "cockpit.bootstrap.operator.key", OPERATOR_KEY,
                "cockpit.bootstrap.partner.name", "acme", "cockpit.bootstrap.partner.key", PARTNER_KEY));
        return Config.just(ConfigSources.create(values));
    }

    /** What a command printed, and its exit code. */
    record Run(int exit, String out, String err) {
    }

    interface Command {
        int run(String[] args, Config config, PrintStream out, PrintStream err);
    }

    Run run(Command command, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit = command.run(args, config(), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Run(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    /** The status of a request from {@code client} (null: the proxy itself), with {@code bearer} if not null. */
    int status(String method, String path, String bearer, String client, String json) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + cockpit.port() + path))
                .method(method, json == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(json));
        if (bearer != null) {
            request.header("Authorization", "Bearer " + bearer);
        }
        if (client != null) {
            request.header("X-Forwarded-For", client);
        }
        if (json != null) {
            request.header("Content-Type", "application/json");
        }
        try {
            return HTTP.send(request.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        cockpit.close();
    }
}
