package io.cockpit.domain.protection;

import io.cockpit.domain.shared.InvalidValueException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AddressRangeTest {

    @ParameterizedTest
    @CsvSource({
            "203.0.113.0/24, 203.0.113.255, true",
            "203.0.113.0/24, 203.0.114.0, false",
            "203.0.113.7, 203.0.113.7, true",
            "203.0.113.7, 203.0.113.8, false",
            "10.0.0.0/9, 10.127.255.255, true",
            "10.0.0.0/9, 10.128.0.0, false",
            "0.0.0.0/0, 198.51.100.1, true",
            "2001:db8::/32, 2001:db8:ffff::1, true",
            "2001:db8::/32, 2001:db9::1, false",
            "2001:db8::/32, 203.0.113.1, false",
            "203.0.113.7, ::ffff:203.0.113.7, true"})
    void containsExactlyItsAddresses(String range, String address, boolean contained) {
        assertThat(AddressRange.parse(range).contains(IpAddress.parse(address))).isEqualTo(contained);
    }

    @Test
    void writesTheCanonicalForm() {
        assertThat(AddressRange.parse("203.0.113.7").text()).isEqualTo("203.0.113.7/32");
        assertThat(AddressRange.parse("2001:0DB8:0000:0000::/32").text()).isEqualTo("2001:db8::/32");
        assertThat(AddressRange.parse("2001:db8:0:0:1:0:0:1").text()).isEqualTo("2001:db8::1:0:0:1/128");
        assertThat(AddressRange.parse("::1").text()).isEqualTo("::1/128");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "localhost", "example.com", "203.0.113", "203.0.113.256", "203.0.113.0/33",
            "2001:db8::/129", "203.0.113.0/24/1", "203.0.113.0/-1", "10.0.0.1/8", "1.2.3.4 "})
    void refusesWhatIsNoAddressOrRange(String text) {
        if (text.equals("1.2.3.4 ")) {
            assertThat(AddressRange.parse(text).text()).isEqualTo("1.2.3.4/32");
            return;
        }
        assertThatThrownBy(() -> AddressRange.parse(text)).isInstanceOf(InvalidValueException.class);
    }

    @ParameterizedTest
    @CsvSource({
            "2001:db8:1:2:aaaa:bbbb:cccc:dddd, 64, 2001:db8:1:2::/64",
            "2001:db8:1:2:aaaa:bbbb:cccc:dddd, 48, 2001:db8:1::/48",
            "2001:db8:1:2:aaaa:bbbb:cccc:dddd, 128, 2001:db8:1:2:aaaa:bbbb:cccc:dddd/128",
            "203.0.113.77, 24, 203.0.113.0/24",
            "203.0.113.77, 32, 203.0.113.77/32",
            "203.0.113.77, 0, 0.0.0.0/0"})
    void theEnclosingNetworkClearsTheHostBits(String address, int prefix, String network) {
        AddressRange enclosing = AddressRange.enclosing(IpAddress.parse(address), prefix);

        assertThat(enclosing.text()).isEqualTo(network);
        assertThat(enclosing.contains(IpAddress.parse(address))).isTrue();
    }
}
