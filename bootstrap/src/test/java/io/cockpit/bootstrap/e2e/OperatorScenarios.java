package io.cockpit.bootstrap.e2e;

import io.cockpit.adapters.mysql.audit.JdbiAuditLog;
import io.cockpit.adapters.mysql.RelationalStore;
import io.cockpit.domain.audit.AuditEvent;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The operator blocks and unblocks addresses; every call lands in the audit log. */
abstract class OperatorScenarios extends Scenarios {

    private ApiResponse block(String address, String reason) {
        return cockpit.operator().post("/v1/operator/blocked-addresses",
                "{\"address\":\"" + address + "\",\"reason\":\"" + reason + "\"}");
    }

    @Test
    void aBlockedRangeIsRefusedEverywhereUntilTheBlockIsLifted() {
        String range = "10.250." + (int) (Math.random() * 200) + ".0/24";
        String inside = range.replace(".0/24", ".77");

        ApiResponse blocked = block(range, "DDoS from this network");
        assertThat(blocked.status()).isEqualTo(201);
        assertThat(blocked.json().path("blockedBy").asText()).isEqualTo("olivia");
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
