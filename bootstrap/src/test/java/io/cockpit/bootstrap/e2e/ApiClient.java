package io.cockpit.bootstrap.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import io.cockpit.adapters.http.contract.ApiOperation;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Real HTTP against a running Cockpit; every response is checked against the contract before a test sees it. */
final class ApiClient {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final ContractValidator CONTRACT = new ContractValidator();

    private final String baseUrl;
    private final String listener;
    private final Map<String, String> defaultHeaders;

    ApiClient(String baseUrl, Map<String, String> defaultHeaders) {
        this(baseUrl, ApiOperation.API, defaultHeaders);
    }

    /** @param listener the port {@code baseUrl} names, as the contract's {@code x-cockpit-listener} does */
    ApiClient(String baseUrl, String listener, Map<String, String> defaultHeaders) {
        this.baseUrl = baseUrl;
        this.listener = listener;
        this.defaultHeaders = Map.copyOf(defaultHeaders);
    }

    ApiClient withBearer(String token) {
        Map<String, String> headers = new LinkedHashMap<>(defaultHeaders);
        headers.put("Authorization", "Bearer " + token);
        return new ApiClient(baseUrl, listener, headers);
    }

    /** Requests as if from {@code address}, behind the trusted proxy on loopback. */
    ApiClient from(String address) {
        return withHeader("X-Forwarded-For", address);
    }

    ApiClient withHeader(String name, String value) {
        Map<String, String> headers = new LinkedHashMap<>(defaultHeaders);
        headers.put(name, value);
        return new ApiClient(baseUrl, listener, headers);
    }

    ApiClient anonymous() {
        Map<String, String> headers = new LinkedHashMap<>(defaultHeaders);
        headers.remove("Authorization");
        return new ApiClient(baseUrl, listener, headers);
    }

    ApiResponse get(String path) {
        return send("GET", path, null, Map.of());
    }

    ApiResponse head(String path) {
        return send("HEAD", path, null, Map.of());
    }

    /** Every page of a cursor-paged list, {@code limit} items each, following {@code nextCursor}; each one a 200. */
    List<JsonNode> pages(String path, int limit) {
        List<JsonNode> pages = new ArrayList<>();
        String next = path + "?limit=" + limit;
        while (next != null) {
            ApiResponse page = get(next);
            assertThat(page.status()).as(page.toString()).isEqualTo(200);
            pages.add(page.json());
            JsonNode cursor = page.json().path("nextCursor");
            next = cursor.isTextual() ? path + "?limit=" + limit + "&cursor=" + cursor.asText() : null;
        }
        return pages;
    }

    ApiResponse post(String path, String json) {
        return send("POST", path, json, Map.of("Content-Type", "application/json"));
    }

    ApiResponse post(String path, String json, Map<String, String> headers) {
        Map<String, String> all = new LinkedHashMap<>(Map.of("Content-Type", "application/json"));
        all.putAll(headers);
        return send("POST", path, json, all);
    }

    /** A replacement, based on the version named by {@code ifMatch} (null: no If-Match header). */
    ApiResponse put(String path, String json, String ifMatch) {
        Map<String, String> headers = new LinkedHashMap<>(Map.of("Content-Type", "application/json"));
        if (ifMatch != null) {
            headers.put("If-Match", ifMatch);
        }
        return send("PUT", path, json, headers);
    }

    ApiResponse patch(String path, String json) {
        return send("PATCH", path, json, Map.of("Content-Type", "application/merge-patch+json"));
    }

    ApiResponse delete(String path) {
        return send("DELETE", path, null, Map.of());
    }

    ApiResponse send(String method, String path, String body, Map<String, String> headers) {
        return sendBytes(method, path, body == null ? null : body.getBytes(java.nio.charset.StandardCharsets.UTF_8),
                headers);
    }

    ApiResponse sendBytes(String method, String path, byte[] body, Map<String, String> headers) {
        return sendBytes(method, path, body, headers, false);
    }

    /** With {@code expectContinue} the body is only sent once the server agrees (it may refuse on the headers). */
    ApiResponse sendBytes(String method, String path, byte[] body, Map<String, String> headers,
                          boolean expectContinue) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl + path))
                .expectContinue(expectContinue)
                .timeout(Duration.ofSeconds(30))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofByteArray(body));
        defaultHeaders.forEach(request::header);
        headers.forEach(request::header);
        try {
            HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
            ApiResponse seen = new ApiResponse(response.statusCode(), response.headers().map(), response.body());
            CONTRACT.check(listener, method, path, seen);
            return seen;
        } catch (IOException e) {
            throw new IllegalStateException(method + " " + path + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
