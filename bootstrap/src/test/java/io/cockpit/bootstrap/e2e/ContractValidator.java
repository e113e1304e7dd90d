package io.cockpit.bootstrap.e2e;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.SimpleResponse;
import com.atlassian.oai.validator.report.ValidationReport;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.Error;
import io.cockpit.adapters.http.contract.ApiContract;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Checks real responses against openapi.yaml with an independent validator (Atlassian's): undocumented statuses,
 * headers or body shapes fail the test. Answers to paths the contract does not have (404, 405) are checked against
 * the Problem schema.
 */
final class ContractValidator {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final OpenApiInteractionValidator validator;
    private final ApiContract contract = ApiContract.load();

    ContractValidator() {
        try (InputStream in = ContractValidator.class.getClassLoader().getResourceAsStream(ApiContract.RESOURCE)) {
            String spec = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            this.validator = OpenApiInteractionValidator.createForInlineApiSpecification(spec)
                    .withResolveCombinators(true)
                    .build();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void check(String method, String path, ApiResponse response) {
        String pathOnly = path.contains("?") ? path.substring(0, path.indexOf('?')) : path;
        if (contract.match(method, pathOnly).isEmpty()) {
            checkProblemForUnknownRoute(method, path, response);
            return;
        }
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

    private void checkProblemForUnknownRoute(String method, String path, ApiResponse response) {
        if (response.status() != 404 && response.status() != 405) {
            throw new AssertionError(method + " " + path + " is not in openapi.yaml but answered " + response.status());
        }
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
