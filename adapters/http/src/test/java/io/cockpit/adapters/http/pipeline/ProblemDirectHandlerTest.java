package io.cockpit.adapters.http.pipeline;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.helidon.http.DirectHandler;
import io.helidon.http.HeaderNames;
import io.helidon.http.ServerRequestHeaders;
import io.helidon.http.ServerResponseHeaders;
import io.helidon.http.Status;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.IOException;

import static org.assertj.core.api.Assertions.assertThat;

/** What Helidon refuses before routing still gets a problem with a registered code, and keeps its meaning. */
class ProblemDirectHandlerTest {

    @ParameterizedTest
    @CsvSource({
            "400, 400, request.malformed",
            "403, 403, request.forbidden",
            "413, 413, request.too_large",
            "414, 414, request.rejected",
            "431, 431, request.headers_too_large",
            "416, 416, request.rejected",
            "503, 503, server.unavailable",
            "505, 505, request.http_version_not_supported",
            "500, 500, server.internal_error",
            "501, 501, request.transfer_encoding_unsupported",
            "502, 500, server.internal_error"})
    void answersWithAProblem(int helidonStatus, int status, String code) throws IOException {
        DirectHandler.TransportResponse response = new ProblemDirectHandler(1024, 2048, 8192).handle(
                DirectHandler.TransportRequest.empty(), DirectHandler.EventType.OTHER, Status.create(helidonStatus),
                ServerResponseHeaders.create(), "refused");

        JsonNode body = new ObjectMapper().readTree(response.entity().orElseThrow());
        assertThat(response.status().code()).isEqualTo(status);
        assertThat(response.status().reasonPhrase()).as("a reason phrase, not the number again")
                .isNotEqualTo(Integer.toString(status)).isNotBlank();
        assertThat(body.path("status").asInt()).isEqualTo(status);
        assertThat(body.path("code").asText()).isEqualTo(code);
        assertThat(response.headers().contentType().orElseThrow().text()).isEqualTo("application/problem+json");
        assertThat(response.headers().get(HeaderNames.create("X-Content-Type-Options")).get()).isEqualTo("nosniff");
    }

    @Test
    void aBadRequestNamesTheParsersHeaderLimitAsAPossibleCause() throws IOException {
        DirectHandler.TransportResponse response = new ProblemDirectHandler(1024, 2048, 8192).handle(
                DirectHandler.TransportRequest.empty(), DirectHandler.EventType.BAD_REQUEST, Status.BAD_REQUEST_400,
                ServerResponseHeaders.create(), (String) null);

        assertThat(new ObjectMapper().readTree(response.entity().orElseThrow()).path("detail").asText())
                .contains("8192 bytes");
    }

    @Test
    void aHeadGetsTheHeadersAndNoBody() {
        DirectHandler.TransportRequest head = new DirectHandler.TransportRequest() {
            @Override
            public String protocolVersion() {
                return "1.1";
            }

            @Override
            public String method() {
                return "HEAD";
            }

            @Override
            public String path() {
                return "/";
            }

            @Override
            public ServerRequestHeaders headers() {
                return ServerRequestHeaders.create();
            }
        };

        DirectHandler.TransportResponse response = new ProblemDirectHandler(1024, 2048, 8192).handle(head,
                DirectHandler.EventType.OTHER, Status.create(414), ServerResponseHeaders.create(), "too long");

        assertThat(response.status().code()).isEqualTo(414);
        assertThat(response.entity()).isEmpty();
        assertThat(response.headers().contentLength().orElseThrow()).isPositive();
    }
}
