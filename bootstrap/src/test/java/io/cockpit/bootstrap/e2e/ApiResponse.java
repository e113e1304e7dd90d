package io.cockpit.bootstrap.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** A response as the client saw it. */
record ApiResponse(int status, Map<String, List<String>> headers, String body) {

    private static final ObjectMapper JSON = new ObjectMapper();

    JsonNode json() {
        try {
            return JSON.readTree(body);
        } catch (IOException e) {
            throw new UncheckedIOException("not JSON: " + body, e);
        }
    }

    Optional<String> header(String name) {
        return headers.entrySet().stream()
                .filter(entry -> entry.getKey().equalsIgnoreCase(name))
                .flatMap(entry -> entry.getValue().stream())
                .findFirst();
    }

    /** The problem's code, for refusals. */
    String code() {
        return json().path("code").asText();
    }

    /** The pointers of a validation problem's errors, as {@code in:pointer}. */
    List<String> errorPointers() {
        List<String> pointers = new ArrayList<>();
        json().path("errors").forEach(error ->
                pointers.add(error.path("in").asText() + ":" + error.path("pointer").asText()));
        return pointers;
    }

    @Override
    public String toString() {
        return status + " " + body;
    }
}
