package io.cockpit.adapters.http.pipeline;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

class StrictUtf8Test {

    private static byte[] bytes(int... values) {
        byte[] bytes = new byte[values.length];
        for (int i = 0; i < values.length; i++) {
            bytes[i] = (byte) values[i];
        }
        return bytes;
    }

    @Test
    void decodesUtf8AndRefusesEveryLooserForm() {
        assertThat(StrictUtf8.decode("Grüße, 😀".getBytes(StandardCharsets.UTF_8))).contains("Grüße, 😀");
        assertThat(StrictUtf8.decode(bytes(0xC0, 0xAF))).as("overlong '/'").isEmpty();
        assertThat(StrictUtf8.decode(bytes(0xE0, 0x80, 0xAF))).as("overlong '/' in three bytes").isEmpty();
        assertThat(StrictUtf8.decode(bytes(0xED, 0xA0, 0x80))).as("an encoded surrogate").isEmpty();
        assertThat(StrictUtf8.decode(bytes(0xE2, 0x82))).as("truncated").isEmpty();
        assertThat(StrictUtf8.decode(bytes(0xFE, 0xFF, 0x00, '{'))).as("UTF-16 with its byte order mark").isEmpty();
    }

    @Test
    void aRequestTargetMustPercentDecodeToUtf8() {
        assertThat(StrictUtf8.isPercentEncodedUtf8("/v1/me/tags/crm-%C3%A9?limit=2&cursor=a%2Fb")).isTrue();
        assertThat(StrictUtf8.isPercentEncodedUtf8("")).isTrue();
        assertThat(StrictUtf8.isPercentEncodedUtf8("/a%C0%AFb")).isFalse();
        assertThat(StrictUtf8.isPercentEncodedUtf8("/a%E2%82")).isFalse();
        assertThat(StrictUtf8.isPercentEncodedUtf8("/a%G0")).isFalse();
        assertThat(StrictUtf8.isPercentEncodedUtf8("/a%4")).isFalse();
        assertThat(StrictUtf8.isPercentEncodedUtf8("/é")).as("raw bytes above 0x7F").isFalse();
    }
}
