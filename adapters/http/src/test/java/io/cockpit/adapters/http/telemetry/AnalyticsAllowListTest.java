package io.cockpit.adapters.http.telemetry;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.cockpit.adapters.http.contract.ApiContract;
import io.cockpit.domain.telemetry.ProductEventName;
import io.cockpit.domain.telemetry.PropertyRule;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The allow-list the contract publishes for the apps ({@code AnalyticsEventName}, {@code AnalyticsAllowList} and one
 * properties schema per event) is exactly the domain's: the same events, properties and allowed values.
 */
class AnalyticsAllowListTest {

    private static JsonNode schemas() throws IOException {
        try (InputStream in = ApiContract.class.getClassLoader().getResourceAsStream(ApiContract.JSON_RESOURCE)) {
            return new ObjectMapper().readTree(in).path("components").path("schemas");
        }
    }

    @Test
    void theContractPublishesTheDomainsAppEvents() throws IOException {
        List<String> published = new ArrayList<>();
        schemas().path("AnalyticsEventName").path("enum").forEach(name -> published.add(name.asText()));

        assertThat(published).containsExactlyElementsOf(
                ProductEventName.fromApps().stream().map(ProductEventName::wireName).toList());
    }

    @Test
    void eachEventsPropertiesAreTheDomainsRules() throws IOException {
        JsonNode schemas = schemas();
        JsonNode allowList = schemas.path("AnalyticsAllowList").path("properties");
        assertThat(allowList.size()).isEqualTo(ProductEventName.fromApps().size());
        for (ProductEventName event : ProductEventName.fromApps()) {
            String ref = allowList.path(event.wireName()).path("$ref").asText();
            JsonNode schema = schemas.path(ref.substring(ref.lastIndexOf('/') + 1));
            assertThat(schema.path("additionalProperties").asBoolean(true)).as(event.wireName()).isFalse();
            Map<String, String> published = new LinkedHashMap<>();
            schema.path("properties").fields().forEachRemaining(p -> published.put(p.getKey(), describe(p.getValue())));
            Map<String, String> domain = new LinkedHashMap<>();
            event.properties().forEach((name, rule) -> domain.put(name, describe(rule)));
            assertThat(published).as(event.wireName()).isEqualTo(domain);
        }
    }

    private static String describe(JsonNode property) {
        return switch (property.path("type").asText()) {
            case "string" -> {
                List<String> values = new ArrayList<>();
                property.path("enum").forEach(v -> values.add(v.asText()));
                yield "one of " + values;
            }
            case "boolean" -> "flag";
            case "integer" -> property.path("minimum").asLong() + ".." + property.path("maximum").asLong();
            default -> "unexpected " + property;
        };
    }

    private static String describe(PropertyRule rule) {
        return switch (rule) {
            case PropertyRule.OneOf oneOf -> "one of " + oneOf.values();
            case PropertyRule.Flag flag -> "flag";
            case PropertyRule.Count count -> count.min() + ".." + count.max();
        };
    }
}
