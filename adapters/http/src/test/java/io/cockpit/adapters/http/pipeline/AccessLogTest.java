package io.cockpit.adapters.http.pipeline;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class AccessLogTest {

    @Test
    void theLineNamesMethodRouteStatusMillisecondsAndRequestId() {
        assertThat(AccessLog.line("GET", "/v1/me/templates/{templateId}", 404, 1_349_999, "9f2c"))
                .isEqualTo("GET /v1/me/templates/{templateId} 404 1.3ms id=9f2c");
        assertThat(AccessLog.line("POST", "/v1/auth/sessions", 201, 74_960_000, "a"))
                .isEqualTo("POST /v1/auth/sessions 201 75.0ms id=a");
        assertThat(AccessLog.line("GET", "(unmatched)", 404, 40_000, "b")).isEqualTo("GET (unmatched) 404 0.0ms id=b");
    }
}
