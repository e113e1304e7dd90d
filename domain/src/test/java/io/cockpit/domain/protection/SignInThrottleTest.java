package io.cockpit.domain.protection;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SignInThrottleTest {

    @Test
    void anIpv4SourceIsTheAddressItself() {
        assertThat(SignInThrottle.DEFAULT.sourceOf(IpAddress.parse("203.0.113.7")))
                .isEqualTo(AddressRange.parse("203.0.113.7/32"));
        assertThat(SignInThrottle.DEFAULT.sourceOf(IpAddress.parse("::ffff:203.0.113.7")))
                .isEqualTo(AddressRange.parse("203.0.113.7/32"));
    }

    @Test
    void anIpv6SourceIsItsSlash64UnlessConfiguredOtherwise() {
        IpAddress first = IpAddress.parse("2001:db8:1:2::1");
        IpAddress second = IpAddress.parse("2001:db8:1:2:ffff:ffff:ffff:fffe");

        assertThat(SignInThrottle.DEFAULT.sourceOf(first)).isEqualTo(AddressRange.parse("2001:db8:1:2::/64"))
                .isEqualTo(SignInThrottle.DEFAULT.sourceOf(second));
        assertThat(SignInThrottle.DEFAULT.withIpv6SourcePrefix(56).sourceOf(first))
                .isEqualTo(AddressRange.parse("2001:db8:1::/56"));
        assertThat(SignInThrottle.DEFAULT.withIpv6SourcePrefix(128).sourceOf(first))
                .isEqualTo(AddressRange.single(first));
    }

    @Test
    void theIpv6PrefixStaysWithinSaneBounds() {
        assertThatThrownBy(() -> SignInThrottle.DEFAULT.withIpv6SourcePrefix(16))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> SignInThrottle.DEFAULT.withIpv6SourcePrefix(129))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
