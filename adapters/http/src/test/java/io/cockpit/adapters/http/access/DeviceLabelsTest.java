package io.cockpit.adapters.http.access;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class DeviceLabelsTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Firefox/128.0|Firefox on Linux",
            "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0 Safari/537.36 Edg/131.0|Edge on Windows",
            "Mozilla/5.0 (Macintosh; Intel Mac OS X 14_5) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Safari/605.1.15|Safari on macOS",
            "Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0 Mobile Safari/537.36|Chrome on Android",
            "Cockpit/2.3 (iPhone; iOS 17.5)|Cockpit app on iPhone",
            "curl/8.5.0|curl",
            "SomethingElse/1.0|Unknown device",
            "''|Unknown device"})
    void labelsTheDeviceCoarsely(String userAgent, String label) {
        assertThat(DeviceLabels.fromUserAgent(userAgent).value()).isEqualTo(label);
    }
}
