package io.cockpit.bootstrap.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import io.cockpit.adapters.mysql.DatabaseSettings;
import io.cockpit.adapters.mysql.RelationalStore;
import io.cockpit.adapters.mysql.access.JdbiApiKeyRepository;
import io.cockpit.application.service.access.ApiKeyService;
import io.cockpit.application.service.register.ErasureService;
import io.cockpit.application.testing.NeedsRealServers;
import io.cockpit.application.testing.RealServices;
import io.cockpit.domain.access.ApiKeyName;
import io.cockpit.domain.access.ApiKeyRole;
import io.lettuce.core.RedisClient;
import io.lettuce.core.api.StatefulRedisConnection;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A server process killed (SIGKILL) in the middle of an erasure, and the next start on the same database finishing
 * it: the erasure request remembers where it was, the dead worker's claim runs out, and the leased erasure job of the
 * new process takes the request up. The user has enough history (seeded straight into the database, as
 * scripts/ErasureSeed.java does) that the erasure takes many batches, so the kill lands between two of them.
 */
@NeedsRealServers
class ErasureCrashTest {

    private static final int BATCH = ErasureService.BATCH;
    /** Consent and restriction events of the user, half each: 40 batches. */
    private static final int SEEDED_ROWS = 40 * BATCH;
    private static final int REDIS_DATABASE = 4;
    private static final Duration CLAIM = Duration.ofSeconds(3);
    private static final Duration DEADLINE = Duration.ofSeconds(90);

    @TempDir
    Path outputDir;

    private RealServices.TestDatabase database;
    private NodeProcess first;
    private NodeProcess next;

    @AfterEach
    void stopAndDrop() {
        for (NodeProcess node : new NodeProcess[] {first, next}) {
            if (node != null) {
                node.close();
            }
        }
        if (database != null) {
            database.drop();
        }
    }

    @Test
    void aServerKilledMidErasureLeavesItInProgressAndTheNextStartFinishesIt() throws SQLException {
        database = RealServices.newMysqlDatabase();
        flushRedis();
        Map<String, String> environment = environment();
        first = NodeProcess.launch("first", environment, outputDir).awaitRunning(DEADLINE);
        String partnerKey = createKey(ApiKeyRole.PARTNER, "acme");
        ApiClient partner = new ApiClient(first.baseUrl(), Map.of()).withBearer(partnerKey);
        String externalId = Unique.id("crash");
        String email = Unique.email();
        ApiResponse provisioned = partner.post("/v1/partner/accounts",
                Unique.provisionBody(externalId, email, "Sam Seller", "active"));
        assertThat(provisioned.status()).as(provisioned.toString()).isEqualTo(201);
        String userId = provisioned.json().path("userId").asText();
        ApiResponse activated = new ApiClient(first.baseUrl(), Map.of()).post("/v1/auth/activation", "{\"token\":\""
                + provisioned.json().path("activationToken").asText() + "\",\"password\":\"" + Users.PASSWORD + "\"}");
        assertThat(activated.status()).as(activated.toString()).isEqualTo(201);
        ApiClient me = new ApiClient(first.baseUrl(), Map.of()).withBearer(activated.json().path("token").asText());
        seedHistory(userId);
        Instant before = Instant.now().minusSeconds(1).truncatedTo(ChronoUnit.MILLIS);

        ApiResponse accepted = me.delete("/v1/me", "{\"password\":\"" + Users.PASSWORD + "\"}");

        assertThat(accepted.status()).as(accepted.toString()).isEqualTo(202);
        String receipt = accepted.json().path("erasureId").asText();
        assertThat(receipt).isNotBlank();
        // at least two batches into one store: the erasure runs, and the seeded history is far from gone
        await("the erasure is under way", () -> request(receipt).filter(row -> row.stepItems() >= 2L * BATCH)
                .isPresent());
        first.kill();

        ErasureRow left = request(receipt).orElseThrow();
        assertThat(left.status()).as("the kill came mid-erasure").isEqualTo("in_progress");
        assertThat(left.userId()).contains(userId);
        long rowsLeft = rowsOf(userId);
        assertThat(rowsLeft).as("history left to erase after the kill").isPositive();

        long killedAt = System.nanoTime();
        next = NodeProcess.launch("next", environment, outputDir).awaitRunning(DEADLINE);

        await("the next start completes the erasure", () -> request(receipt)
                .filter(row -> row.status().equals("completed")).isPresent());
        System.out.printf("killed at step %d after %d items of it, %d rows left; completed %d ms after the kill%n",
                left.step(), left.stepItems(), rowsLeft, (System.nanoTime() - killedAt) / 1_000_000);
        ErasureRow done = request(receipt).orElseThrow();
        assertThat(done.userId()).as("the User-ID goes with the completion").isEmpty();
        assertThat(done.step()).isGreaterThan(left.step());
        // the log lines of a node reach its output within 200 ms (ConsoleLogHandler buffers them)
        await("the next node says it completed the erasure",
                () -> next.output().contains("erasure " + receipt + " completed"));
        assertThat(rowsOf(userId)).isZero();

        Map<String, Long> ledger = ledgerOf(receipt);
        assertThat(ledger).as("one line per store, the account's among them").containsKey("account/relational");
        assertThat(ledger.get("consent_history/relational") + ledger.get("processing_restriction/relational"))
                .as("the seeded history, but for at most the batch the kill cut off from its progress")
                .isBetween((long) SEEDED_ROWS - BATCH, (long) SEEDED_ROWS + BATCH);

        ApiClient partnerOnNext = new ApiClient(next.baseUrl(), Map.of()).withBearer(partnerKey);
        assertThat(partnerOnNext.get("/v1/partner/accounts/" + externalId).status()).isEqualTo(404);
        JsonNode erased = partnerOnNext.get("/v1/partner/accounts?deletedSince=" + before).json();
        assertThat(erased.path("items").findValuesAsText("externalId")).contains(externalId);
        assertThat(Users.signIn(new ApiClient(next.baseUrl(), Map.of()).from(Unique.address()), email,
                Users.PASSWORD).status()).isEqualTo(401);

        DatabaseSettings settings = new DatabaseSettings(database.jdbcUrl(), database.user(), database.password(), 2);
        for (String value : List.of(userId, email)) {
            assertThat(DatabaseScan.placesHolding(settings, value)).as("traces of " + value).isEmpty();
        }
        assertThat(redisKeysHolding(userId)).isEmpty();
    }

    private Map<String, String> environment() {
        // the dead node's lease on the job and its claim on the erasure run out in seconds, not minutes
        return NodeProcess.productionEnvironment(database, REDIS_DATABASE, outputDir, Map.of(
                "COCKPIT_JOBS_ERASURE_INTERVAL", "PT0.2S",
                "COCKPIT_JOBS_ERASURE_LEASE", "PT2S",
                "COCKPIT_JOBS_ERASURE_CLAIM", CLAIM.toString(),
                "COCKPIT_JOBS_ERASURE_SETTLE", "PT1S"));
    }

    private String createKey(ApiKeyRole role, String name) {
        try (RelationalStore store = RelationalStore.open(new DatabaseSettings(database.jdbcUrl(), database.user(),
                database.password(), 2))) {
            return new ApiKeyService(store.repository(JdbiApiKeyRepository::new), Clock.systemUTC(),
                    new SecureRandom()).create(role, new ApiKeyName(name)).value();
        }
    }

    private static void flushRedis() {
        RedisClient client = RedisClient.create(RealServices.redisUri(REDIS_DATABASE));
        try (StatefulRedisConnection<String, String> connection = client.connect()) {
            connection.sync().flushdb();
        } finally {
            client.shutdown();
        }
    }

    private static List<String> redisKeysHolding(String value) {
        RedisClient client = RedisClient.create(RealServices.redisUri(REDIS_DATABASE));
        try (StatefulRedisConnection<String, String> connection = client.connect()) {
            return connection.sync().keys("*").stream()
                    .filter(key -> key.contains(value) || String.valueOf(dump(connection, key)).contains(value))
                    .toList();
        } finally {
            client.shutdown();
        }
    }

    /** A key's value as text, whatever its type (only strings and hashes are used by Cockpit's cache). */
    private static Object dump(StatefulRedisConnection<String, String> connection, String key) {
        return switch (connection.sync().type(key)) {
            case "string" -> connection.sync().get(key);
            case "hash" -> connection.sync().hgetall(key);
            case "set" -> connection.sync().smembers(key);
            case "zset" -> connection.sync().zrange(key, 0, -1);
            case "list" -> connection.sync().lrange(key, 0, -1);
            default -> "";
        };
    }

    private Connection connect() throws SQLException {
        return DriverManager.getConnection(database.jdbcUrl(), database.user(), database.password());
    }

    /** The user's history as it grows without limit (the statements of scripts/ErasureSeed.java). */
    private void seedHistory(String userId) throws SQLException {
        Instant start = Instant.now().minus(Duration.ofDays(365));
        try (Connection db = connect();
             PreparedStatement consent = db.prepareStatement("INSERT INTO consent_event (user_id, purpose, decision, "
                     + "at, policy_version, source) VALUES (?, ?, ?, ?, '2024-10-21', 'self-service')");
             PreparedStatement restriction = db.prepareStatement("INSERT INTO restriction_event (user_id, "
                     + "restricted, at, source) VALUES (?, ?, ?, 'self-service')")) {
            db.setAutoCommit(false);
            for (int i = 0; i < SEEDED_ROWS; i++) {
                Timestamp at = Timestamp.from(start.plusMillis(i * 100L));
                if (i % 2 == 0) {
                    consent.setString(1, userId);
                    consent.setString(2, i % 4 == 0 ? "statistics" : "product_analytics");
                    consent.setString(3, i % 8 < 4 ? "granted" : "withdrawn");
                    consent.setTimestamp(4, at);
                    consent.addBatch();
                } else {
                    restriction.setString(1, userId);
                    restriction.setBoolean(2, i % 4 == 1);
                    restriction.setTimestamp(3, at);
                    restriction.addBatch();
                }
                if (i % 5_000 == 4_999) {
                    consent.executeBatch();
                    restriction.executeBatch();
                    db.commit();
                }
            }
            consent.executeBatch();
            restriction.executeBatch();
            db.commit();
        }
        assertThat(rowsOf(userId)).isGreaterThanOrEqualTo(SEEDED_ROWS);
    }

    /** The user's rows in the two tables the seeded history is in. */
    private long rowsOf(String userId) throws SQLException {
        try (Connection db = connect();
             PreparedStatement count = db.prepareStatement("SELECT (SELECT COUNT(*) FROM consent_event WHERE "
                     + "user_id = ?) + (SELECT COUNT(*) FROM restriction_event WHERE user_id = ?)")) {
            count.setString(1, userId);
            count.setString(2, userId);
            try (ResultSet rows = count.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        }
    }

    private record ErasureRow(String status, int step, long stepItems, Optional<String> userId) {
    }

    private Optional<ErasureRow> request(String receipt) {
        try (Connection db = connect();
             PreparedStatement find = db.prepareStatement("SELECT status, step, step_items, user_id FROM "
                     + "erasure_request WHERE erasure_id = ?")) {
            find.setString(1, receipt);
            try (ResultSet row = find.executeQuery()) {
                return row.next() ? Optional.of(new ErasureRow(row.getString(1), row.getInt(2), row.getLong(3),
                        Optional.ofNullable(row.getString(4)))) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The erasure ledger of the receipt: items per category/store. */
    /**
     * The items per store; a store's lines are summed (a category may have two stores of one kind, and a sweep that
     * found something has a line of its own), but the seeded stores, one of which the kill interrupted, have one each.
     */
    private Map<String, Long> ledgerOf(String receipt) throws SQLException {
        Map<String, Long> items = new HashMap<>();
        Map<String, Integer> lines = new HashMap<>();
        try (Connection db = connect();
             PreparedStatement find = db.prepareStatement("SELECT category, store, items FROM erasure_ledger "
                     + "WHERE receipt = ?")) {
            find.setString(1, receipt);
            try (ResultSet row = find.executeQuery()) {
                while (row.next()) {
                    String store = row.getString(1) + "/" + row.getString(2);
                    items.merge(store, row.getLong(3), Long::sum);
                    lines.merge(store, 1, Integer::sum);
                }
            }
        }
        assertThat(lines).as("one line per step, also for the step the kill interrupted")
                .containsEntry("consent_history/relational", 1).containsEntry("processing_restriction/relational", 1);
        return items;
    }

    /** Polls every 20 ms until {@code condition} holds; fails after the deadline. */
    private void await(String what, Supplier<Boolean> condition) {
        long deadline = System.nanoTime() + DEADLINE.toNanos();
        while (!condition.get()) {
            assertThat(System.nanoTime()).as(what + " within " + DEADLINE + "; first:\n" + tail(first)
                    + "\nnext:\n" + tail(next)).isLessThan(deadline);
            NodeProcess.pause(20);
        }
    }

    private static String tail(NodeProcess node) {
        if (node == null) {
            return "-";
        }
        String output = node.output();
        return output.substring(Math.max(0, output.length() - 3_000));
    }
}
