package io.cockpit.bootstrap.e2e;

import io.cockpit.adapters.mysql.DatabaseSettings;
import io.cockpit.adapters.mysql.RelationalStore;
import io.cockpit.adapters.mysql.access.JdbiApiKeyRepository;
import io.cockpit.application.service.access.ApiKeyService;
import io.cockpit.application.testing.NeedsRealServers;
import io.cockpit.application.testing.RealServices;
import io.cockpit.domain.access.ApiKey;
import io.cockpit.domain.access.ApiKeyName;
import io.cockpit.domain.access.ApiKeyRole;
import io.lettuce.core.RedisClient;
import io.lettuce.core.api.StatefulRedisConnection;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.IntSupplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two nodes, one database: two server processes (separate JVMs) on the same MariaDB database and Redis, started at
 * the same moment on an empty database, as behind a load balancer. What one node does is in force on the other
 * within a second, and the leased job runs on one of them at a time.
 */
@NeedsRealServers
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class TwoNodesTest {

    private static final Duration PROPAGATION = Duration.ofSeconds(1);
    private static final int REDIS_DATABASE = 3;

    @TempDir
    static Path outputDir;

    private static RealServices.TestDatabase database;
    private static NodeProcess nodeA;
    private static NodeProcess nodeB;
    private static String partnerKey;
    private static String operatorKey;

    @BeforeAll
    static void startBothNodesAtOnce() {
        database = RealServices.newMysqlDatabase();
        flushRedis();
        Map<String, String> environment = NodeProcess.productionEnvironment(database, REDIS_DATABASE, outputDir,
                Map.of("COCKPIT_JOBS_EXPIRED_BLOCKS_INTERVAL", "PT0.2S", "COCKPIT_JOBS_EXPIRED_BLOCKS_LEASE", "PT5S"));
        long start = System.nanoTime();
        nodeA = NodeProcess.launch("node-a", environment, outputDir);
        nodeB = NodeProcess.launch("node-b", environment, outputDir);
        nodeA.awaitRunning(Duration.ofSeconds(90));
        nodeB.awaitRunning(Duration.ofSeconds(90));
        System.out.printf("two nodes serving %d ms after their launch%n", (System.nanoTime() - start) / 1_000_000);
        partnerKey = createKey(ApiKeyRole.PARTNER, "acme");
        operatorKey = createKey(ApiKeyRole.OPERATOR, "olivia");
    }

    @AfterAll
    static void stopBothNodes() {
        Stream.of(nodeA, nodeB).filter(node -> node != null).forEach(NodeProcess::close);
        if (database != null) {
            database.drop();
        }
    }

    private static RelationalStore openStore() {
        return RelationalStore.open(new DatabaseSettings(database.jdbcUrl(), database.user(), database.password(), 2));
    }

    private static String createKey(ApiKeyRole role, String name) {
        try (RelationalStore store = openStore()) {
            return service(store).create(role, new ApiKeyName(name)).value();
        }
    }

    private static ApiKeyService service(RelationalStore store) {
        return new ApiKeyService(store.repository(JdbiApiKeyRepository::new), Clock.systemUTC(), new SecureRandom());
    }

    private static void flushRedis() {
        RedisClient client = RedisClient.create(RealServices.redisUri(REDIS_DATABASE));
        try (StatefulRedisConnection<String, String> connection = client.connect()) {
            connection.sync().flushdb();
        } finally {
            client.shutdown();
        }
    }

    private static ApiClient client(NodeProcess node) {
        return new ApiClient(node.baseUrl(), Map.of());
    }

    /** How long until {@code status} answers {@code expected}, polled every 20 ms; fails after five seconds. */
    private static Duration timeUntil(int expected, IntSupplier status) {
        long start = System.nanoTime();
        while (status.getAsInt() != expected) {
            assertThat(Duration.ofNanos(System.nanoTime() - start)).as("still not " + expected)
                    .isLessThan(Duration.ofSeconds(5));
            NodeProcess.pause(20);
        }
        return Duration.ofNanos(System.nanoTime() - start);
    }

    private static long count(String text, Pattern pattern) {
        return pattern.matcher(text).results().count();
    }

    @Test
    @Order(1)
    void bothNodesStartingAtOnceOnAnEmptyDatabaseCreateExactlyOneFirstKeyPerRole() {
        List<ApiKey> keys;
        try (RelationalStore store = openStore()) {
            keys = service(store).list();
        }
        assertThat(keys).filteredOn(key -> key.name().value().equals("partner")).singleElement()
                .extracting(ApiKey::role).isEqualTo(ApiKeyRole.PARTNER);
        assertThat(keys).filteredOn(key -> key.name().value().equals("operator")).singleElement()
                .extracting(ApiKey::role).isEqualTo(ApiKeyRole.OPERATOR);

        // without a terminal a node only says how many keys it created; together the two created one per role
        String printed = nodeA.output() + nodeB.output();
        Matcher created = Pattern.compile("(\\d+) keys? (?:was|were) created at this first start").matcher(printed);
        int total = 0;
        while (created.find()) {
            total += Integer.parseInt(created.group(1));
        }
        assertThat(total).isEqualTo(2);
        assertThat(printed).doesNotContain("ckp_", "cko_");
    }

    @Test
    @Order(2)
    void aSessionMadeOnOneNodeWorksOnTheOtherAndItsSignOutEndsItOnBothWithinASecond() {
        ApiClient partnerOnA = client(nodeA).withBearer(partnerKey);
        ApiResponse provisioned = partnerOnA.post("/v1/partner/accounts",
                Unique.provisionBody(Unique.id("two-nodes"), Unique.email(), "Sam Seller", "active"));
        assertThat(provisioned.status()).isEqualTo(201);
        ApiResponse activated = client(nodeA).post("/v1/auth/activation", "{\"token\":\""
                + provisioned.json().path("activationToken").asText() + "\",\"password\":\"" + Users.PASSWORD + "\"}");
        assertThat(activated.status()).isEqualTo(201);
        String session = activated.json().path("token").asText();

        assertThat(client(nodeB).withBearer(session).get("/v1/me").status()).isEqualTo(200);
        assertThat(client(nodeA).withBearer(session).delete("/v1/auth/sessions/current").status()).isEqualTo(204);

        assertThat(timeUntil(401, () -> client(nodeB).withBearer(session).get("/v1/me").status()))
                .isLessThan(PROPAGATION);
    }

    @Test
    @Order(3)
    void aRevokedKeyIsRefusedOnBothNodesWithinASecond() {
        String key = createKey(ApiKeyRole.PARTNER, "globex");
        assertThat(client(nodeA).withBearer(key).get("/v1/partner/accounts/crm-none").status()).isEqualTo(404);
        assertThat(client(nodeB).withBearer(key).get("/v1/partner/accounts/crm-none").status()).isEqualTo(404);

        try (RelationalStore store = openStore()) {
            assertThat(service(store).revoke(ApiKeyRole.PARTNER, new ApiKeyName("globex"), Optional.empty()))
                    .isEqualTo(1);
        }

        assertThat(timeUntil(401, () -> client(nodeB).withBearer(key).get("/v1/partner/accounts/crm-none").status()))
                .isLessThan(PROPAGATION);
        assertThat(timeUntil(401, () -> client(nodeA).withBearer(key).get("/v1/partner/accounts/crm-none").status()))
                .isLessThan(PROPAGATION);
        assertThat(client(nodeB).withBearer(partnerKey).get("/v1/partner/accounts/crm-none").status()).isEqualTo(404);
    }

    @Test
    @Order(4)
    void aBlockMadeOnOneNodeIsInForceOnTheOtherWithinASecondAndSoIsItsLifting() {
        String attacker = Unique.address();
        ApiClient operatorOnA = client(nodeA).withBearer(operatorKey).from(Unique.address());

        ApiResponse blocked = operatorOnA.post("/v1/operator/blocked-addresses",
                "{\"address\":\"" + attacker + "\",\"reason\":\"credential stuffing\"}");
        assertThat(blocked.status()).isEqualTo(201);
        assertThat(client(nodeA).from(attacker).get("/health/live").status()).isEqualTo(403);
        assertThat(timeUntil(403, () -> client(nodeB).from(attacker).get("/health/live").status()))
                .isLessThan(PROPAGATION);

        assertThat(operatorOnA.delete(blocked.header("Location").orElseThrow()).status()).isEqualTo(204);
        assertThat(timeUntil(200, () -> client(nodeB).from(attacker).get("/health/live").status()))
                .isLessThan(PROPAGATION);
    }

    @Test
    @Order(5)
    void oneNodeAtATimeRemovesExpiredBlocksAndTheOtherTakesOverWhenItStops() {
        NodeProcess holder = removesAnExpiredBlock();
        NodeProcess other = holder == nodeA ? nodeB : nodeA;
        assertThat(other.output()).doesNotContain("job expired-blocks: this node", "expired block(s)");

        holder.stop();

        assertThat(removesAnExpiredBlock()).isSameAs(other);
        assertThat(count(other.output(), Pattern.compile("job expired-blocks: this node"))).isEqualTo(1);
    }

    /**
     * Blocks an address for three seconds through a running node (time for the request to arrive on a loaded
     * machine), waits for the job to remove it; which node did.
     */
    private NodeProcess removesAnExpiredBlock() {
        NodeProcess running = nodeA.isAlive() ? nodeA : nodeB;
        String address = Unique.address();
        ApiResponse blocked = client(running).withBearer(operatorKey).from(Unique.address())
                .post("/v1/operator/blocked-addresses", "{\"address\":\"" + address + "\",\"reason\":\"scanner\","
                        + "\"expiresAt\":\"" + Instant.now().plusSeconds(3).truncatedTo(ChronoUnit.MILLIS) + "\"}");
        assertThat(blocked.status()).as(blocked.toString()).isEqualTo(201);

        timeUntil(0, () -> listed(running, address) ? 1 : 0);
        // the log lines of a node reach its output within 200 ms (ConsoleLogHandler buffers them)
        timeUntil(1, () -> removers().size());
        return removers().getFirst();
    }

    /** The running nodes that took the job's lease once and removed an expired block. */
    private static List<NodeProcess> removers() {
        return Stream.of(nodeA, nodeB)
                .filter(NodeProcess::isAlive)
                .filter(node -> node.output().contains("removed 1 expired block(s)")
                        && count(node.output(), Pattern.compile("job expired-blocks: this node")) == 1)
                .toList();
    }

    private static boolean listed(NodeProcess node, String address) {
        return client(node).withBearer(operatorKey).pages("/v1/operator/blocked-addresses", 100).stream()
                .anyMatch(page -> page.toString().contains("\"" + address + "/32\""));
    }
}
