import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The client of scripts/benchmark-storm.sh. Against a running server it sends, each time N requests at once while
 * GET /health/live is polled every 20 ms, on the API port and on the liveness probe's port (each by a thread of its
 * own, one check after the other): a warm-up burst of GET /health/live (not measured: the client's JIT), a
 * baseline burst of GET /health/live (what the burst itself costs), then the storms: N sign-ins with random e-mail
 * addresses from one address, then from N addresses (X-Forwarded-For through the trusted proxy on loopback). For
 * each: answers by status, the password hashes the server ran (its /metrics), latencies, the health checks'
 * latencies, and the server's resident memory (its /proc status).
 *
 *   java StormClient.java BASE_URL N SERVER_PID METRICS_URL [PROBE_URL]   (no PROBE_URL: a build without the probe)
 */
public final class StormClient {

    private static final Pattern METRIC = Pattern.compile(
            "^(cockpit_password_hash\\w*_total)(\\{[^}]*\\})? ([0-9.eE+]+)$", Pattern.MULTILINE);

    record Answer(int status, double millis) {
    }

    private final String base;
    /** The management port's address: /metrics is served there, not on the API's port. */
    private final String metricsBase;
    private final int count;
    private final String serverPid;
    /** The liveness probe's address, if the server has one. */
    private final String probeBase;
    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private final HttpClient healthClient = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private final HttpClient probeClient = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    private StormClient(String base, String metricsBase, int count, String serverPid, String probeBase) {
        this.base = base;
        this.probeBase = probeBase;
        this.metricsBase = metricsBase;
        this.count = count;
        this.serverPid = serverPid;
    }

    public static void main(String[] args) throws Exception {
        StormClient storm = new StormClient(args[0], args[3], Integer.parseInt(args[1]), args[2],
                args.length > 4 ? args[4] : null);
        storm.burst("warm-up", n -> storm.live("198.51.100.1"), false);
        storm.burst("baseline: " + storm.count + " GET /health/live at once", n -> storm.live("198.51.100.1"), true);
        storm.burst("storm: " + storm.count + " sign-ins with random e-mails from one address",
                n -> storm.signIn("203.0.113.77"), true);
        storm.burst("storm: " + storm.count + " sign-ins with random e-mails from " + storm.count + " addresses",
                n -> storm.signIn("10." + (n >> 16 & 0xFF) + "." + (n >> 8 & 0xFF) + "." + (n & 0xFF)), true);
    }

    private HttpRequest live(String from) {
        return HttpRequest.newBuilder(URI.create(base + "/health/live")).timeout(Duration.ofSeconds(60))
                .header("X-Forwarded-For", from).build();
    }

    private HttpRequest signIn(String from) {
        return HttpRequest.newBuilder(URI.create(base + "/v1/auth/sessions"))
                .timeout(Duration.ofSeconds(60))
                .header("Content-Type", "application/json")
                .header("X-Forwarded-For", from)
                .POST(HttpRequest.BodyPublishers.ofString("{\"email\":\"storm-" + UUID.randomUUID()
                        + "@example.com\",\"password\":\"summer2026!\"}"))
                .build();
    }

    private void burst(String title, IntFunction<HttpRequest> request, boolean report) throws Exception {
        Map<String, Double> before = metrics();
        long cpuBefore = cpuMillis();
        Checks health = new Checks();
        Checks probe = new Checks();
        AtomicBoolean running = new AtomicBoolean(true);
        Thread poller = Thread.ofPlatform().start(() -> poll(healthClient, base, health, running));
        Thread probePoller = probeBase == null ? null
                : Thread.ofPlatform().start(() -> poll(probeClient, probeBase, probe, running));

        List<Answer> answers = new ArrayList<>();
        long start = System.nanoTime();
        try (ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor()) {
            CountDownLatch go = new CountDownLatch(1);
            List<Future<Answer>> futures = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                HttpRequest sent = request.apply(i);
                futures.add(threads.submit(() -> {
                    go.await();
                    long at = System.nanoTime();
                    try {
                        int status = client.send(sent, HttpResponse.BodyHandlers.discarding()).statusCode();
                        return new Answer(status, (System.nanoTime() - at) / 1e6);
                    } catch (Exception failed) {
                        return new Answer(0, (System.nanoTime() - at) / 1e6);
                    }
                }));
            }
            go.countDown();
            for (Future<Answer> future : futures) {
                answers.add(future.get());
            }
        }
        double millis = (System.nanoTime() - start) / 1e6;
        running.set(false);
        poller.join();
        if (probePoller != null) {
            probePoller.join();
        }
        if (!report) {
            return;
        }
        long cpuUsed = cpuMillis() - cpuBefore;
        Map<String, Double> after = metrics();
        Map<Integer, Integer> byStatus = new TreeMap<>();
        answers.forEach(answer -> byStatus.merge(answer.status(), 1, Integer::sum));
        System.out.printf("== %s: all answered after %.0f ms%n", title, millis);
        System.out.println("answers by status (0: no answer): " + byStatus);
        System.out.printf("reached the hash: %.0f (cockpit_password_hashes_total); refused as busy (503): %.0f%n",
                delta(before, after, "cockpit_password_hashes_total"),
                delta(before, after, "cockpit_password_hash_refusals_total"));
        print("latency, every answer", answers.stream().map(Answer::millis).toList());
        print("latency, answers other than 503", answers.stream().filter(a -> a.status() != 503)
                .map(Answer::millis).toList());
        print("GET /health/live on the API port polled meanwhile (" + health.describe() + ")", health.millis());
        if (probeBase == null) {
            System.out.println("GET /health/live on the probe port: not polled (this build has no liveness probe)");
        } else {
            print("GET /health/live on the probe port polled meanwhile (" + probe.describe() + ")", probe.millis());
        }
        System.out.printf("server CPU time during the burst: %d ms (%.1f ms per request)%n", cpuUsed,
                (double) cpuUsed / count);
        System.out.println("server: " + memory());
        Thread.sleep(2000);
    }

    /** The health checks of one port during a burst: each one's time, and how many were not answered 200. */
    record Checks(ConcurrentLinkedQueue<Double> times, AtomicInteger failed) {
        Checks() {
            this(new ConcurrentLinkedQueue<>(), new AtomicInteger());
        }

        List<Double> millis() {
            return new ArrayList<>(times);
        }

        String describe() {
            return times.size() + " checks, " + failed.get() + " not answered 200";
        }
    }

    /** A check without an answer counts with the time waited for it (at most 10 s), and as not answered 200. */
    private static void poll(HttpClient http, String from, Checks checks, AtomicBoolean running) {
        while (running.get()) {
            long start = System.nanoTime();
            int status = 0;
            try {
                status = http.send(HttpRequest.newBuilder(URI.create(from + "/health/live"))
                        .timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.discarding()).statusCode();
            } catch (Exception noAnswer) {
                // counted below, with the time it took to give up
            }
            checks.times().add((System.nanoTime() - start) / 1e6);
            if (status != 200) {
                checks.failed().incrementAndGet();
            }
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    private String memory() throws Exception {
        Map<String, String> status = new TreeMap<>();
        for (String line : Files.readAllLines(Path.of("/proc", serverPid, "status"))) {
            String[] parts = line.split(":\\s+", 2);
            status.put(parts[0], parts.length > 1 ? parts[1] : "");
        }
        return "RSS " + mib(status.get("VmRSS")) + ", peak RSS " + mib(status.get("VmHWM"));
    }

    /** The server's user and system CPU time so far ({@code /proc/PID/stat}, in clock ticks of 10 ms). */
    private long cpuMillis() throws Exception {
        String stat = Files.readString(Path.of("/proc", serverPid, "stat"));
        String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        return (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) * 10;
    }

    private static String mib(String kib) {
        return Math.round(Long.parseLong(kib.replace(" kB", "").strip()) / 1024.0) + " MiB";
    }

    private static double delta(Map<String, Double> before, Map<String, Double> after, String name) {
        return after.getOrDefault(name, 0.0) - before.getOrDefault(name, 0.0);
    }

    private Map<String, Double> metrics() throws Exception {
        String text = client.send(HttpRequest.newBuilder(URI.create(metricsBase + "/metrics")).header("Accept", "text/plain")
                .build(), HttpResponse.BodyHandlers.ofString()).body();
        Map<String, Double> found = new TreeMap<>();
        Matcher metric = METRIC.matcher(text);
        while (metric.find()) {
            found.merge(metric.group(1), Double.parseDouble(metric.group(3)), Double::sum);
        }
        return found;
    }

    private static void print(String what, List<Double> millis) {
        if (millis.isEmpty()) {
            System.out.println(what + ": none");
            return;
        }
        List<Double> sorted = new ArrayList<>(millis);
        Collections.sort(sorted);
        System.out.printf("%s: p50 %.1f ms   p95 %.1f ms   max %.1f ms%n", what, at(sorted, 0.50), at(sorted, 0.95),
                sorted.getLast());
    }

    private static double at(List<Double> sorted, double quantile) {
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(quantile * sorted.size()) - 1));
    }
}
