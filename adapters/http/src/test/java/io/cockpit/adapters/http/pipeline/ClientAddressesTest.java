package io.cockpit.adapters.http.pipeline;

import io.cockpit.domain.protection.AddressRange;
import io.cockpit.domain.protection.TrustedProxies;
import io.cockpit.domain.protection.IpAddress;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ClientAddressesTest {

    private static final IpAddress PROXY = IpAddress.parse("10.0.0.5");
    private final ClientAddresses behindProxies = new ClientAddresses(new TrustedProxies(List.of(AddressRange.parse("10.0.0.0/24"))));

    @Test
    void withoutTrustedProxiesTheHeaderIsIgnored() {
        ClientAddresses direct = new ClientAddresses(TrustedProxies.NONE);

        assertThat(direct.resolve(IpAddress.parse("198.51.100.7"), List.of("203.0.113.1")))
                .isEqualTo(IpAddress.parse("198.51.100.7"));
    }

    @Test
    void anUntrustedPeerCannotSpoofItsAddress() {
        assertThat(behindProxies.resolve(IpAddress.parse("198.51.100.7"), List.of("203.0.113.1")))
                .isEqualTo(IpAddress.parse("198.51.100.7"));
    }

    @Test
    void behindATrustedProxyTheFirstUntrustedHopFromTheRightIsTheClient() {
        assertThat(behindProxies.resolve(PROXY, List.of("1.2.3.4, 203.0.113.9, 10.0.0.7")))
                .isEqualTo(IpAddress.parse("203.0.113.9"));
        assertThat(behindProxies.resolve(PROXY, List.of("1.2.3.4", "203.0.113.9")))
                .isEqualTo(IpAddress.parse("203.0.113.9"));
    }

    @Test
    void anUnreadableHopStopsTheWalk() {
        assertThat(behindProxies.resolve(PROXY, List.of("203.0.113.9, unknown"))).isEqualTo(PROXY);
        assertThat(behindProxies.resolve(PROXY, List.of())).isEqualTo(PROXY);
    }
}
