package io.cockpit.bootstrap.e2e;

import io.cockpit.adapters.mysql.audit.JdbiAuditLog;
import io.cockpit.adapters.mysql.RelationalStore;
import io.cockpit.domain.audit.AuditEvent;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The operator blocks and unblocks addresses, within rules that keep a block from locking everyone out; every call
 * lands in the audit log.
 */
abstract class OperatorScenarios extends Scenarios {

    private ApiResponse block(String address, String reason) {
        return block(cockpit.operator(), address, reason);
    }

    private static ApiResponse block(ApiClient operator, String address, String reason) {
        return operator.post("/v1/operator/blocked-addresses",
                "{\"address\":\"" + address + "\",\"reason\":\"" + reason + "\"}");
    }

    private ApiResponse blockUntil(String address, Instant expiresAt) {
        return cockpit.operator().post("/v1/operator/blocked-addresses",
                "{\"address\":\"" + address + "\",\"reason\":\"scanner\",\"expiresAt\":\"" + expiresAt + "\"}");
    }

    private boolean listed(String address) {
        return cockpit.operator().pages("/v1/operator/blocked-addresses", 100).stream()
                .flatMap(page -> java.util.stream.StreamSupport.stream(page.path("items").spliterator(), false))
                .anyMatch(item -> item.path("address").asText().equals(address));
    }

    @Test
    void rangesWiderThanTheMaximumAreRefusedNamingTheField() {
        ApiResponse everyone = block("0.0.0.0/0", "mistake");
        ApiResponse everyoneV6 = block("::/0", "mistake");
        ApiResponse slash15 = block("10.254.0.0/15", "too much");

        assertThat(everyone.status()).isEqualTo(422);
        assertThat(everyone.code()).isEqualTo("blocked_address.too_wide");
        assertThat(everyone.errorPointers()).containsExactly("body:/address");
        assertThat(everyone.json().path("detail").asText()).contains("/16");
        assertThat(everyoneV6.code()).isEqualTo("blocked_address.too_wide");
        assertThat(everyoneV6.json().path("detail").asText()).contains("/48");
        assertThat(slash15.code()).isEqualTo("blocked_address.too_wide");
        assertThat(listed("0.0.0.0/0") || listed("::/0") || listed("10.254.0.0/15")).isFalse();
        assertThat(cockpit.anonymous().from(Unique.address()).get("/health/live").status()).isEqualTo(200);
    }

    @Test
    void aRangeHoldingTheOperatorsOwnAddressIsRefused() {
        String operatorAddress = Unique.address();
        String ownNetwork = operatorAddress.substring(0, operatorAddress.lastIndexOf('.')) + ".0/24";
        ApiClient operator = cockpit.operator().from(operatorAddress);

        ApiResponse ownNet = block(operator, ownNetwork, "mistake");
        ApiResponse ownAddress = block(operator, operatorAddress, "mistake");

        assertThat(ownNet.status()).isEqualTo(422);
        assertThat(ownNet.code()).isEqualTo("blocked_address.includes_caller");
        assertThat(ownNet.errorPointers()).containsExactly("body:/address");
        assertThat(ownAddress.code()).isEqualTo("blocked_address.includes_caller");
        assertThat(operator.get("/v1/operator/blocked-addresses").status()).isEqualTo(200);
        assertThat(listed(ownNetwork) || listed(operatorAddress + "/32")).isFalse();
    }

    @Test
    void aRangeHoldingATrustedProxyIsRefused() {
        // the fixture's trusted proxy is 127.0.0.1: every test request comes through it
        ApiClient operator = cockpit.operator().from(Unique.address());

        ApiResponse proxy = block(operator, "127.0.0.1", "mistake");
        ApiResponse proxyNetwork = block(operator, "127.0.0.0/16", "mistake");

        assertThat(proxy.status()).isEqualTo(422);
        assertThat(proxy.code()).isEqualTo("blocked_address.includes_trusted_proxy");
        assertThat(proxy.errorPointers()).containsExactly("body:/address");
        assertThat(proxyNetwork.code()).isEqualTo("blocked_address.includes_trusted_proxy");
        assertThat(cockpit.anonymous().get("/health/live").status()).isEqualTo(200);
    }

    @Test
    void anExpiryMustLieInTheFuture() {
        ApiResponse past = blockUntil(Unique.address(), Instant.now().minusSeconds(60));

        assertThat(past.status()).isEqualTo(422);
        assertThat(past.code()).isEqualTo("blocked_address.expiry_passed");
        assertThat(past.errorPointers()).containsExactly("body:/expiresAt");
    }

    @Test
    @TimeTravel
    void aBlockWithAnExpiryAppliesUntilThenAndNotAfter() {
        String address = Unique.address();
        Instant expiresAt = cockpit.now().plus(Duration.ofHours(2)).truncatedTo(java.time.temporal.ChronoUnit.SECONDS);

        ApiResponse blocked = blockUntil(address, expiresAt);
        assertThat(blocked.status()).isEqualTo(201);
        assertThat(Instant.parse(blocked.json().path("expiresAt").asText())).isEqualTo(expiresAt);
        assertThat(cockpit.anonymous().from(address).get("/health/live").code()).isEqualTo("address.blocked");

        cockpit.travel(Duration.ofHours(2));
        assertThat(cockpit.anonymous().from(address).get("/health/live").status()).isEqualTo(200);
        assertThat(blockUntil(address, cockpit.now().plus(Duration.ofHours(1))).status())
                .as("an expired block is no obstacle to a new one").isEqualTo(201);
    }

    @Test
    void aBlockedRangeIsRefusedEverywhereUntilTheBlockIsLifted() {
        String range = "10.250." + (int) (Math.random() * 200) + ".0/24";
        String inside = range.replace(".0/24", ".77");

        ApiResponse blocked = block(range, "DDoS from this network");
        assertThat(blocked.status()).isEqualTo(201);
        assertThat(blocked.json().path("blockedBy").asText()).isEqualTo("olivia");
        assertThat(blocked.json().path("expiresAt").isNull()).isTrue();
        assertThat(blocked.header("Location")).contains("/v1/operator/blocked-addresses/" + blocked.json().path("id").asText());

        assertThat(cockpit.anonymous().from(inside).get("/health/live").code()).isEqualTo("address.blocked");
        assertThat(cockpit.anonymous().from(inside).get("/openapi").status()).isEqualTo(403);
        assertThat(cockpit.anonymous().from(range.replace(".0/24", ".0").replace("10.250.", "10.251."))
                .get("/health/live").status()).isEqualTo(200);

        assertThat(cockpit.operator().delete(blocked.header("Location").orElseThrow()).status()).isEqualTo(204);
        assertThat(cockpit.anonymous().from(inside).get("/health/live").status()).isEqualTo(200);
        assertThat(cockpit.operator().delete(blocked.header("Location").orElseThrow()).code())
                .isEqualTo("blocked_address.not_found");
    }

    @Test
    void ipv6AddressesAreStoredCanonically() {
        ApiResponse blocked = block("2001:DB8:0:0:0:0:0:" + Integer.toHexString((int) (Math.random() * 60000)), "scanner");

        assertThat(blocked.status()).isEqualTo(201);
        assertThat(blocked.json().path("address").asText()).matches("2001:db8::[0-9a-f]+/128");
    }

    @Test
    void badAndDuplicateBlocksAreRefused() {
        String address = Unique.address();
        block(address, "first");

        ApiResponse duplicate = block(address, "again");
        ApiResponse notAnAddress = block("example.com", "x");
        ApiResponse hostBits = block("10.0.0.1/8", "x");
        ApiResponse noReason = cockpit.operator().post("/v1/operator/blocked-addresses", "{\"address\":\"10.9.9.9\"}");

        assertThat(duplicate.status()).isEqualTo(409);
        assertThat(duplicate.code()).isEqualTo("blocked_address.exists");
        assertThat(notAnAddress.status()).isEqualTo(422);
        assertThat(notAnAddress.errorPointers()).containsExactly("body:/address");
        assertThat(hostBits.json().path("errors").get(0).path("code").asText()).isEqualTo("address.host_bits_set");
        assertThat(noReason.errorPointers()).containsExactly("body:/reason");
    }

    @Test
    void aReasonIsOneLineOfUpTo500CharactersEmojiCountingOneEach() {
        ApiResponse blank = block(Unique.address(), "   ");
        ApiResponse controls = block(Unique.address(), "scan\\u0000ner");
        ApiResponse emoji = block(Unique.address(), "\uD83D\uDE00".repeat(500));

        assertThat(blank.status()).as("only spaces: no reason, not a 500").isEqualTo(422);
        assertThat(blank.errorPointers()).containsExactly("body:/reason");
        assertThat(controls.status()).isEqualTo(422);
        assertThat(controls.errorPointers()).containsExactly("body:/reason");
        assertThat(emoji.status()).as("500 characters, stored in H2 as in MariaDB").isEqualTo(201);
    }

    @Test
    void theListPagesNewestFirst() {
        block(Unique.address(), "one");
        block(Unique.address(), "two");

        ApiResponse first = cockpit.operator().get("/v1/operator/blocked-addresses?limit=1");
        ApiResponse second = cockpit.operator().get("/v1/operator/blocked-addresses?limit=1&cursor="
                + first.json().path("nextCursor").asText());

        assertThat(first.json().path("items").get(0).path("reason").asText()).isEqualTo("two");
        assertThat(second.json().path("items").get(0).path("reason").asText()).isEqualTo("one");
    }

    @Test
    void everyOperatorCallIsAuditedWithTheKeysName() {
        String address = Unique.address();
        String id = block(address, "audited").json().path("id").asText();
        cockpit.operator().get("/v1/operator/blocked-addresses");
        cockpit.operator().delete("/v1/operator/blocked-addresses/" + id);

        List<AuditEvent> latest;
        try (RelationalStore store = cockpit.openStore()) {
            latest = store.repository(JdbiAuditLog::new).latest(3);
        }
        assertThat(latest).extracting(AuditEvent::actor).containsOnly("olivia");
        assertThat(latest).extracting(AuditEvent::action)
                .containsExactly("blocked_addresses.unblock", "blocked_addresses.list", "blocked_addresses.block");
        assertThat(latest.get(2).target()).isEqualTo(address + "/32");
        assertThat(latest.get(0).target()).isEqualTo(id);
    }

    @Test
    void onlyOperatorKeysOpenTheOperatorEndpoints() {
        assertThat(cockpit.partner().get("/v1/operator/blocked-addresses").status()).isEqualTo(401);
        assertThat(Users.signedIn(cockpit).api().get("/v1/operator/blocked-addresses").status()).isEqualTo(401);
        assertThat(cockpit.anonymous().get("/v1/operator/blocked-addresses").status()).isEqualTo(401);
    }
}
