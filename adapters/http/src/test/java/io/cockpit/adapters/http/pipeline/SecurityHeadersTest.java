package io.cockpit.adapters.http.pipeline;

import io.cockpit.domain.protection.AddressRange;
import io.cockpit.domain.protection.IpAddress;
import io.cockpit.domain.protection.TrustedProxies;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** When an answer asks the browser for HTTPS only (Strict-Transport-Security). */
class SecurityHeadersTest {

    private final SecurityHeaders headers = new SecurityHeaders(
            new TrustedProxies(List.of(AddressRange.parse("10.0.0.0/8"))));
    private final IpAddress proxy = IpAddress.parse("10.1.2.3");
    private final IpAddress stranger = IpAddress.parse("203.0.113.9");

    @Test
    void aRequestOverTlsToThisServer() {
        assertThat(headers.arrivedOverTls(true, stranger, Optional.empty())).isTrue();
    }

    @Test
    void aTrustedProxyThatSaysTheClientCameOverTls() {
        assertThat(headers.arrivedOverTls(false, proxy, Optional.of("https"))).isTrue();
        assertThat(headers.arrivedOverTls(false, proxy, Optional.of("HTTPS, http"))).as("the outermost hop").isTrue();
        assertThat(headers.arrivedOverTls(false, proxy, Optional.of("http"))).isFalse();
        assertThat(headers.arrivedOverTls(false, proxy, Optional.of("http, https"))).isFalse();
        assertThat(headers.arrivedOverTls(false, proxy, Optional.empty())).isFalse();
    }

    @Test
    void notWhenAnUntrustedPeerClaimsIt() {
        assertThat(headers.arrivedOverTls(false, stranger, Optional.of("https"))).isFalse();
        assertThat(new SecurityHeaders(TrustedProxies.NONE).arrivedOverTls(false, proxy, Optional.of("https")))
                .isFalse();
    }
}
