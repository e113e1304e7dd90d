package io.cockpit.adapters.http.operations;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.cockpit.adapters.http.json.Json;
import io.cockpit.api.model.HealthReport;
import io.cockpit.api.model.HealthReportChecksInner;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.BooleanSupplier;

/**
 * {@code GET /health/live} on a port of its own, served by the JDK's small HTTP server on platform threads (its
 * dispatcher, its idle-connection timer and {@value #HANDLERS} handler threads), not by Helidon: every Helidon
 * listener runs its requests on the one virtual-thread scheduler (a carrier per core), where a liveness check waits behind a burst of requests; these
 * threads get their share of the CPU from the operating system instead. So that "alive" keeps its meaning, the answer
 * is 200 only while the web server runs, each of its ports still takes connections ({@link ServedPort}) and the
 * {@link Heartbeat} on that scheduler ran within {@code maxSilence}; otherwise 503 with the check that failed. Any other path is 404, any other method 405.
 */
public final class LivenessProbe implements AutoCloseable {

    public static final String PATH = "/health/live";
    /** Handler threads: each request, half-sent ones too, holds one while it is read and answered. */
    static final int HANDLERS = 4;

    /**
     * The JDK server's limit (seconds) on reading one request, which it reads once per JVM, at its first start. Its
     * default is none: a client that sent half a request would hold a handler thread for as long as it kept the
     * connection open, and {@value #HANDLERS} such clients every liveness answer after them.
     */
    static final String MAX_REQUEST_SECONDS = "sun.net.httpserver.maxReqTime";

    /** How often each of the web server's ports is checked. */
    static final Duration PORT_CHECK_INTERVAL = Duration.ofSeconds(1);

    private static final byte[] ALIVE = Json.bytes(new HealthReport(HealthReport.StatusEnum.UP, List.of()));

    private final HttpServer server;
    private final ExecutorService handler;
    private final Heartbeat heartbeat;
    private final Duration maxSilence;
    private final BooleanSupplier serving;
    private final PortWatch ports;

    private LivenessProbe(HttpServer server, ExecutorService handler, Heartbeat heartbeat, Duration maxSilence,
                          BooleanSupplier serving, PortWatch ports) {
        this.server = server;
        this.handler = handler;
        this.heartbeat = heartbeat;
        this.maxSilence = maxSilence;
        this.serving = serving;
        this.ports = ports;
    }

    /**
     * @param heartbeat  closed with the probe
     * @param maxSilence the longest the heartbeat may have been silent for the process to count as alive
     * @param serving    whether the web server still runs
     * @param ports      the web server's ports, each of which must still take connections (checked every
     *                   {@link #PORT_CHECK_INTERVAL} in the background)
     */
    public static LivenessProbe start(String host, int port, Heartbeat heartbeat, Duration maxSilence,
                                      BooleanSupplier serving, List<ServedPort> ports) {
        if (System.getProperty(MAX_REQUEST_SECONDS) == null) {
            System.setProperty(MAX_REQUEST_SECONDS, "2");
        }
        // a few threads: a client that sends half a request holds one for up to the read limit, not every answer
        ExecutorService handler = Executors.newFixedThreadPool(HANDLERS,
                Thread.ofPlatform().daemon().name("cockpit-probe-", 0).factory());
        PortWatch watch = new PortWatch(ports, PORT_CHECK_INTERVAL);
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress(host, port), 50);
            LivenessProbe probe = new LivenessProbe(server, handler, heartbeat, maxSilence, serving, watch);
            server.createContext("/", probe::answer);
            server.setExecutor(handler);
            server.start();
            return probe;
        } catch (IOException e) {
            handler.shutdownNow();
            watch.close();
            heartbeat.close();
            throw new UncheckedIOException("the liveness probe cannot listen on " + host + ":" + port, e);
        }
    }

    public int port() {
        return server.getAddress().getPort();
    }

    private void answer(HttpExchange exchange) throws IOException {
        try (exchange) {
            exchange.getResponseHeaders().set("X-Content-Type-Options", "nosniff");
            exchange.getResponseHeaders().set("Cache-Control", "no-store");
            String method = exchange.getRequestMethod();
            if (!exchange.getRequestURI().getRawPath().equals(PATH)) {
                exchange.sendResponseHeaders(404, -1);
                return;
            }
            if (!method.equals("GET") && !method.equals("HEAD")) {
                exchange.getResponseHeaders().set("Allow", "GET, HEAD");
                exchange.sendResponseHeaders(405, -1);
                return;
            }
            byte[] body = report();
            exchange.getResponseHeaders().set("Content-Type", Json.MEDIA_TYPE);
            int status = body == ALIVE ? 200 : 503;
            if (method.equals("HEAD")) {
                exchange.getResponseHeaders().set("Content-Length", Integer.toString(body.length));
                exchange.sendResponseHeaders(status, -1);
                return;
            }
            exchange.sendResponseHeaders(status, body.length);
            exchange.getResponseBody().write(body);
        }
    }

    /** The API port's liveness body while alive; else DOWN with the check that failed and why. */
    private byte[] report() {
        Duration silence = heartbeat.silence();
        if (!serving.getAsBoolean()) {
            return down("server", "the web server is not running");
        }
        Optional<ServedPort> refusing = ports.refusing();
        if (refusing.isPresent()) {
            return down("listener", "the " + refusing.get().name() + " refuses connections: its listener has stopped");
        }
        if (silence.compareTo(maxSilence) > 0) {
            return down("heartbeat", "the request threads have not run for " + silence.toMillis() + " ms (at most "
                    + maxSilence.toMillis() + " ms)");
        }
        return ALIVE;
    }

    private static byte[] down(String check, String detail) {
        return Json.bytes(new HealthReport(HealthReport.StatusEnum.DOWN, List.of(new HealthReportChecksInner(check,
                HealthReportChecksInner.StatusEnum.DOWN, detail))));
    }

    /** Stops listening at once (nothing to finish: every answer is one short write), then the heartbeat. */
    @Override
    public void close() {
        server.stop(0);
        handler.shutdownNow();
        ports.close();
        heartbeat.close();
    }
}
