package io.cockpit.adapters.http.pipeline;

import io.helidon.common.buffers.BufferData;
import io.helidon.webserver.spi.ServerConnectionSelector.Support;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

class OtherHttpVersionsTest {

    @org.junit.jupiter.api.Test
    void aFirstLineLongerThanAnyRequestLineIsNotTaken() {
        byte[] bytes = ("GET /" + "a".repeat(9000)).getBytes(StandardCharsets.ISO_8859_1);

        assertThat(new OtherHttpVersions().supports(BufferData.create(bytes))).isEqualTo(Support.UNSUPPORTED);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "GET /health/live HTTP/1.0\\r\\n\\r\\n | SUPPORTED",
            "POST /v1/auth/sessions HTTP/1.0\\r\\nHost: x\\r\\n | SUPPORTED",
            "GET / HTTP/2.0\\n | SUPPORTED",
            "GET /health/live HTTP/1.1\\r\\nHost: x\\r\\n | UNSUPPORTED",
            "GARBAGE\\r\\n | UNSUPPORTED",
            "GET /health/li | UNKNOWN"})
    void takesOnlyRequestLinesOfAnotherVersion(String start, Support support) {
        byte[] bytes = start.replace("\\r", "\r").replace("\\n", "\n").getBytes(StandardCharsets.ISO_8859_1);

        assertThat(new OtherHttpVersions().supports(BufferData.create(bytes))).isEqualTo(support);
    }
}
