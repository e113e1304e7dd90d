package io.cockpit.adapters.http.contract;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Checks a request's parameters against their schemas in the contract. Parameters arrive as text; they are read as
 * the JSON type their schema declares (so {@code limit=abc} fails as "must be an integer", not as a parse error)
 * and then validated like any JSON value.
 */
public final class ParameterValidator {

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private ParameterValidator() {
    }

    /**
     * @param pathParameters decoded path parameters of the matched operation
     * @param query          the first value of a query parameter, by name
     * @param header         the value of a header, by name
     */
    public static List<FieldViolation> validate(ApiOperation operation, Map<String, String> pathParameters,
                                                Function<String, Optional<String>> query,
                                                Function<String, Optional<String>> header) {
        List<FieldViolation> violations = new ArrayList<>();
        for (ApiParameter parameter : operation.parameters()) {
            Optional<String> raw = switch (parameter.in()) {
                case PATH -> Optional.ofNullable(pathParameters.get(parameter.name()));
                case QUERY -> query.apply(parameter.name());
                case HEADER -> header.apply(parameter.name());
                case COOKIE -> Optional.empty();
            };
            String in = parameter.in().wireName();
            String pointer = "/" + parameter.name();
            if (raw.isEmpty()) {
                if (parameter.required()) {
                    violations.add(new FieldViolation(in, pointer, "required", "is required"));
                }
                continue;
            }
            Optional<JsonNode> value = asJson(raw.get(), parameter.type());
            if (value.isEmpty()) {
                violations.add(new FieldViolation(in, pointer, "type", "must be " + describe(parameter.type())));
                continue;
            }
            violations.addAll(SchemaViolations.of(in, pointer, parameter.schema().validate(value.get())));
        }
        return violations;
    }

    private static Optional<JsonNode> asJson(String raw, String type) {
        try {
            return Optional.of(switch (type) {
                case "integer" -> JSON.numberNode(Long.parseLong(raw));
                case "number" -> JSON.numberNode(new java.math.BigDecimal(raw));
                case "boolean" -> switch (raw) {
                    case "true" -> JSON.booleanNode(true);
                    case "false" -> JSON.booleanNode(false);
                    default -> throw new NumberFormatException(raw);
                };
                default -> JSON.textNode(raw);
            });
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static String describe(String type) {
        return switch (type) {
            case "integer" -> "an integer";
            case "number" -> "a number";
            case "boolean" -> "true or false";
            default -> "a " + type;
        };
    }
}
