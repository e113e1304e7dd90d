package io.cockpit.adapters.http.contract;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class ParameterValidatorTest {

    private static final ApiContract CONTRACT = ApiContract.load("test-contract.yaml");

    private static List<FieldViolation> query(Map<String, String> values) {
        ApiOperation.Match match = CONTRACT.match("GET", "/items").orElseThrow();
        return ParameterValidator.validate(match.operation(), match.pathParameters(),
                name -> Optional.ofNullable(values.get(name)), name -> Optional.empty());
    }

    @Test
    void inclusiveBoundsAcceptTheirLimits() {
        assertThat(query(Map.of("limit", "1"))).isEmpty();
        assertThat(query(Map.of("limit", "100"))).isEmpty();
    }

    @Test
    void valuesBeyondTheBoundsAreRefusedWithTheRule() {
        assertThat(query(Map.of("limit", "101"))).containsExactly(
                new FieldViolation("query", "/limit", "maximum", "must be at most 100"));
        assertThat(query(Map.of("limit", "0"))).extracting(FieldViolation::code).containsExactly("minimum");
    }

    @Test
    void textIsReadAsTheDeclaredType() {
        assertThat(query(Map.of("limit", "ten"))).containsExactly(
                new FieldViolation("query", "/limit", "type", "must be an integer"));
        assertThat(query(Map.of("unread", "yes"))).extracting(FieldViolation::code).containsExactly("type");
        assertThat(query(Map.of("unread", "true"))).isEmpty();
        assertThat(query(Map.of("q", "toolong"))).extracting(FieldViolation::message)
                .containsExactly("must be at most 5 characters long");
    }

    @Test
    void aRequiredHeaderMustBeThere() {
        ApiOperation.Match match = CONTRACT.match("POST", "/items").orElseThrow();

        List<FieldViolation> missing = ParameterValidator.validate(match.operation(), Map.of(),
                name -> Optional.empty(), name -> Optional.empty());

        assertThat(missing).containsExactly(new FieldViolation("header", "/Idempotency-Key", "required", "is required"));
    }
}
