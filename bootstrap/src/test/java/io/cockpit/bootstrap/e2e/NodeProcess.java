package io.cockpit.bootstrap.e2e;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
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
