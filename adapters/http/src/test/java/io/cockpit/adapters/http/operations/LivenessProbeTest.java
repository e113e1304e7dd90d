package io.cockpit.adapters.http.operations;

import org.junit.jupiter.api.Test;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Predicate;

import static org.assertj.core.api.Assertions.assertThat;

class LivenessProbeTest {

    private static final Duration MAX_SILENCE = Duration.ofMillis(300);
    private static final Duration WAIT = Duration.ofSeconds(20);

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @Test
    void answersLikeTheApiPortWhileTheHeartbeatRuns() throws Exception {
        try (LivenessProbe probe = LivenessProbe.start("127.0.0.1", 0,
                Heartbeat.onVirtualThreads(Duration.ofMillis(50)), Duration.ofSeconds(10), () -> true, List.of())) {
            HttpResponse<String> live = send(probe, "GET", "/health/live");
            HttpResponse<String> head = send(probe, "HEAD", "/health/live");
            HttpResponse<String> post = send(probe, "POST", "/health/live");
            HttpResponse<String> elsewhere = send(probe, "GET", "/health/ready");

            assertThat(live.statusCode()).isEqualTo(200);
            assertThat(live.body()).isEqualTo("{\"status\":\"UP\",\"checks\":[]}");
            assertThat(live.headers().firstValue("Content-Type")).contains("application/json");
            assertThat(live.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
            assertThat(live.headers().firstValue("Cache-Control")).contains("no-store");
            assertThat(head.statusCode()).isEqualTo(200);
            assertThat(head.body()).isEmpty();
            assertThat(head.headers().firstValue("Content-Length")).contains(Integer.toString(live.body().length()));
            assertThat(post.statusCode()).isEqualTo(405);
            assertThat(post.headers().firstValue("Allow")).contains("GET, HEAD");
            assertThat(elsewhere.statusCode()).isEqualTo(404);
        }
    }

    /** The heartbeat's virtual threads held back (as by a stuck scheduler): DOWN after the silence, UP once they run. */
    @Test
    void aHeartbeatThatDoesNotRunIsNotAlive() throws Exception {
        CountDownLatch stuck = new CountDownLatch(1);
        Heartbeat heldBack = new Heartbeat(task -> Thread.ofVirtual().start(() -> {
            try {
                stuck.await();
            } catch (InterruptedException e) {
                return;
            }
            task.run();
        }), Duration.ofMillis(20));
        try (LivenessProbe probe = LivenessProbe.start("127.0.0.1", 0, heldBack, MAX_SILENCE, () -> true, List.of())) {
            HttpResponse<String> down = awaitStatus(probe, status -> status == 503);
            stuck.countDown();
            HttpResponse<String> upAgain = awaitStatus(probe, status -> status == 200);

            assertThat(down.body()).startsWith("{\"status\":\"DOWN\",\"checks\":[{\"name\":\"heartbeat\","
                    + "\"status\":\"DOWN\",\"detail\":\"the request threads have not run for ");
            assertThat(upAgain.body()).isEqualTo("{\"status\":\"UP\",\"checks\":[]}");
        }
    }

    /**
     * Every carrier of the virtual-thread scheduler busy (what stops Helidon from answering): the probe, on its own
     * platform threads, still answers, and says DOWN; once the carriers are free again, UP.
     */
    @Test
    void busyCarriersStopTheHeartbeatButNotTheProbe() throws Exception {
        try (LivenessProbe probe = LivenessProbe.start("127.0.0.1", 0,
                Heartbeat.onVirtualThreads(Duration.ofMillis(20)), MAX_SILENCE, () -> true, List.of())) {
            awaitStatus(probe, status -> status == 200);
            AtomicBoolean spinning = new AtomicBoolean(true);
            List<Thread> spinners = new ArrayList<>();
            // more than the carriers, so that a carrier the scheduler adds also finds a spinner before the beat
            int carriers = Integer.getInteger("jdk.virtualThreadScheduler.parallelism",
                    Runtime.getRuntime().availableProcessors());
            for (int i = 0; i < 2 * carriers + 2; i++) {
                spinners.add(Thread.ofVirtual().start(() -> {
                    while (spinning.get()) {
                        Thread.onSpinWait();
                    }
                }));
            }
            HttpResponse<String> down;
            try {
                down = awaitStatus(probe, status -> status == 503);
            } finally {
                spinning.set(false);
            }
            for (Thread spinner : spinners) {
                spinner.join();
            }
            HttpResponse<String> upAgain = awaitStatus(probe, status -> status == 200);

            assertThat(down.body()).contains("\"name\":\"heartbeat\"");
            assertThat(upAgain.statusCode()).isEqualTo(200);
        }
    }

    /** Half a request holds the one handler thread; the JDK server closes it after 2 s (none without the limit). */
    @Test
    void halfRequestsHoldOneHandlerEachAndTheOthersGoOnAnswering() throws Exception {
        try (LivenessProbe probe = LivenessProbe.start("127.0.0.1", 0,
                Heartbeat.onVirtualThreads(Duration.ofMillis(50)), Duration.ofSeconds(10), () -> true, List.of())) {
            List<Socket> halfRequests = halfRequests(probe, LivenessProbe.HANDLERS - 1);
            try {
                HttpResponse<String> meanwhile = send(probe, "GET", "/health/live");

                assertThat(meanwhile.statusCode()).isEqualTo(200);
                assertThat(handlersReading()).as("the half requests are still held").isEqualTo(halfRequests.size());
            } finally {
                for (Socket socket : halfRequests) {
                    socket.close();
                }
            }
        }
    }

    @Test
    void halfRequestsOnEveryHandlerHoldTheProbeForSecondsOnly() throws Exception {
        try (LivenessProbe probe = LivenessProbe.start("127.0.0.1", 0,
                Heartbeat.onVirtualThreads(Duration.ofMillis(50)), Duration.ofSeconds(10), () -> true, List.of())) {
            List<Socket> halfRequests = halfRequests(probe, LivenessProbe.HANDLERS);
            try {
                long start = System.nanoTime();

                HttpResponse<String> afterThem = http.send(HttpRequest.newBuilder(
                                URI.create("http://127.0.0.1:" + probe.port() + "/health/live"))
                        .timeout(Duration.ofSeconds(15)).build(), HttpResponse.BodyHandlers.ofString());

                assertThat(afterThem.statusCode()).isEqualTo(200);
                assertThat(Duration.ofNanos(System.nanoTime() - start)).as("held by the half requests, then freed")
                        .isBetween(Duration.ofMillis(900), Duration.ofSeconds(15));
            } finally {
                for (Socket socket : halfRequests) {
                    socket.close();
                }
            }
        }
    }

    /** {@code count} connections that send half a request each, once as many handler threads are reading them. */
    private static List<Socket> halfRequests(LivenessProbe probe, int count) throws Exception {
        List<Socket> sockets = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            Socket socket = new Socket("127.0.0.1", probe.port());
            sockets.add(socket);
            socket.getOutputStream().write("GET /health/live HTTP/1.1\r\nHost: probe\r\n"
                    .getBytes(StandardCharsets.US_ASCII));
            socket.getOutputStream().flush();
        }
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (handlersReading() < count && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
        assertThat(handlersReading()).as("handler threads reading the half requests within %s", WAIT)
                .isEqualTo(count);
        return sockets;
    }

    /** How many of the probe's handler threads work on an exchange (reading a request). */
    private static long handlersReading() {
        return Thread.getAllStackTraces().entrySet().stream()
                .filter(thread -> thread.getKey().getName().startsWith("cockpit-probe-"))
                .filter(thread -> Arrays.stream(thread.getValue())
                        .anyMatch(frame -> frame.getClassName().startsWith("sun.net.httpserver.ServerImpl$Exchange")))
                .count();
    }

    @Test
    void aStoppedWebServerIsNotAlive() throws Exception {
        try (LivenessProbe probe = LivenessProbe.start("127.0.0.1", 0,
                Heartbeat.onVirtualThreads(Duration.ofMillis(50)), Duration.ofSeconds(10), () -> false, List.of())) {
            HttpResponse<String> down = send(probe, "GET", "/health/live");

            assertThat(down.statusCode()).isEqualTo(503);
            assertThat(down.body()).isEqualTo("{\"status\":\"DOWN\",\"checks\":[{\"name\":\"server\","
                    + "\"status\":\"DOWN\",\"detail\":\"the web server is not running\"}]}");
        }
    }

    /**
     * A port whose socket was closed (Helidon closes a listener's socket when an accept failed, while the server still
     * counts as running): DOWN with the port's name; the ports that still take connections do not hide it.
     */
    @Test
    void aPortThatRefusesConnectionsIsNotAlive() throws Exception {
        try (ServerSocket management = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
             ServerSocket api = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
             LivenessProbe probe = LivenessProbe.start("127.0.0.1", 0,
                     Heartbeat.onVirtualThreads(Duration.ofMillis(50)), Duration.ofSeconds(10), () -> true,
                     List.of(ServedPort.of("management port", "0.0.0.0", management.getLocalPort()),
                             ServedPort.of("API port", "127.0.0.1", api.getLocalPort())))) {
            HttpResponse<String> up = awaitStatus(probe, status -> status == 200);
            api.close();
            HttpResponse<String> down = awaitStatus(probe, status -> status == 503);

            assertThat(up.body()).isEqualTo("{\"status\":\"UP\",\"checks\":[]}");
            assertThat(down.statusCode()).isEqualTo(503);
            assertThat(down.body()).isEqualTo("{\"status\":\"DOWN\",\"checks\":[{\"name\":\"listener\","
                    + "\"status\":\"DOWN\",\"detail\":\"the API port refuses connections: its listener has "
                    + "stopped\"}]}");
        }
    }

    /**
     * A port whose backlog is full holds a connection attempt until its timeout (1 s): the probe still answers at
     * once, since the ports are checked in the background (found in review: the check ran in the answer, which took
     * over a second, longer than Kubernetes' probe timeout).
     */
    @Test
    void aPortWithAFullBacklogDoesNotHoldTheAnswer() throws Exception {
        List<Socket> queued = new ArrayList<>();
        try (ServerSocket full = new ServerSocket(0, 1, InetAddress.getLoopbackAddress());
             LivenessProbe probe = LivenessProbe.start("127.0.0.1", 0,
                     Heartbeat.onVirtualThreads(Duration.ofMillis(50)), Duration.ofSeconds(10), () -> true,
                     List.of(ServedPort.of("API port", "127.0.0.1", full.getLocalPort())))) {
            for (int i = 0; i < 4; i++) {
                Socket socket = new Socket();
                queued.add(socket);
                try {
                    socket.connect(full.getLocalSocketAddress(), 200);
                } catch (java.io.IOException backlogFull) {
                    // the kernel dropped the attempt: the backlog is full, as wanted
                }
            }
            List<HttpResponse<String>> answers = new ArrayList<>();
            for (int i = 0; i < 5; i++) {
                answers.add(http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + probe.port()
                        + "/health/live")).timeout(Duration.ofMillis(900)).build(), HttpResponse.BodyHandlers.ofString()));
                Thread.sleep(200);
            }

            assertThat(answers).allSatisfy(answer -> assertThat(answer.statusCode()).isEqualTo(200));
        } finally {
            for (Socket socket : queued) {
                socket.close();
            }
        }
    }

    private HttpResponse<String> awaitStatus(LivenessProbe probe, Predicate<Integer> wanted) throws Exception {
        long deadline = System.nanoTime() + WAIT.toNanos();
        HttpResponse<String> answer = send(probe, "GET", "/health/live");
        while (!wanted.test(answer.statusCode()) && System.nanoTime() < deadline) {
            Thread.sleep(10);
            answer = send(probe, "GET", "/health/live");
        }
        assertThat(wanted).as("status %s within %s: %s", answer.statusCode(), WAIT, answer.body())
                .accepts(answer.statusCode());
        return answer;
    }

    private HttpResponse<String> send(LivenessProbe probe, String method, String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + probe.port() + path))
                .timeout(Duration.ofSeconds(5)).method(method, HttpRequest.BodyPublishers.noBody()).build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
