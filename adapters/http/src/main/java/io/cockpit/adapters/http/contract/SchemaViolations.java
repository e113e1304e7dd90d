package io.cockpit.adapters.http.contract;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.Error;

import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;

/** Turns JSON Schema errors into field violations with plain messages and pointers to the failing field. */
public final class SchemaViolations {

    private SchemaViolations() {
    }

    public static List<FieldViolation> of(String in, String pointerPrefix, List<Error> errors) {
        return errors.stream()
                .map(error -> of(in, pointerPrefix, error))
                .distinct()
                .sorted(Comparator.comparing(FieldViolation::pointer).thenComparing(FieldViolation::code))
                .toList();
    }

    private static FieldViolation of(String in, String pointerPrefix, Error error) {
        String location = error.getInstanceLocation().toString();
        String keyword = String.valueOf(error.getKeyword());
        JsonNode rule = error.getSchemaNode();
        String pointer = pointerPrefix + location;
        String message = switch (keyword) {
            case "required" -> {
                pointer = pointerPrefix + location + "/" + escape(error.getProperty());
                yield "is required";
            }
            case "additionalProperties" -> {
                pointer = pointerPrefix + location + "/" + escape(error.getProperty());
                yield "is not a known field";
            }
            case "type" -> "must be " + article(typeOf(error)) + " " + typeOf(error);
            case "maxLength" -> "must be at most " + count(rule, "character") + " long";
            case "minLength" -> "must be at least " + count(rule, "character") + " long";
            case "maximum" -> "must be at most " + rule.asText();
            case "minimum" -> "must be at least " + rule.asText();
            case "maxItems" -> "must have at most " + count(rule, "item");
            case "minItems" -> "must have at least " + count(rule, "item");
            case "maxProperties" -> "must have at most " + count(rule, "entry");
            // a long pattern (the e-mail address's) reads better in the contract, next to its description
            case "pattern" -> rule.asText().length() <= 60 ? "must match " + rule.asText()
                    : "does not have the form the contract's pattern for it describes";
            case "format" -> "is not a valid " + humanFormat(rule.asText());
            case "enum" -> "must be one of " + StreamSupport.stream(rule.spliterator(), false)
                    .map(JsonNode::asText).collect(Collectors.joining(", "));
            case "nullable" -> "must not be null";
            default -> stripLocation(error.getMessage(), location);
        };
        return new FieldViolation(in, pointer.isEmpty() ? "/" : pointer, keyword, message);
    }

    private static String count(JsonNode number, String noun) {
        String plural = noun.endsWith("y") ? noun.substring(0, noun.length() - 1) + "ies" : noun + "s";
        return number.asText() + " " + (number.asInt() == 1 ? noun : plural);
    }

    private static String typeOf(Error error) {
        JsonNode type = error.getSchemaNode();
        return type == null || type.isMissingNode() ? "value" : type.asText();
    }

    private static String article(String word) {
        return word.matches("^[aeiou].*") ? "an" : "a";
    }

    private static String humanFormat(String format) {
        return switch (format) {
            case "email" -> "e-mail address";
            case "date-time" -> "RFC 3339 date-time";
            case "date" -> "date (YYYY-MM-DD)";
            case "uuid" -> "UUID";
            default -> format;
        };
    }

    private static String stripLocation(String message, String location) {
        String prefix = location + ": ";
        if (message == null) {
            return "is not valid";
        }
        return message.startsWith(prefix) ? message.substring(prefix.length()) : message;
    }

    private static String escape(String name) {
        return name == null ? "" : name.replace("~", "~0").replace("/", "~1");
    }
}
