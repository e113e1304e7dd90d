import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
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
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The sign-in storm of scripts/benchmark-storm.sh: N sign-ins with random e-mail addresses sent at once, from one
 * address or from N addresses (X-Forwarded-For through the trusted proxy on loopback), while GET /health/live is
 * polled every 20 ms. Prints the answers by status, how many password hashes the server ran (its /metrics), the
 * latencies and the health checks' latencies.
 *
 *   java scripts/StormClient.java BASE_URL SIGN_INS one|many
 */
public final class StormClient {

    private static final Pattern METRIC = Pattern.compile("^(cockpit_password_hash\\w*_total)(\\{[^}]*\\})? ([0-9.eE+]+)$",
            Pattern.MULTILINE);

    record Answer(int status, double millis) {
    }

    public static void main(String[] args) throws Exception {
        String base = args[0];
        int signIns = Integer.parseInt(args[1]);
        boolean oneAddress = args[2].equals("one");
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
        HttpClient healthClient = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

        Map<String, Double> before = metrics(client, base);
        String attacker = "203.0.113." + ThreadLocalRandom.current().nextInt(1, 255);

        ConcurrentLinkedQueue<Double> health = new ConcurrentLinkedQueue<>();
        AtomicBoolean storming = new AtomicBoolean(true);
        Thread poller = Thread.ofPlatform().start(() -> {
            while (storming.get()) {
                try {
                    long start = System.nanoTime();
                    HttpResponse<String> live = healthClient.send(HttpRequest.newBuilder(URI.create(base + "/health/live"))
                            .timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
                    if (live.statusCode() == 200) {
                        health.add((System.nanoTime() - start) / 1e6);
                    }
                    Thread.sleep(20);
                } catch (Exception e) {
                    return;
                }
            }
        });

        List<Answer> answers = new ArrayList<>();
        long stormStart = System.nanoTime();
        try (ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor()) {
            CountDownLatch go = new CountDownLatch(1);
            List<Future<Answer>> futures = new ArrayList<>();
            for (int i = 0; i < signIns; i++) {
                String from = oneAddress ? attacker : "10." + (i >> 16 & 0xFF) + "." + (i >> 8 & 0xFF) + "." + (i & 0xFF);
                HttpRequest request = HttpRequest.newBuilder(URI.create(base + "/v1/auth/sessions"))
                        .timeout(Duration.ofSeconds(60))
                        .header("Content-Type", "application/json")
                        .header("X-Forwarded-For", from)
                        .POST(HttpRequest.BodyPublishers.ofString("{\"email\":\"storm-" + UUID.randomUUID()
                                + "@example.com\",\"password\":\"summer2026!\"}"))
                        .build();
                futures.add(threads.submit(() -> {
                    go.await();
                    long start = System.nanoTime();
                    try {
                        int status = client.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
                        return new Answer(status, (System.nanoTime() - start) / 1e6);
                    } catch (Exception failed) {
                        return new Answer(0, (System.nanoTime() - start) / 1e6);
                    }
                }));
            }
            go.countDown();
            for (Future<Answer> future : futures) {
                answers.add(future.get());
            }
        }
        double stormMillis = (System.nanoTime() - stormStart) / 1e6;
        storming.set(false);
        poller.join();
        Map<String, Double> after = metrics(client, base);

        Map<Integer, Integer> byStatus = new TreeMap<>();
        answers.forEach(answer -> byStatus.merge(answer.status(), 1, Integer::sum));
        System.out.printf("storm: %d sign-ins with random e-mails from %s, all answered after %.0f ms%n", signIns,
                oneAddress ? "one address (" + attacker + ")" : signIns + " addresses", stormMillis);
        System.out.println("answers by status (0: no answer): " + byStatus);
        System.out.printf("reached the hash: %.0f (cockpit_password_hashes_total); refused as busy: %.0f%n",
                delta(before, after, "cockpit_password_hashes_total"),
                delta(before, after, "cockpit_password_hash_refusals_total"));
        print("sign-in latency, every answer", answers.stream().map(Answer::millis).toList());
        print("sign-in latency, answers other than 503", answers.stream().filter(a -> a.status() != 503)
                .map(Answer::millis).toList());
        print("GET /health/live during the storm (" + health.size() + " checks)", new ArrayList<>(health));
    }

    private static double delta(Map<String, Double> before, Map<String, Double> after, String name) {
        return after.getOrDefault(name, 0.0) - before.getOrDefault(name, 0.0);
    }

    private static Map<String, Double> metrics(HttpClient client, String base) throws Exception {
        String text = client.send(HttpRequest.newBuilder(URI.create(base + "/metrics")).header("Accept", "text/plain")
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
