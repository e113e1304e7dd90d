package io.cockpit.bootstrap.e2e;

import com.example.partner.cockpit.ApiClient;
import com.example.partner.cockpit.ApiException;
import com.example.partner.cockpit.model.Problem;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;

/**
 * The Java client a partner generates from openapi.yaml (module api-spec/java-client), pointed at a running
 * Cockpit. Its answers pass the contract check first ({@link ContractCheckingHttpClient}).
 */
final class GeneratedClient {

    private GeneratedClient() {
    }

    static ApiClient anonymous(CockpitFixture cockpit) {
        return new ApiClient(ContractCheckingHttpClient.builder(), ApiClient.createDefaultObjectMapper(),
                cockpit.baseUrl());
    }

    /** The generator's native library does not apply security schemes; its request interceptor is the way. */
    static ApiClient withBearer(CockpitFixture cockpit, String token) {
        return anonymous(cockpit).setRequestInterceptor(request -> request.header("Authorization", "Bearer " + token));
    }

    /** The refusal's body as the generated Problem model. */
    static Problem problem(ApiException refused) {
        try {
            return ApiClient.createDefaultObjectMapper().readValue(refused.getResponseBody(), Problem.class);
        } catch (IOException e) {
            throw new UncheckedIOException("not a problem document: " + refused.getResponseBody(), e);
        }
    }

    /** The one value of a response header (names compared case-insensitively), or null. */
    static String header(Map<String, List<String>> headers, String name) {
        return headers.entrySet().stream()
                .filter(entry -> entry.getKey().equalsIgnoreCase(name))
                .flatMap(entry -> entry.getValue().stream())
                .findFirst().orElse(null);
    }
}
