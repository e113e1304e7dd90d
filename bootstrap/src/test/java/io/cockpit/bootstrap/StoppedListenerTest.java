package io.cockpit.bootstrap;

import io.cockpit.bootstrap.config.CockpitSettings;
import io.helidon.config.Config;
import io.helidon.config.ConfigSources;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Comparator;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Found in an attack run: when an accept failed (the process out of file descriptors), Helidon stopped the API port's
 * listener for good while the server still counted as running, and the liveness probe said UP. Here the listener's
 * accept is made to fail by interrupting its thread, which takes Helidon's same path ("this server socket is
 * terminating now"): the socket is closed, and the thread then waits for itself in Helidon's stop, alive for good, so
 * the probe asks the port and not the thread.
 */
class StoppedListenerTest {

    private static final Duration WAIT = Duration.ofSeconds(20);

    @TempDir
    Path dataDir;

    @Test
    void aPortThatStoppedAcceptingMakesTheProbeSayDown() throws Exception {
        Config config = Config.just(ConfigSources.create(Map.of("server.port", "0", "server.host", "127.0.0.1",
                "cockpit.management.port", "0", "cockpit.probe.port", "0", "cockpit.data.dir", dataDir.toString())));
        try (Cockpit cockpit = Cockpit.start(CockpitSettings.from(config), Clock.systemUTC())) {
            HttpResponse<String> up = get(cockpit.probePort());
            HttpResponse<String> apiBefore = get(cockpit.port());

            Thread acceptLoop = thread("server-@default-listener");
            acceptLoop.interrupt();
            HttpResponse<String> down = awaitDown(cockpit.probePort());

            assertThat(up.statusCode()).isEqualTo(200);
            assertThat(apiBefore.statusCode()).isEqualTo(200);
            assertThatThrownBy(() -> get(cockpit.port())).as("the API port takes no request")
                    .isInstanceOf(IOException.class);
            assertThat(get(cockpit.managementPort(), "/metrics").statusCode()).isEqualTo(200);
            assertThat(down.statusCode()).isEqualTo(503);
            assertThat(down.body()).isEqualTo("{\"status\":\"DOWN\",\"checks\":[{\"name\":\"listener\","
                    + "\"status\":\"DOWN\",\"detail\":\"the API port refuses connections: its listener has "
                    + "stopped\"}]}");
        }
    }

    private HttpResponse<String> awaitDown(int probePort) throws Exception {
        long deadline = System.nanoTime() + WAIT.toNanos();
        HttpResponse<String> answer = get(probePort);
        while (answer.statusCode() == 200 && System.nanoTime() < deadline) {
            Thread.sleep(20);
            answer = get(probePort);
        }
        return answer;
    }

    /** The one thread of that name that this JVM started last (other servers' loops may still run in this JVM). */
    private static Thread thread(String name) {
        Set<Thread> threads = Thread.getAllStackTraces().keySet();
        return threads.stream().filter(thread -> thread.getName().equals(name))
                .max(Comparator.comparingLong(Thread::threadId))
                .orElseThrow(() -> new AssertionError("no thread named " + name));
    }

    private HttpResponse<String> get(int port) throws Exception {
        return get(port, "/health/live");
    }

    private HttpResponse<String> get(int port, String path) throws Exception {
        // a client of its own each time: no kept connection from before the stop answers for the port
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.ofString());
    }
}
