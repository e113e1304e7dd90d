package io.cockpit.bootstrap.e2e;

import io.cockpit.application.testing.RealServices;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Cockpit as a server process of its own (a separate JVM running {@code io.cockpit.bootstrap.Main} on this test's
 * class path), configured by environment variables as in production. Its output goes to a file the test can read.
 */
final class NodeProcess implements AutoCloseable {

    private static final Pattern RUNNING = Pattern.compile("Cockpit is running at http://localhost:(\\d+)");

    final String name;
    private final Process process;
    private final Path output;
    private int port;

    private NodeProcess(String name, Process process, Path output) {
        this.name = name;
        this.process = process;
        this.output = output;
    }

    /**
     * The environment of a production node on the test's MariaDB and Redis: its own ports, a fresh secret (the same
     * for every node given this map), loopback as the trusted proxy, cheap Argon2; {@code extra} adds or overrides
     * (job timings).
     */
    static Map<String, String> productionEnvironment(RealServices.TestDatabase database, int redisDatabase,
                                                     Path outputDir, Map<String, String> extra) {
        byte[] secret = new byte[32];
        new SecureRandom().nextBytes(secret);
        Map<String, String> environment = new HashMap<>(Map.of(
                "SERVER_HOST", "127.0.0.1",
                "SERVER_PORT", "0",
                "COCKPIT_DB_URL", database.jdbcUrl(),
                "COCKPIT_DB_USER", database.user(),
                "COCKPIT_DB_PASSWORD", database.password(),
                "COCKPIT_REDIS_URI", RealServices.redisUri(redisDatabase),
                "COCKPIT_SECRET", Base64.getEncoder().encodeToString(secret),
                "COCKPIT_HTTP_TRUSTED_PROXIES", "127.0.0.1/32",
                "COCKPIT_PASSWORDS_ARGON2_MEMORY", "1024",
                "COCKPIT_PASSWORDS_ARGON2_ITERATIONS", "1"));
        environment.put("COCKPIT_DATA_DIR", outputDir.resolve("data").toString());
        environment.put("COCKPIT_MANAGEMENT_PORT", "0");
        environment.put("COCKPIT_PROBE_PORT", "0");
        environment.putAll(extra);
        return environment;
    }

    /** Starts the process; {@link #awaitRunning} waits until it serves. */
    static NodeProcess launch(String name, Map<String, String> environment, Path outputDir) {
        Path output = outputDir.resolve(name + ".log");
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                // a short-lived test node: quick start matters more than peak speed
                "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xmx256m",
                "-cp", System.getProperty("java.class.path"), "io.cockpit.bootstrap.Main"));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(output.toFile());
        builder.environment().keySet().removeIf(key -> key.startsWith("COCKPIT_") || key.startsWith("SERVER_"));
        builder.environment().putAll(environment);
        try {
            return new NodeProcess(name, builder.start(), output);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start " + name, e);
        }
    }

    NodeProcess awaitRunning(Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            Matcher running = RUNNING.matcher(output());
            if (running.find()) {
                port = Integer.parseInt(running.group(1));
                return this;
            }
            if (!process.isAlive()) {
                throw new IllegalStateException(name + " stopped with exit code " + process.exitValue() + ":\n"
                        + output());
            }
            pause(50);
        }
        throw new IllegalStateException(name + " did not start within " + timeout + ":\n" + output());
    }

    String baseUrl() {
        return "http://127.0.0.1:" + port;
    }

    /** Everything the process wrote to standard output and standard error so far. */
    String output() {
        try {
            return Files.readString(output);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** SIGTERM, as a platform stops a node; waits until it has shut down. */
    void stop() {
        process.destroy();
        try {
            if (!process.waitFor(20, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** SIGKILL, as a crash or the OOM killer ends a process: no shutdown hook, nothing released; waits until it is gone. */
    void kill() {
        try {
            if (!process.destroyForcibly().waitFor(20, TimeUnit.SECONDS)) {
                throw new IllegalStateException(name + " still runs after SIGKILL");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    boolean isAlive() {
        return process.isAlive();
    }

    @Override
    public void close() {
        if (process.isAlive()) {
            stop();
        }
    }

    static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
