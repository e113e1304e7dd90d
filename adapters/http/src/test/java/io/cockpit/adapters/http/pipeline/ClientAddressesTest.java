package io.cockpit.adapters.http.pipeline;

import io.cockpit.adapters.http.problem.HttpErrorCode;
import io.cockpit.adapters.http.problem.ProblemException;
import io.cockpit.domain.protection.AddressRange;
import io.cockpit.domain.protection.TrustedProxies;
import io.cockpit.domain.protection.IpAddress;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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
    void anUnreadableHopOnTheWalkIsRefusedNotTakenForTheProxy() {
        for (String header : List.of("203.0.113.9, unknown", "unknown", "", "203.0.113.9,", "203.0.113.9:4711",
                "10.0.0.7, garbage, 10.0.0.6")) {
            assertThatThrownBy(() -> behindProxies.resolve(PROXY, List.of(header))).as(header)
                    .isInstanceOf(ProblemException.class)
                    .extracting(problem -> ((ProblemException) problem).code())
                    .isEqualTo(HttpErrorCode.REQUEST_BAD_FORWARDED_FOR.wire());
        }
    }

    @Test
    void hopsLeftOfTheClientAreNotRead() {
        assertThat(behindProxies.resolve(PROXY, List.of("unknown, 203.0.113.9"))).isEqualTo(IpAddress.parse("203.0.113.9"));
    }

    @Test
    void withoutTheHeaderAProxysOwnRequestsAreItsOwn() {
        assertThat(behindProxies.resolve(PROXY, List.of())).isEqualTo(PROXY);
    }
}
