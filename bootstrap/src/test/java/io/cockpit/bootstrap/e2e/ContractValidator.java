package io.cockpit.bootstrap.e2e;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.SimpleResponse;
import com.atlassian.oai.validator.report.ValidationReport;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.networknt.schema.Error;
import io.cockpit.adapters.http.contract.ApiContract;
import io.cockpit.adapters.http.contract.ApiOperation;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Checks real responses against openapi.yaml with an independent validator (Atlassian's): undocumented statuses,
 * headers or body shapes fail the test (a {@code default} response covers only 500 and 503). Answers to paths the contract does not have (404, 405) are checked against
 * the Problem schema.
 */
final class ContractValidator {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static final Set<Integer> SERVER_FAILURES = Set.of(500, 503);
    private static final Set<String> TRANSPORT_REFUSALS = Set.of("request.rejected", "request.headers_too_large",
            "request.http_version_not_supported", "request.transfer_encoding_unsupported", "request.timeout");

    private final OpenApiInteractionValidator validator;
    private final ApiContract contract = ApiContract.load();
    private final JsonNode document;

    ContractValidator() {
        try (InputStream in = ContractValidator.class.getClassLoader().getResourceAsStream(ApiContract.RESOURCE)) {
            String spec = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            this.document = new ObjectMapper(new YAMLFactory()).readTree(spec);
            this.validator = OpenApiInteractionValidator.createForInlineApiSpecification(spec)
                    .withResolveCombinators(true)
                    .build();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** @param listener the port the request went to ({@code x-cockpit-listener}): its operations apply */
    void check(String listener, String method, String path, ApiResponse response) {
        if (method.equalsIgnoreCase("HEAD")) {
            checkHead(listener, path, response);
            return;
        }
        String pathOnly = path.contains("?") ? path.substring(0, path.indexOf('?')) : path;
        Optional<ApiOperation.Match> match = contract.match(listener, method, pathOnly);
        if (refusedBeforeRouting(match, response)) {
            checkProblem(method, path, response);
            return;
        }
        if (match.isEmpty()) {
            checkProblemForUnknownRoute(method, path, response);
            return;
        }
        checkStatusIsListed(method, path, match.get().operation(), response.status());
        SimpleResponse.Builder simple = SimpleResponse.Builder.status(response.status());
        response.headers().forEach((name, values) -> simple.withHeader(name, values));
        if (!response.body().isEmpty()) {
            simple.withBody(response.body());
        }
        ValidationReport report = validator.validateResponse(pathOnly,
                Request.Method.valueOf(method.toUpperCase(Locale.ROOT)), simple.build());
        if (report.hasErrors()) {
            throw new AssertionError("response to " + method + " " + path + " breaks openapi.yaml:\n"
                    + report.getMessages().stream().map(m -> "  " + m.getLevel() + " " + m.getKey() + ": "
                    + m.getMessage()).collect(Collectors.joining("\n")) + "\nstatus " + response.status()
                    + ", body: " + response.body());
        }
    }

    /**
     * The validator takes any status for an operation's {@code default} response; the contract means it only for the
     * server's own failures (500, 503), so any other status must be listed by the operation itself.
     */
    private void checkStatusIsListed(String method, String path, ApiOperation operation, int status) {
        JsonNode responses = document.path("paths").path(operation.pathTemplate())
                .path(method.toLowerCase(Locale.ROOT)).path("responses");
        boolean listed = responses.has(Integer.toString(status))
                || (SERVER_FAILURES.contains(status) && responses.has("default"));
        if (!listed) {
            throw new AssertionError(method + " " + path + " answered " + status + ", which openapi.yaml does not list"
                    + " for " + operation.operationId());
        }
    }

    /**
     * A HEAD is the GET without the body (the contract's introduction): the GET's statuses, no body, and for a
     * documented body its media type.
     */
    private void checkHead(String listener, String path, ApiResponse response) {
        if (!response.body().isEmpty()) {
            throw new AssertionError("HEAD " + path + " answered with a body: " + response.body());
        }
        String pathOnly = path.contains("?") ? path.substring(0, path.indexOf('?')) : path;
        Optional<ApiOperation.Match> get = contract.match(listener, "GET", pathOnly);
        if (get.isEmpty() || response.status() == 414 || response.status() == 431) {
            if (!response.header("Content-Type").orElse("").startsWith("application/problem+json")) {
                throw new AssertionError("HEAD " + path + " answered " + response.status() + " without a problem");
            }
            return;
        }
        checkStatusIsListed("GET", path, get.get().operation(), response.status());
        JsonNode answer = document.path("paths").path(get.get().operation().pathTemplate()).path("get")
                .path("responses").path(Integer.toString(response.status()));
        if (answer.isMissingNode()) {
            answer = document.path("paths").path(get.get().operation().pathTemplate()).path("get")
                    .path("responses").path("default");
        }
        answer = resolve(answer);
        String contentType = response.header("Content-Type").orElse("").split(";")[0].strip();
        if (answer.has("content") && !answer.path("content").has(contentType)) {
            throw new AssertionError("HEAD " + path + " answered " + response.status() + " as " + contentType
                    + ", which openapi.yaml does not list");
        }
    }

    private JsonNode resolve(JsonNode node) {
        if (node.has("$ref")) {
            return document.at(node.path("$ref").asText().substring(1));
        }
        return node;
    }

    /**
     * The refusals the contract's introduction documents for every request, made before any operation is looked at:
     * a request target the server cannot read, an overlong one, oversized headers, an unknown HTTP version, a body
     * that did not arrive in time. A
     * malformed body is the operation's own 400, so an operation with a body must list it.
     */
    private static boolean refusedBeforeRouting(Optional<ApiOperation.Match> match, ApiResponse response) {
        if (!response.header("Content-Type").orElse("").startsWith("application/problem+json")
                || response.body().isEmpty()) {
            return false;
        }
        String code = response.code();
        return TRANSPORT_REFUSALS.contains(code) || ("request.malformed".equals(code)
                && match.map(m -> m.operation().body().isEmpty()).orElse(true));
    }

    private void checkProblemForUnknownRoute(String method, String path, ApiResponse response) {
        if (response.status() != 404 && response.status() != 405) {
            throw new AssertionError(method + " " + path + " is not in openapi.yaml but answered " + response.status());
        }
        checkProblem(method, path, response);
    }

    private void checkProblem(String method, String path, ApiResponse response) {
        String contentType = response.header("Content-Type").orElse("");
        if (!contentType.startsWith("application/problem+json")) {
            throw new AssertionError(method + " " + path + " answered " + contentType + ", not a problem");
        }
        try {
            JsonNode body = JSON.readTree(response.body());
            List<Error> errors = contract.componentSchema("Problem").orElseThrow().validate(body);
            if (!errors.isEmpty()) {
                throw new AssertionError("problem for " + method + " " + path + " breaks the Problem schema: " + errors);
            }
        } catch (IOException e) {
            throw new AssertionError("problem for " + method + " " + path + " is not JSON: " + response.body(), e);
        }
    }

}
