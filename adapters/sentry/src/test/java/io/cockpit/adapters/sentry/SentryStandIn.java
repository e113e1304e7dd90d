package io.cockpit.adapters.sentry;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

/** WireMock standing in for Sentry: takes every envelope and reads back what it got (gzip undone). */
public final class SentryStandIn implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final WireMockServer server = new WireMockServer(options().dynamicPort().bindAddress("127.0.0.1")
            .containerThreads(20));

    public SentryStandIn() {
        server.start();
        answerAfter(Duration.ZERO);
    }

    /** A DSN that points the SDK here (project 42). */
    public String dsn() {
        return "http://0123456789abcdef0123456789abcdef@127.0.0.1:" + server.port() + "/42";
    }

    public void answerAfter(Duration delay) {
        server.resetMappings();
        server.stubFor(any(anyUrl()).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/json").withBody("{\"id\":\"0\"}")
                .withFixedDelay((int) delay.toMillis())));
    }

    public List<LoggedRequest> requests() {
        return server.findAll(anyRequestedFor(anyUrl()));
    }

    /** Every request as text: method, URL, headers and the (unzipped) body. */
    public List<String> everythingReceived() {
        return requests().stream().map(request -> request.getMethod() + " " + request.getUrl() + "\n"
                + request.getHeaders() + "\n" + body(request)).toList();
    }

    /** The error events of every envelope received, as JSON. */
    public List<JsonNode> events() {
        List<JsonNode> events = new ArrayList<>();
        for (LoggedRequest request : requests()) {
            String[] lines = body(request).split("\n");
            for (int i = 1; i + 1 < lines.length; i += 2) {
                try {
                    if ("event".equals(JSON.readTree(lines[i]).path("type").asText())) {
                        events.add(JSON.readTree(lines[i + 1]));
                    }
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        }
        return events;
    }

    private static String body(LoggedRequest request) {
        byte[] body = request.getBody();
        if (body.length > 2 && (body[0] & 0xff) == 0x1f && (body[1] & 0xff) == 0x8b) {
            try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(body))) {
                return new String(in.readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return new String(body, StandardCharsets.UTF_8);
    }

    public void reset() {
        server.resetRequests();
        answerAfter(Duration.ZERO);
    }

    @Override
    public void close() {
        server.stop();
    }
}
