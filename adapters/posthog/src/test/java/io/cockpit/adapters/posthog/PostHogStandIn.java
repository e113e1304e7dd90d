package io.cockpit.adapters.posthog;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.cockpit.application.port.out.telemetry.ProductAnalyticsContract.Received;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

/** WireMock standing in for PostHog: takes every batch, answers as PostHog does, and reads back what it got. */
public final class PostHogStandIn implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final WireMockServer server = new WireMockServer(options().dynamicPort().bindAddress("127.0.0.1")
            .containerThreads(20));

    public PostHogStandIn() {
        server.start();
        answerAfter(Duration.ZERO);
    }

    public String host() {
        return "http://127.0.0.1:" + server.port();
    }

    /** Every request is answered only after {@code delay} (zero: at once). */
    public void answerAfter(Duration delay) {
        server.resetMappings();
        server.stubFor(any(anyUrl()).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/json").withBody("{\"status\":1}")
                .withFixedDelay((int) delay.toMillis())));
    }

    /** Every request is answered with this status (e.g. 503). */
    public void answerWith(int status) {
        server.resetMappings();
        server.stubFor(any(anyUrl()).willReturn(aResponse().withStatus(status)));
    }

    public List<LoggedRequest> requests() {
        return server.findAll(com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor(anyUrl()));
    }

    /** Everything every request carried: URL, headers and body, for searching. */
    public List<String> everythingReceived() {
        return requests().stream().map(request -> request.getMethod() + " " + request.getUrl() + "\n"
                + request.getHeaders() + "\n" + request.getBodyAsString()).toList();
    }

    /** The events of every batch received, each with its distinct_id, event and properties. */
    public List<Received> events() {
        List<Received> events = new ArrayList<>();
        for (LoggedRequest request : requests()) {
            for (JsonNode event : batch(request)) {
                Map<String, Object> properties = new LinkedHashMap<>();
                event.path("properties").fields().forEachRemaining(entry -> {
                    if (!entry.getKey().startsWith("$")) {
                        properties.put(entry.getKey(), JSON.convertValue(entry.getValue(), Object.class));
                    }
                });
                events.add(new Received(event.path("distinct_id").asText(), event.path("event").asText(), properties));
            }
        }
        return events;
    }

    /** The raw events (with PostHog's own {@code $} properties), for checks of identity and geo-IP. */
    public List<JsonNode> rawEvents() {
        List<JsonNode> events = new ArrayList<>();
        requests().forEach(request -> batch(request).forEach(events::add));
        return events;
    }

    private static JsonNode batch(LoggedRequest request) {
        try {
            return JSON.readTree(request.getBodyAsString()).path("batch");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
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
