import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Seeds LinkedIn data through the sync endpoints of a running Cockpit and measures: the ingest rate of messages in
 * batches of 500, the lookup by profile URL, and filtered contact lists. Run by scripts/benchmark-linkedin.sh:
 *
 *   java LinkedInBenchmark.java BASE_URL PARTNER_KEY USERS CONTACTS CONVERSATIONS MESSAGES_PER_CONVERSATION WORKERS
 *
 * SEED_ONLY=FILE seeds, writes who to measure into FILE and stops (the data stays); SEARCH_ONLY=FILE then measures
 * only the search shapes on that data (BASE_URL alone needed), READS_ONLY=FILE the lookup, the lists and the search.
 * STATE_FILE and SHAPES_FILE: see benchmark-linkedin.sh.
 *
 * Data is deterministic (seeded random): German and English names, companies, positions, cities and message texts.
 * No library: plain java.net.http and hand-written JSON.
 */
public class LinkedInBenchmark {

    static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();
    static final Pattern ID = Pattern.compile("\"id\":\"([0-9a-f-]{36})\"");
    static final Pattern CREATED = Pattern.compile("\"result\":\"created\"");

    static final String[] FIRST = {"Jana", "Jürgen", "Max", "Anna", "François", "Zoë", "Björn", "Sophie", "Lukas",
            "Émilie", "Paul", "Marie", "Jonas", "Léa", "Felix", "Hannah", "Noah", "Mia", "Elias", "Emma", "Oliver",
            "Charlotte", "James", "Olivia", "Henry", "Amelia", "Søren", "Agnieszka", "Mehmet", "Ayşe"};
    static final String[] LAST = {"Schmidt", "Müller", "Schneider", "Fischer", "Weber", "Meyer", "Wagner", "Becker",
            "Schulz", "Hoffmann", "Dupont", "Martin", "Smith", "Jones", "Taylor", "Brown", "Williams", "Wilson",
            "Kowalski", "Nowak", "Yılmaz", "Öztürk", "Lefèvre", "García", "Rossi", "Jensen", "Nielsen", "Berg",
            "Krüger", "Großmann"};
    static final String[] COMPANIES = {"Acme GmbH", "Beta AG", "Müller & Söhne KG", "Siemens", "SAP SE",
            "Deutsche Telekom", "Zalando", "Delivery Hero", "Celonis", "N26", "Personio", "HelloFresh", "Bosch",
            "BASF", "Allianz", "Munich Re", "Contoso Ltd", "Globex Corporation", "Initech", "Umbrella plc",
            "Stark Industries", "Wayne Enterprises", "Hooli", "Pied Piper", "Vandelay Industries"};
    static final String[] POSITIONS = {"Head of Sales", "Vertriebsleiter", "Einkaufsleiterin", "CEO", "CTO",
            "Account Executive", "Key Account Manager", "Geschäftsführer", "Marketing Manager", "Head of Procurement",
            "Sales Development Representative", "Leiter Einkauf", "Chief Revenue Officer", "Partner Manager",
            "Customer Success Manager"};
    static final String[] CITIES = {"Berlin", "München", "Hamburg", "Köln", "Frankfurt am Main", "Düsseldorf",
            "Stuttgart", "Leipzig", "Wien", "Zürich", "London", "Paris", "Amsterdam", "Kopenhagen", "Warschau"};
    static final String[] WORDS = ("hallo danke für die Vernetzung freue mich auf den Austausch Angebot Termin "
            + "nächste Woche Dienstag passt gut Rückmeldung Ihre Anfrage gerne schicke ich Unterlagen Preis Lizenz "
            + "Übersicht Präsentation Kunden Projekt Zusammenarbeit Einkauf Budget Quartal Entscheidung Vertrag "
            + "Verlängerung Demo Webinar Messe Köln Düsseldorf Grüße beste viele hello thanks for connecting looking "
            + "forward to our call next week proposal pricing meeting follow up quick question regarding your team "
            + "acquisition pipeline quarter budget decision contract renewal demo webinar conference best regards "
            + "cheers great talk yesterday schedule calendar invite available Thursday Friday morning afternoon")
            .split(" ");

    record User(int index, String token, String me) {
    }

    public static void main(String[] args) throws Exception {
        if (System.getenv("SEARCH_ONLY") != null) {
            searchOnly(args[0], java.nio.file.Path.of(System.getenv("SEARCH_ONLY")), false);
            return;
        }
        if (System.getenv("READS_ONLY") != null) {
            searchOnly(args[0], java.nio.file.Path.of(System.getenv("READS_ONLY")), true);
            return;
        }
        String base = args[0];
        String partnerKey = args[1];
        int users = Integer.parseInt(args[2]);
        int contacts = Integer.parseInt(args[3]);
        int conversations = Integer.parseInt(args[4]);
        int perConversation = Integer.parseInt(args[5]);
        int workers = Integer.parseInt(args[6]);
        serverPid = args.length > 7 ? Long.parseLong(args[7]) : -1;
        clockTicks = args.length > 8 ? Integer.parseInt(args[8]) : 100;
        String run = Long.toString(System.currentTimeMillis(), 36);
        CONTACTS = contacts;
        Instant start = Instant.now().truncatedTo(ChronoUnit.SECONDS).minus(Duration.ofDays(900));

        System.out.printf("seeding %d users x (%d contacts, %d conversations, %d messages), %d parallel clients%n",
                users, contacts, conversations, conversations * perConversation, workers);
        List<User> all = new ArrayList<>();
        for (int u = 0; u < users; u++) {
            all.add(signUp(base, partnerKey, run, u));
        }
        ExecutorService pool = Executors.newFixedThreadPool(workers);
        try {
            for (User user : all) {
                check(send(base, "PUT", "/v1/me/linkedin/profile", user.token(), profile(user, start)), 200);
            }
            double cpu = serverCpuSeconds();
            long contactsTook = phase(pool, all, u -> contactBatches(all.get(u), contacts, start), contacts);
            double contactsCpu = serverCpuSeconds() - cpu;
            System.out.printf("contacts:       %,d in %.1f s = %,.0f contacts/s%s%n", (long) users * contacts,
                    contactsTook / 1e9, users * contacts / (contactsTook / 1e9),
                    perCpu((long) users * contacts, contactsCpu, "contacts"));
            cpu = serverCpuSeconds();
            long conversationsTook = phase(pool, all, u -> conversationBatches(all.get(u), conversations, contacts,
                    start), conversations);
            double conversationsCpu = serverCpuSeconds() - cpu;
            System.out.printf("conversations:  %,d in %.1f s = %,.0f conversations/s%s%n", (long) users * conversations,
                    conversationsTook / 1e9, users * conversations / (conversationsTook / 1e9),
                    perCpu((long) users * conversations, conversationsCpu, "conversations"));
            List<Long> batchTimes = new ArrayList<>();
            cpu = serverCpuSeconds();
            double databaseCpu = cpuSeconds(databasePid);
            long messagesTook = phase(pool, all, u -> messageBatches(all.get(u), conversations, perConversation,
                    start), conversations * perConversation, batchTimes);
            double messagesCpu = serverCpuSeconds() - cpu;
            databaseCpu = cpuSeconds(databasePid) - databaseCpu;
            long messages = (long) users * conversations * perConversation;
            System.out.printf("messages:       %,d in %.1f s = %,.0f messages/s (target >= 10,000), batch of 500: "
                            + "p50 %.0f ms, p95 %.0f ms%s%s%n", messages, messagesTook / 1e9, messages / (messagesTook / 1e9),
                    percentile(batchTimes, 50) / 1e6, percentile(batchTimes, 95) / 1e6,
                    perCpu(messages, messagesCpu, "messages"),
                    databasePid < 0 ? "" : String.format("; database CPU %.1f s", databaseCpu));
        } finally {
            pool.shutdownNow();
        }

        User first = all.getFirst();
        String tag = tagSomeContacts(base, first, contacts);
        String stateFile = System.getenv("SEED_ONLY") != null ? System.getenv("SEED_ONLY") : System.getenv("STATE_FILE");
        if (stateFile != null) {
            // who was measured: SearchSqlBenchmark needs the User-ID; SEARCH_ONLY=FILE signs in again later
            java.nio.file.Files.writeString(java.nio.file.Path.of(stateFile), String.join("\n",
                    "email=bench-" + run + "-0@example.com", "tag=" + tag, "start=" + start, "contacts=" + contacts,
                    "user=" + userId(base, first)) + "\n");
        }
        if (System.getenv("SEED_ONLY") != null) {
            return;
        }
        settle();
        lookupsAndLists(base, first, contacts, tag, start);
        search(base, first, tag, start);
        recommendations(base, first, contacts, conversations);
    }

    /**
     * The lookup by profile URL (2,000 timed after 1,000: after only 200 a client that just started still timed its
     * own JIT) and the 12 filtered contact lists (50 rounds after 10).
     */
    static void lookupsAndLists(String base, User first, int contacts, String tag, Instant start) throws Exception {
        Random random = new Random(7);
        List<Long> lookups = new ArrayList<>();
        for (int i = 0; i < 3000; i++) {
            int c = random.nextInt(contacts);
            String url = profileUrlVariant(first, c, random.nextInt(3));
            long begin = System.nanoTime();
            HttpResponse<String> found = send(base, "GET", "/v1/me/contacts/lookup?profileUrl="
                    + URLEncoder.encode(url, StandardCharsets.UTF_8), first.token(), null);
            long took = System.nanoTime() - begin;
            check(found, 200);
            if (i >= 1000) {
                lookups.add(took);
            }
        }
        System.out.printf("lookup:         %d requests, p50 %.2f ms, p95 %.2f ms, p99 %.2f ms (target p95 <= 5 ms)%n",
                lookups.size(), percentile(lookups, 50) / 1e6, percentile(lookups, 95) / 1e6,
                percentile(lookups, 99) / 1e6);

        String lastYear = start.plus(Duration.ofDays(800)).toString();
        String[] filters = {
                "sort=name",
                "sort=-lastContact",
                "writtenTo=true&replied=false&sort=-lastContact",
                "writtenTo=false&sort=-connectedAt",
                "company=m%C3%BCller",
                "position=sales&location=berlin",
                "tag=" + tag,
                "tag=" + tag + "&writtenTo=true",
                "lastContactBefore=" + lastYear + "&sort=lastContact",
                "doNotContact=false&company=sap&sort=-name",
                "connectedSince=" + start.plus(Duration.ofDays(400)) + "&sort=connectedAt&limit=50",
                "replied=true&location=k%C3%B6ln"};
        List<Long> lists = new ArrayList<>();
        for (int round = 0; round < 60; round++) {
            for (String filter : filters) {
                long begin = System.nanoTime();
                HttpResponse<String> page = send(base, "GET", "/v1/me/contacts?" + filter, first.token(), null);
                long took = System.nanoTime() - begin;
                check(page, 200);
                if (round >= 10) {
                    lists.add(took);
                }
            }
        }
        System.out.printf("contact list:   %d filtered requests (%d shapes), p50 %.2f ms, p95 %.2f ms, p99 %.2f ms "
                        + "(target p95 <= 20 ms)%n", lists.size(), filters.length, percentile(lists, 50) / 1e6,
                percentile(lists, 95) / 1e6, percentile(lists, 99) / 1e6);
        for (int shape = 0; shape < filters.length; shape++) {
            List<Long> ofShape = new ArrayList<>();
            for (int i = shape; i < lists.size(); i += filters.length) {
                ofShape.add(lists.get(i));
            }
            System.out.printf("  %-58s p50 %6.2f ms  p95 %6.2f ms%n", filters[shape].replaceAll("=[0-9a-f-]{36}",
                    "=<id>").replaceAll("\\d{4}-\\d\\d-\\d\\dT[0-9:.]+Z", "<time>"), percentile(ofShape, 50) / 1e6,
                    percentile(ofShape, 95) / 1e6);
        }
    }

    /** The search shapes again on data a SEED_ONLY run left (its state file): signs in as its first user. */
    static void searchOnly(String server, java.nio.file.Path stateFile, boolean reads) throws Exception {
        java.util.Map<String, String> state = new java.util.HashMap<>();
        for (String line : java.nio.file.Files.readAllLines(stateFile)) {
            state.put(line.substring(0, line.indexOf('=')), line.substring(line.indexOf('=') + 1));
        }
        base = server;
        HttpResponse<String> session = HTTP.send(HttpRequest.newBuilder(URI.create(base + "/v1/auth/sessions"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString("{\"email\":\""
                        + state.get("email") + "\",\"password\":\"benchmark passphrase for linkedin\"}")).build(),
                HttpResponse.BodyHandlers.ofString());
        check(session, 201);
        User first = new User(0, field(session.body(), "token"), "");
        if (reads) {
            lookupsAndLists(server, first, Integer.parseInt(state.getOrDefault("contacts", "5000")), state.get("tag"),
                    Instant.parse(state.get("start")));
        }
        search(server, first, state.get("tag"), Instant.parse(state.get("start")));
    }

    /** Search rounds (of the 20 shapes): the first COLD printed apart, the first WARM not counted, ROUNDS counted. */
    static final int SEARCH_COLD = 5;
    static final int SEARCH_WARM = 50;
    static final int SEARCH_ROUNDS = 10;

    /**
     * 20 search shapes: common and rare words, prefixes, accents, phrases, exclusions, types and filters. With
     * SHAPES_FILE set, writes each shape's query string and HTTP p50/p95 there (for SearchSqlBenchmark).
     */
    static void search(String base, User user, String tag, Instant start) throws Exception {
        String recent = URLEncoder.encode(start.plus(Duration.ofDays(600)).toString(), StandardCharsets.UTF_8);
        String[] queries = {
                "q=angebot",
                "q=acq",
                "q=m%C3%BCller",
                "q=francois",
                "q=%22next+week%22",
                "q=angebot+-demo",
                "q=budget+quartal",
                "q=pr%C3%A4sentation+webinar+thursday",
                "q=vertrag+verl%C3%A4ngerung+entscheidung",
                "q=schmidt&types=contacts",
                "q=%22head+of+sales%22&types=contacts",
                "q=sap+se",
                "q=k%C3%B6ln&types=messages",
                "q=proposal+pricing+renewal+conference",
                "q=xyzzy",
                "q=hallo&types=messages,conversations",
                "q=zo%C3%AB&types=contacts",
                "q=angebot&types=messages&since=" + recent,
                "q=demo&tag=" + tag,
                "q=%2Bbudget+(decision)+~demo*"};
        List<Long> all = new ArrayList<>();
        List<Long> cold = new ArrayList<>();
        List<List<Long>> byShape = new ArrayList<>();
        for (String ignored : queries) {
            byShape.add(new ArrayList<>());
        }
        // The seed did not run the search code: the first COLD rounds are printed apart, the JIT compiles until about
        // WARM rounds (SearchSqlBenchmark's JVM gets as many), and the rounds after those are the figures.
        for (int round = 0; round < SEARCH_WARM + SEARCH_ROUNDS; round++) {
            for (int shape = 0; shape < queries.length; shape++) {
                long begin = System.nanoTime();
                HttpResponse<String> page = send(base, "GET", "/v1/me/search?" + queries[shape], user.token(), null);
                long took = System.nanoTime() - begin;
                check(page, 200);
                if (round < SEARCH_COLD) {
                    cold.add(took);
                }
                if (round >= SEARCH_WARM) {
                    all.add(took);
                    byShape.get(shape).add(took);
                }
            }
        }
        System.out.printf("search, cold:   the first %d searches (the server's first), p50 %.2f ms, p95 %.2f ms%n",
                cold.size(), percentile(cold, 50) / 1e6, percentile(cold, 95) / 1e6);
        System.out.printf("search:         %d requests (%d shapes) after %d, p50 %.2f ms, p95 %.2f ms, p99 %.2f ms "
                        + "(target p95 <= 20 ms)%n", all.size(), queries.length, SEARCH_WARM * queries.length,
                percentile(all, 50) / 1e6, percentile(all, 95) / 1e6, percentile(all, 99) / 1e6);
        StringBuilder shapes = new StringBuilder();
        for (int shape = 0; shape < queries.length; shape++) {
            System.out.printf("  %-58s p50 %6.2f ms  p95 %6.2f ms%n", queries[shape].replaceAll("=[0-9a-f-]{36}",
                    "=<id>").replaceAll("since=[^&]+", "since=<time>"), percentile(byShape.get(shape), 50) / 1e6,
                    percentile(byShape.get(shape), 95) / 1e6);
            shapes.append(String.format(Locale.ROOT, "%s\t%.3f\t%.3f%n", queries[shape],
                    percentile(byShape.get(shape), 50) / 1e6, percentile(byShape.get(shape), 95) / 1e6));
        }
        if (System.getenv("SHAPES_FILE") != null) {
            java.nio.file.Files.writeString(java.nio.file.Path.of(System.getenv("SHAPES_FILE")), shapes);
        }
    }

    /**
     * "Who to write next" and today's progress on the first user's data: three categories (priorities, cadences) on
     * some contacts, today's messages in some conversations (every second one a follow-up), then the timings.
     */
    static void recommendations(String base, User user, int contacts, int conversations) throws Exception {
        String[] categories = {
                "{\"name\":\"Key accounts\",\"colour\":\"#1E88E5\",\"priority\":9,\"keepInTouchDays\":30}",
                "{\"name\":\"Prospects\",\"colour\":\"#43A047\",\"priority\":5,\"followUpAfterDays\":7,"
                        + "\"maxFollowUps\":3}",
                "{\"name\":\"Partners\",\"colour\":\"#E53935\",\"priority\":2,\"keepInTouchDays\":90}"};
        List<String> ids = new ArrayList<>();
        for (String category : categories) {
            HttpResponse<String> created = send(base, "POST", "/v1/me/categories", user.token(), category);
            check(created, 201);
            ids.add(field(created.body(), "id"));
        }
        String cursor = null;
        int labelled = 0;
        for (int page = 0; page < 3; page++) {
            HttpResponse<String> contactsPage = send(base, "GET", "/v1/me/contacts?limit=100&sort=-connectedAt"
                    + (cursor == null ? "" : "&cursor=" + cursor), user.token(), null);
            check(contactsPage, 200);
            Matcher m = ID.matcher(contactsPage.body());
            while (m.find()) {
                check(send(base, "PATCH", "/v1/me/contacts/" + m.group(1), user.token(),
                        "{\"categories\":[\"" + ids.get(labelled++ % ids.size()) + "\"]}"), 200);
            }
            Matcher next = Pattern.compile("\"nextCursor\":\"([^\"]+)\"").matcher(contactsPage.body());
            if (!next.find()) {
                break;
            }
            cursor = next.group(1);
        }
        Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        Instant midnight = java.time.LocalDate.ofInstant(now, java.time.ZoneId.of("Europe/Berlin"))
                .atStartOfDay(java.time.ZoneId.of("Europe/Berlin")).toInstant();
        StringBuilder today = new StringBuilder();
        int sentToday = 0;
        for (int k = 0; k < Math.min(40, conversations); k++) {
            for (int m = 0; m < 2; m++) {
                Instant at = midnight.plusMillis((now.toEpochMilli() - midnight.toEpochMilli()) * (k * 2 + m + 1)
                        / 82);
                today.append(today.isEmpty() ? "" : ",").append("{\"urn\":\"urn:li:msg_message:(").append(user.me())
                        .append(",2-").append(k).append("-today-").append(m).append("==_100)\",\"conversationUrn\":\"")
                        .append(conversationUrn(user, k)).append("\",\"senderUrn\":\"").append(user.me())
                        .append("\",\"sentAt\":\"").append(at).append("\",\"text\":\"Kurze Nachfrage\"}");
                sentToday++;
            }
        }
        check(send(base, "POST", "/v1/me/linkedin/conversations", user.token(), "{\"messages\":[" + today + "]}"),
                200);
        check(send(base, "PUT", "/v1/me/settings", user.token(), "{\"language\":\"de\",\"timeZone\":"
                + "\"Europe/Berlin\",\"dailyGoals\":{\"message_sent\":100,\"follow_up_sent\":30}}"), 200);

        List<Long> next = timed(base, user, "/v1/me/next-contacts", 20, 220);
        HttpResponse<String> sample = send(base, "GET", "/v1/me/next-contacts?limit=100", user.token(), null);
        check(sample, 200);
        Matcher reasons = Pattern.compile("\"code\":\"([a-z_]+)\"").matcher(sample.body());
        java.util.Map<String, Integer> byReason = new java.util.TreeMap<>();
        while (reasons.find()) {
            byReason.merge(reasons.group(1), 1, Integer::sum);
        }
        System.out.printf("next contacts:  %d requests (limit 20, %,d contacts, %d categorised), p50 %.2f ms, "
                        + "p95 %.2f ms, p99 %.2f ms (target p95 <= 50 ms); reasons in the top 100: %s%n", next.size(),
                contacts, labelled, percentile(next, 50) / 1e6, percentile(next, 95) / 1e6, percentile(next, 99) / 1e6,
                byReason);
        List<Long> todays = timed(base, user, "/v1/me/today", 200, 2200);
        HttpResponse<String> counted = send(base, "GET", "/v1/me/today", user.token(), null);
        check(counted, 200);
        System.out.printf("today:          %d requests (%d messages sent today), p50 %.2f ms, p95 %.2f ms, p99 %.2f ms "
                        + "(target p95 <= 10 ms); %s%n", todays.size(), sentToday, percentile(todays, 50) / 1e6,
                percentile(todays, 95) / 1e6, percentile(todays, 99) / 1e6,
                counted.body().replaceAll(".*\"actions\":", ""));
    }

    /** {@code total} GETs of {@code path}, the first {@code warmUp} not counted. */
    static List<Long> timed(String base, User user, String path, int warmUp, int total) throws Exception {
        List<Long> took = new ArrayList<>();
        for (int i = 0; i < total; i++) {
            long begin = System.nanoTime();
            HttpResponse<String> response = send(base, "GET", path, user.token(), null);
            long elapsed = System.nanoTime() - begin;
            check(response, 200);
            if (i >= warmUp) {
                took.add(elapsed);
            }
        }
        return took;
    }

    interface Batches {
        List<String[]> of(int user) throws Exception;
    }

    static long phase(ExecutorService pool, List<User> all, Batches batches, int perUser) throws Exception {
        return phase(pool, all, batches, perUser, new ArrayList<>());
    }

    /** Sends every user's batches (path, body), each user's in order, users in parallel; the wall time. */
    static long phase(ExecutorService pool, List<User> all, Batches batches, int perUser, List<Long> batchTimes)
            throws Exception {
        List<List<String[]>> prepared = new ArrayList<>();
        for (int u = 0; u < all.size(); u++) {
            prepared.add(batches.of(u));
        }
        AtomicLong created = new AtomicLong();
        long begin = System.nanoTime();
        List<Future<?>> running = new ArrayList<>();
        for (int u = 0; u < all.size(); u++) {
            int user = u;
            running.add(pool.submit(() -> {
                for (String[] batch : prepared.get(user)) {
                    long started = System.nanoTime();
                    HttpResponse<String> answer = send(base, "POST", batch[0], all.get(user).token(),
                            batch[1]);
                    long took = System.nanoTime() - started;
                    check(answer, 200);
                    synchronized (batchTimes) {
                        batchTimes.add(took);
                    }
                    Matcher m = CREATED.matcher(answer.body());
                    while (m.find()) {
                        created.incrementAndGet();
                    }
                }
                return null;
            }));
        }
        for (Future<?> future : running) {
            future.get();
        }
        long took = System.nanoTime() - begin;
        if (created.get() != (long) perUser * all.size()) {
            throw new IllegalStateException("expected " + (long) perUser * all.size() + " items created, got "
                    + created.get());
        }
        return took;
    }

    static long serverPid = -1;
    static int clockTicks = 100;

    /** The database server's process (env DATABASE_PID, production mode on this machine); -1 when not known. */
    static final long databasePid = System.getenv().getOrDefault("DATABASE_PID", "").isBlank()
            ? -1 : Long.parseLong(System.getenv("DATABASE_PID"));

    /** CPU time (user and system) the server process has used so far, from /proc; 0 without a PID. */
    static double serverCpuSeconds() {
        return cpuSeconds(serverPid);
    }

    /** CPU time (user and system) a process has used so far, from /proc; 0 without a PID. */
    static double cpuSeconds(long pid) {
        if (pid < 0) {
            return 0;
        }
        try {
            String stat = java.nio.file.Files.readString(java.nio.file.Path.of("/proc/" + pid + "/stat"));
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) / (double) clockTicks;
        } catch (Exception e) {
            return 0;
        }
    }

    /**
     * Waits until the server and the database server (when its PID is known) are idle (each under 5% of a core over
     * 2 s, at most 5 minutes) and prints how long that took: after an ingest H2 goes on writing and compacting its
     * file in the background for a while, InnoDB merges its full-text cache and flushes pages, and reads measured
     * then measure that work too.
     */
    static void settle() throws InterruptedException {
        if (serverPid < 0) {
            return;
        }
        long begin = System.nanoTime();
        double serverStart = serverCpuSeconds();
        double databaseStart = cpuSeconds(databasePid);
        double serverBefore = serverStart;
        double databaseBefore = databaseStart;
        while (System.nanoTime() - begin < Duration.ofMinutes(5).toNanos()) {
            Thread.sleep(2000);
            double server = serverCpuSeconds();
            double database = cpuSeconds(databasePid);
            if (server - serverBefore < 0.1 && database - databaseBefore < 0.1) {
                break;
            }
            serverBefore = server;
            databaseBefore = database;
        }
        System.out.printf("settled:        %s idle %.0f s after the ingest (server CPU meanwhile %.1f s%s)%n",
                databasePid < 0 ? "the server was" : "the server and the database were",
                (System.nanoTime() - begin) / 1e9 - 2, serverCpuSeconds() - serverStart, databasePid < 0 ? ""
                        : String.format(", database CPU %.1f s", cpuSeconds(databasePid) - databaseStart));
    }

    /** ", server CPU 12.3 s = 8,100 messages per CPU-second" (what the machine's other load cannot inflate). */
    static String perCpu(long items, double cpuSeconds, String what) {
        return serverPid < 0 || cpuSeconds <= 0 ? "" : String.format("; server CPU %.1f s = %,.0f %s per CPU-second",
                cpuSeconds, items / cpuSeconds, what);
    }

    /** The server, for the workers. */
    static String base;
    /** Contacts per user; conversation k is with contact 2k+1 of them. */
    static int CONTACTS = 5000;

    /** The signed-in user's id (GET /v1/me). */
    static String userId(String base, User user) throws Exception {
        HttpResponse<String> me = send(base, "GET", "/v1/me", user.token(), null);
        check(me, 200);
        return field(me.body(), "userId");
    }

    static User signUp(String server, String partnerKey, String run, int u) throws Exception {
        base = server;
        String email = "bench-" + run + "-" + u + "@example.com";
        HttpResponse<String> created = HTTP.send(HttpRequest.newBuilder(URI.create(base + "/v1/partner/accounts"))
                .header("Authorization", "Bearer " + partnerKey).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"externalId\":\"bench-" + run + "-" + u
                        + "\",\"email\":\"" + email + "\",\"name\":\"Bench User " + u
                        + "\",\"contractStatus\":\"active\"}")).build(), HttpResponse.BodyHandlers.ofString());
        check(created, 201);
        String activation = field(created.body(), "activationToken");
        HttpResponse<String> activated = HTTP.send(HttpRequest.newBuilder(URI.create(base + "/v1/auth/activation"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"token\":\"" + activation
                        + "\",\"password\":\"benchmark passphrase for linkedin\"}")).build(),
                HttpResponse.BodyHandlers.ofString());
        check(activated, 201);
        return new User(u, field(activated.body(), "token"), "urn:li:fsd_profile:ACoAABme" + run + "u" + u);
    }

    static String profile(User user, Instant start) {
        return "{\"urn\":\"" + user.me() + "\",\"firstName\":\"Sam\",\"lastName\":\"Seller " + user.index()
                + "\",\"company\":\"Cockpit GmbH\",\"position\":\"Account Executive\",\"modifiedAt\":\""
                + start + "\"}";
    }

    static String contactUrn(User user, int c) {
        return "urn:li:fsd_profile:ACoAAB" + user.index() + "x" + c;
    }

    static String slug(User user, int c) {
        Random random = new Random(c * 31L + user.index());
        return (FIRST[random.nextInt(FIRST.length)] + "-" + LAST[random.nextInt(LAST.length)]).toLowerCase(Locale.ROOT)
                + "-" + user.index() + "x" + c;
    }

    static String profileUrlVariant(User user, int c, int variant) {
        return switch (variant) {
            case 0 -> "https://www.linkedin.com/in/" + slug(user, c) + "/";
            case 1 -> "http://de.linkedin.com/in/" + slug(user, c) + "?trk=people";
            default -> "linkedin.com/in/" + slug(user, c);
        };
    }

    static List<String[]> contactBatches(User user, int contacts, Instant start) {
        List<String[]> batches = new ArrayList<>();
        StringBuilder items = new StringBuilder();
        for (int c = 0; c < contacts; c++) {
            Random random = new Random(c * 31L + user.index());
            String first = FIRST[random.nextInt(FIRST.length)];
            String last = LAST[random.nextInt(LAST.length)];
            items.append(items.isEmpty() ? "" : ",").append("{\"urn\":\"").append(contactUrn(user, c))
                    .append("\",\"firstName\":\"").append(first).append("\",\"lastName\":\"").append(last)
                    .append("\",\"headline\":\"").append(POSITIONS[random.nextInt(POSITIONS.length)]).append(" at ")
                    .append(COMPANIES[random.nextInt(COMPANIES.length)]).append("\",\"company\":\"")
                    .append(COMPANIES[random.nextInt(COMPANIES.length)]).append("\",\"position\":\"")
                    .append(POSITIONS[random.nextInt(POSITIONS.length)]).append("\",\"location\":\"")
                    .append(CITIES[random.nextInt(CITIES.length)]).append("\",\"profileUrl\":\"")
                    .append(profileUrlVariant(user, c, 0)).append("\",\"connectedAt\":\"")
                    .append(start.plus(Duration.ofMinutes(random.nextInt(800 * 24 * 60)))).append("\",\"modifiedAt\":\"")
                    .append(start.plus(Duration.ofDays(850))).append("\"}");
            if ((c + 1) % 500 == 0 || c == contacts - 1) {
                batches.add(new String[] {"/v1/me/linkedin/contacts", "{\"contacts\":[" + items + "]}"});
                items.setLength(0);
            }
        }
        return batches;
    }

    static String conversationUrn(User user, int k) {
        return "urn:li:msg_conversation:(" + user.me() + ",2-" + k + "==)";
    }

    /** Conversation k: with contact 2k+1 (every tenth also with two more, a group). */
    static List<String> participants(User user, int k, int contacts) {
        List<String> people = new ArrayList<>(List.of(user.me(), contactUrn(user, (2 * k + 1) % contacts)));
        if (k % 10 == 0) {
            people.add(contactUrn(user, (2 * k + 3) % contacts));
            people.add(contactUrn(user, (2 * k + 5) % contacts));
        }
        return people;
    }

    static List<String[]> conversationBatches(User user, int conversations, int contacts, Instant start) {
        List<String[]> batches = new ArrayList<>();
        StringBuilder items = new StringBuilder();
        for (int k = 0; k < conversations; k++) {
            items.append(items.isEmpty() ? "" : ",").append("{\"urn\":\"").append(conversationUrn(user, k))
                    .append("\",\"title\":").append(k % 10 == 0 ? "\"Projekt " + k + "\"" : "null")
                    .append(",\"unread\":").append(k % 7 == 0).append(",\"participants\":[");
            List<String> people = participants(user, k, contacts);
            for (int p = 0; p < people.size(); p++) {
                items.append(p == 0 ? "" : ",").append('"').append(people.get(p)).append('"');
            }
            items.append("],\"modifiedAt\":\"").append(start.plus(Duration.ofDays(850))).append("\"}");
            if ((k + 1) % 500 == 0 || k == conversations - 1) {
                batches.add(new String[] {"/v1/me/linkedin/conversations", "{\"conversations\":[" + items + "]}"});
                items.setLength(0);
            }
        }
        return batches;
    }

    static List<String[]> messageBatches(User user, int conversations, int perConversation, Instant start) {
        List<String[]> batches = new ArrayList<>();
        StringBuilder items = new StringBuilder();
        int inBatch = 0;
        for (int k = 0; k < conversations; k++) {
            Random random = new Random(k * 131L + user.index());
            String other = "urn:li:fsd_profile:ACoAAB" + user.index() + "x" + ((2 * k + 1) % CONTACTS);
            Instant at = start.plus(Duration.ofMinutes(random.nextInt(400 * 24 * 60)));
            for (int m = 0; m < perConversation; m++) {
                at = at.plus(Duration.ofMinutes(1 + random.nextInt(3 * 24 * 60)));
                boolean mine = m % 2 == 0 ? random.nextInt(10) < 8 : random.nextInt(10) < 3;
                items.append(inBatch == 0 ? "" : ",").append("{\"urn\":\"urn:li:msg_message:(").append(user.me())
                        .append(",2-").append(k).append("-").append(m).append("==_100)\",\"conversationUrn\":\"")
                        .append(conversationUrn(user, k)).append("\",\"senderUrn\":\"")
                        .append(mine ? user.me() : other).append("\",\"sentAt\":\"").append(at).append("\",\"text\":\"")
                        .append(text(random)).append('"');
                if (random.nextInt(50) == 0) {
                    items.append(",\"attachments\":[{\"name\":\"Angebot-").append(k).append(".pdf\",\"mediaType\":"
                            + "\"application/pdf\",\"size\":").append(10_000 + random.nextInt(900_000)).append("}]");
                }
                if (random.nextInt(20) == 0) {
                    items.append(",\"reactions\":[{\"reactorUrn\":\"").append(other).append("\",\"emoji\":\"👍\"}]");
                }
                items.append('}');
                if (++inBatch == 500) {
                    batches.add(new String[] {"/v1/me/linkedin/conversations", "{\"messages\":[" + items + "]}"});
                    items.setLength(0);
                    inBatch = 0;
                }
            }
        }
        if (inBatch > 0) {
            batches.add(new String[] {"/v1/me/linkedin/conversations", "{\"messages\":[" + items + "]}"});
        }
        return batches;
    }


    static String text(Random random) {
        int words = 5 + random.nextInt(35);
        StringBuilder text = new StringBuilder();
        for (int w = 0; w < words; w++) {
            text.append(w == 0 ? "" : " ").append(WORDS[random.nextInt(WORDS.length)]);
        }
        return text.append(random.nextBoolean() ? "." : "!").toString();
    }

    static String tagSomeContacts(String base, User user, int contacts) throws Exception {
        HttpResponse<String> created = send(base, "POST", "/v1/me/tags", user.token(),
                "{\"name\":\"Benchmark\",\"colour\":\"#1E88E5\"}");
        check(created, 201);
        String tag = field(created.body(), "id");
        HttpResponse<String> page = send(base, "GET", "/v1/me/contacts?limit=100&company=sap", user.token(), null);
        check(page, 200);
        Set<String> ids = new HashSet<>();
        Matcher m = ID.matcher(page.body());
        while (m.find()) {
            ids.add(m.group(1));
        }
        for (String id : ids) {
            check(send(base, "PATCH", "/v1/me/contacts/" + id, user.token(), "{\"tags\":[\"" + tag + "\"]}"), 200);
        }
        return tag;
    }

    static HttpResponse<String> send(String base, String method, String path, String token, String body)
            throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
                .timeout(Duration.ofSeconds(120))
                .header("Authorization", "Bearer " + token);
        if (path.equals("/v1/me/settings") && method.equals("PUT")) {
            request.header("If-Match", "*");
        }
        if (body == null) {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        } else {
            request.header("Content-Type", method.equals("PATCH") ? "application/merge-patch+json"
                    : "application/json").method(method, HttpRequest.BodyPublishers.ofString(body));
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    static void check(HttpResponse<String> response, int status) {
        if (response.statusCode() != status) {
            throw new IllegalStateException(response.request().method() + " " + response.uri().getPath() + ": "
                    + response.statusCode() + " " + response.body().substring(0, Math.min(500, response.body().length())));
        }
    }

    static String field(String json, String name) {
        Matcher m = Pattern.compile("\"" + name + "\":\"([^\"]+)\"").matcher(json);
        if (!m.find()) {
            throw new IllegalStateException("no " + name + " in " + json);
        }
        return m.group(1);
    }

    static double percentile(List<Long> values, int p) {
        if (values.isEmpty()) {
            return 0;
        }
        long[] sorted = values.stream().mapToLong(Long::longValue).sorted().toArray();
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p / 100.0 * sorted.length) - 1)];
    }
}
