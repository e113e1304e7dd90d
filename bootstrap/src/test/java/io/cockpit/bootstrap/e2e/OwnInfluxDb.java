package io.cockpit.bootstrap.e2e;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * An InfluxDB process of a test's own, started like scripts/test-suite.sh starts the shared one (the Debian
 * {@code influxd}, loopback, data in a temporary directory), so that the test can stop it and start it again on the
 * same port and data without disturbing other tests.
 */
final class OwnInfluxDb implements AutoCloseable {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();

    private final Path dir;
    private final int port;
    private Process process;

    private OwnInfluxDb(Path dir, int port) {
        this.dir = dir;
        this.port = port;
    }

    static OwnInfluxDb start() {
        try {
            Path dir = Files.createTempDirectory("cockpit-influxdb");
            int port = freePort();
            int rpcPort = freePort();
            while (rpcPort == port) {
                rpcPort = freePort();
            }
            Files.writeString(dir.resolve("influxdb.conf"), """
                    reporting-disabled = true
                    bind-address = "127.0.0.1:%d"
                    [meta]
                      dir = "%s/meta"
                    [data]
                      dir = "%s/data"
                      wal-dir = "%s/wal"
                      query-log-enabled = false
                    [http]
                      bind-address = "127.0.0.1:%d"
                      log-enabled = false
                    [monitor]
                      store-enabled = false
                    """.formatted(rpcPort, dir, dir, dir, port));
            OwnInfluxDb influx = new OwnInfluxDb(dir, port);
            influx.startAgain();
            return influx;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    String url() {
        return "http://127.0.0.1:" + port;
    }

    /** Starts the server (again, with the data it had) and waits until it answers. */
    void startAgain() {
        try {
            process = new ProcessBuilder("influxd", "run", "-config", dir.resolve("influxdb.conf").toString())
                    .redirectErrorStream(true).redirectOutput(dir.resolve("influxd.log").toFile()).start();
        } catch (IOException e) {
            throw new IllegalStateException("cannot start influxd (./cockpit test installs it)", e);
        }
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (!answers()) {
            if (!process.isAlive() || System.nanoTime() > deadline) {
                throw new IllegalStateException("influxd did not start: see " + dir.resolve("influxd.log"));
            }
            sleep(100);
        }
    }

    /** Stops the server the way an outage would: it is gone until {@link #startAgain}. */
    void stop() {
        process.destroy();
        try {
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    boolean answers() {
        try {
            return HTTP.send(HttpRequest.newBuilder(URI.create(url() + "/ping")).timeout(Duration.ofSeconds(1))
                    .build(), HttpResponse.BodyHandlers.discarding()).statusCode() == 204;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    @Override
    public void close() {
        if (process != null && process.isAlive()) {
            stop();
        }
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(file -> file.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
