package io.cockpit.domain.protection;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class TrustedProxiesTest {

    private final TrustedProxies proxies = new TrustedProxies(List.of(AddressRange.parse("10.0.0.0/24"),
            AddressRange.parse("2001:db8::1")));

    @Test
    void containsTheAddressesOfItsRanges() {
        assertThat(proxies.contains(IpAddress.parse("10.0.0.77"))).isTrue();
        assertThat(proxies.contains(IpAddress.parse("10.0.1.1"))).isFalse();
        assertThat(proxies.contains(IpAddress.parse("2001:db8::1"))).isTrue();
        assertThat(TrustedProxies.NONE.contains(IpAddress.parse("10.0.0.77"))).isFalse();
    }

    @Test
    void aRangeOverlapsWhenEitherContainsTheOther() {
        assertThat(proxies.overlap(AddressRange.parse("10.0.0.0/16"))).isTrue();
        assertThat(proxies.overlap(AddressRange.parse("10.0.0.128/25"))).isTrue();
        assertThat(proxies.overlap(AddressRange.parse("10.0.1.0/24"))).isFalse();
        assertThat(proxies.overlap(AddressRange.parse("0.0.0.0/0"))).isTrue();
        assertThat(proxies.overlap(AddressRange.parse("2001:db8::/32"))).isTrue();
        assertThat(proxies.overlap(AddressRange.parse("2001:db9::/32"))).isFalse();
    }
}
