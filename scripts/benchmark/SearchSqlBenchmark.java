import io.cockpit.adapters.mysql.DatabaseSettings;
import io.cockpit.adapters.mysql.RelationalStore;
import io.cockpit.adapters.mysql.linkedin.JdbiLinkedInSearch;
import io.cockpit.application.port.out.linkedin.LinkedInSearch;
import io.cockpit.domain.account.UserId;
import io.cockpit.domain.linkedin.search.ContactFilters;
import io.cockpit.domain.linkedin.search.ConversationFilters;
import io.cockpit.domain.linkedin.search.SearchFilters;
import io.cockpit.domain.linkedin.search.SearchQuery;
import io.cockpit.domain.linkedin.search.SearchType;
import io.cockpit.domain.shared.ItemId;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * The raw SQL of the search shapes: the adapter's statements (JdbiLinkedInSearch.find, one call per type a request
 * reads, side by side as SearchService makes them) run over JDBC in this process, without HTTP, the service's
 * merge or snippets. Prints per shape the SQL p50/p95 beside the HTTP figures LinkedInBenchmark wrote, and their
 * ratio. Run by scripts/benchmark-linkedin.sh with the server's classpath:
 *
 *   java -cp 'bootstrap/target/libs/*' SearchSqlBenchmark.java JDBC_URL USER PASSWORD USER_ID SHAPES_FILE [ROUNDS]
 *
 * ROUNDS (60) rounds over the shapes, all but the last 10 not counted: the JIT warms up as long as the server's did
 * (LinkedInBenchmark.SEARCH_WARM).
 *
 * JDBC_URL "embedded:DATA_DIR" opens the embedded H2 database of a stopped server.
 * SHAPES_FILE: one line per shape, "query-string TAB http-p50-ms TAB http-p95-ms" (query strings as sent).
 */
public class SearchSqlBenchmark {

    /** The server's default pool (cockpit.db.pool.size). */
    private static final int POOL = 10;
    private static final ExecutorService ALONGSIDE = Executors.newVirtualThreadPerTaskExecutor();

    public static void main(String[] args) throws Exception {
        String url = args[0];
        UserId user = new UserId(args[3]);
        List<String[]> shapes = Files.readAllLines(Path.of(args[4])).stream().filter(line -> !line.isBlank())
                .map(line -> line.split("\t")).toList();
        int rounds = args.length > 5 ? Integer.parseInt(args[5]) : 60;
        int warmUp = Math.max(rounds - 10, 0);
        DatabaseSettings settings = url.startsWith("embedded:")
                ? DatabaseSettings.embedded(Path.of(url.substring("embedded:".length())), POOL)
                : new DatabaseSettings(url, args[1], args[2], POOL);
        try (RelationalStore store = RelationalStore.open(settings)) {
            LinkedInSearch search = store.repository(JdbiLinkedInSearch::new);
            List<List<Long>> byShape = new ArrayList<>();
            shapes.forEach(shape -> byShape.add(new ArrayList<>()));
            for (int round = 0; round < rounds; round++) {
                for (int s = 0; s < shapes.size(); s++) {
                    Map<String, String> params = params(shapes.get(s)[0]);
                    long begin = System.nanoTime();
                    run(search, user, params);
                    long took = System.nanoTime() - begin;
                    if (round >= warmUp) {
                        byShape.get(s).add(took);
                    }
                }
            }
            List<Long> all = new ArrayList<>();
            byShape.forEach(all::addAll);
            System.out.printf("search SQL:     %d runs (%d shapes), p50 %.2f ms, p95 %.2f ms (the adapter's statements"
                    + " over JDBC, no HTTP)%n", all.size(), shapes.size(), p(all, 50), p(all, 95));
            System.out.printf("  %-52s %9s %9s %9s %9s %7s%n", "shape", "HTTP p50", "HTTP p95", "SQL p50", "SQL p95",
                    "p95 x");
            for (int s = 0; s < shapes.size(); s++) {
                String[] shape = shapes.get(s);
                double httpP95 = Double.parseDouble(shape[2]);
                double sqlP95 = p(byShape.get(s), 95);
                System.out.printf(Locale.ROOT, "  %-52s %9.2f %9.2f %9.2f %9.2f %7.2f%n", shape[0]
                                .replaceAll("=[0-9a-f-]{36}", "=<id>").replaceAll("since=[^&]+", "since=<time>"),
                        Double.parseDouble(shape[1]), httpP95, p(byShape.get(s), 50), sqlP95, httpP95 / sqlP95);
            }
        }
    }

    /** What SearchService asks the store for one request: each admitted type's first page (limit 20, one more). */
    static void run(LinkedInSearch search, UserId user, Map<String, String> params) {
        SearchQuery query = SearchQuery.parse(params.get("q"));
        Set<SearchType> types = EnumSet.noneOf(SearchType.class);
        if (params.containsKey("types")) {
            for (String type : params.get("types").split(",")) {
                types.add(SearchType.valueOf(type.toUpperCase(Locale.ROOT)));
            }
        } else {
            types = EnumSet.allOf(SearchType.class);
        }
        SearchFilters filters = new SearchFilters(time(params, "since"), time(params, "until"),
                Optional.ofNullable(params.get("tag")).map(ItemId::new),
                Optional.ofNullable(params.get("category")).map(ItemId::new),
                new ContactFilters(Optional.ofNullable(params.get("company")), Optional.empty(), Optional.empty(),
                        Optional.empty(), Optional.empty(), Optional.empty(), time(params, "connectedSince"),
                        time(params, "connectedUntil"), time(params, "lastContactAfter"),
                        time(params, "lastContactBefore")),
                new ConversationFilters(flag(params, "unread"), flag(params, "awaitingReply"),
                        flag(params, "hasAttachments"), Optional.ofNullable(params.get("participant")).map(ItemId::new)));
        int limit = Integer.parseInt(params.getOrDefault("limit", "20"));
        List<SearchType> asked = types.stream().filter(filters::admits).toList();
        // as SearchService: the last type on this thread, the others side by side on virtual threads
        List<CompletableFuture<?>> others = asked.subList(0, Math.max(asked.size() - 1, 0)).stream()
                .<CompletableFuture<?>>map(type -> CompletableFuture.runAsync(
                        () -> search.find(user, type, query, filters, Optional.empty(), limit + 1), ALONGSIDE))
                .toList();
        if (!asked.isEmpty()) {
            search.find(user, asked.getLast(), query, filters, Optional.empty(), limit + 1);
        }
        others.forEach(CompletableFuture::join);
    }

    static Optional<Instant> time(Map<String, String> params, String name) {
        return Optional.ofNullable(params.get(name)).map(Instant::parse);
    }

    static Optional<Boolean> flag(Map<String, String> params, String name) {
        return Optional.ofNullable(params.get(name)).map(Boolean::parseBoolean);
    }

    static Map<String, String> params(String queryString) {
        Map<String, String> params = new HashMap<>();
        for (String pair : queryString.split("&")) {
            int eq = pair.indexOf('=');
            params.put(pair.substring(0, eq), URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
        }
        return params;
    }

    static double p(List<Long> values, int percentile) {
        List<Long> sorted = values.stream().sorted().toList();
        if (sorted.isEmpty()) {
            return 0;
        }
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(percentile / 100.0 * sorted.size()) - 1)) / 1e6;
    }
}
