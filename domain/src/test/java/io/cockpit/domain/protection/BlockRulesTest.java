package io.cockpit.domain.protection;

import io.cockpit.domain.shared.DomainException;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class BlockRulesTest {

    private static final Instant NOW = Instant.parse("2026-11-29T10:00:00Z");
    private static final IpAddress OPERATOR = IpAddress.parse("192.0.2.10");

    private final BlockRules rules = new BlockRules(BlockRules.DEFAULT_WIDEST_IPV4, BlockRules.DEFAULT_WIDEST_IPV6,
            new TrustedProxies(List.of(AddressRange.parse("10.0.0.0/24"), AddressRange.parse("2001:db8:ffff::1"))));

    private String refusal(String range, IpAddress caller, Optional<Instant> expiresAt) {
        try {
            rules.check(AddressRange.parse(range), caller, expiresAt, NOW);
            return "allowed";
        } catch (DomainException refused) {
            return refused.code();
        }
    }

    private String refusal(String range) {
        return refusal(range, OPERATOR, Optional.empty());
    }

    @Test
    void rangesUpToTheWidestAllowedPrefixAreAllowed() {
        assertThat(refusal("203.0.0.0/16")).isEqualTo("allowed");
        assertThat(refusal("203.0.113.7")).isEqualTo("allowed");
        assertThat(refusal("2001:db8:42::/48")).isEqualTo("allowed");
        assertThat(refusal("2001:db8:42::7")).isEqualTo("allowed");
    }

    @Test
    void widerRangesAreRefused() {
        assertThat(refusal("0.0.0.0/0")).isEqualTo("blocked_address.too_wide");
        assertThat(refusal("203.0.0.0/15")).isEqualTo("blocked_address.too_wide");
        assertThat(refusal("::/0")).isEqualTo("blocked_address.too_wide");
        assertThat(refusal("2001:db8::/47")).isEqualTo("blocked_address.too_wide");
    }

    @Test
    void theWidestPrefixIsConfigurable() {
        BlockRules strict = new BlockRules(24, 64, TrustedProxies.NONE);

        assertThatThrownBy(() -> strict.check(AddressRange.parse("203.0.112.0/23"), OPERATOR, Optional.empty(), NOW))
                .hasMessageContaining("/24");
        assertThatCode(() -> strict.check(AddressRange.parse("203.0.113.0/24"), OPERATOR, Optional.empty(), NOW))
                .doesNotThrowAnyException();
        assertThatThrownBy(() -> new BlockRules(0, 48, TrustedProxies.NONE)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new BlockRules(16, 129, TrustedProxies.NONE))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aRangeHoldingTheCallersAddressIsRefused() {
        assertThat(refusal("192.0.2.0/24")).isEqualTo("blocked_address.includes_caller");
        assertThat(refusal("192.0.2.10")).isEqualTo("blocked_address.includes_caller");
        assertThat(refusal("192.0.2.11")).isEqualTo("allowed");
        assertThat(refusal("2001:db8:1::/48", IpAddress.parse("2001:db8:1::99"), Optional.empty()))
                .isEqualTo("blocked_address.includes_caller");
    }

    @Test
    void aRangeHoldingATrustedProxyOrPartOfOneIsRefused() {
        assertThat(refusal("10.0.0.0/16")).isEqualTo("blocked_address.includes_trusted_proxy");
        assertThat(refusal("10.0.0.77")).isEqualTo("blocked_address.includes_trusted_proxy");
        assertThat(refusal("2001:db8:ffff::/48")).isEqualTo("blocked_address.includes_trusted_proxy");
        assertThat(refusal("10.0.1.0/24")).isEqualTo("allowed");
    }

    @Test
    void anExpiryMustLieInTheFuture() {
        assertThat(refusal("203.0.113.7", OPERATOR, Optional.of(NOW.plusSeconds(1)))).isEqualTo("allowed");
        assertThat(refusal("203.0.113.7", OPERATOR, Optional.of(NOW))).isEqualTo("blocked_address.expiry_passed");
        assertThat(refusal("203.0.113.7", OPERATOR, Optional.of(NOW.minusSeconds(60))))
                .isEqualTo("blocked_address.expiry_passed");
    }
}
