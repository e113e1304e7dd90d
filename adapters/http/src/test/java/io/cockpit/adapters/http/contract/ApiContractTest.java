package io.cockpit.adapters.http.contract;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.cockpit.domain.account.EmailAddress;
import io.cockpit.domain.shared.InvalidValueException;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ApiContractTest {

    private static final ApiContract CONTRACT = ApiContract.load("test-contract.yaml");
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void literalPathsWinOverTemplates() {
        assertThat(CONTRACT.match("GET", "/items/current").orElseThrow().operation().operationId())
                .isEqualTo("currentItem");
        assertThat(CONTRACT.match("GET", "/items/abc").orElseThrow().operation().operationId()).isEqualTo("getItem");
    }

    @Test
    void pathParametersAreDecodedWithPlusAsAPlus() {
        assertThat(CONTRACT.match("GET", "/items/a%20b+c").orElseThrow().pathParameters())
                .containsEntry("id", "a b+c");
    }

    @Test
    void knowsTheMethodsOfAPathAndNothingElse() {
        assertThat(CONTRACT.methodsAt("/items/x")).containsExactly("DELETE", "GET");
        assertThat(CONTRACT.methodsAt("/items/x/y")).isEmpty();
        assertThat(CONTRACT.match("PUT", "/items/x")).isEmpty();
    }

    @Test
    void readsSecurityAndBodies() {
        ApiOperation add = CONTRACT.match("POST", "/items").orElseThrow().operation();

        assertThat(add.securitySchemes()).containsExactly("partnerAuth");
        assertThat(add.body()).hasValueSatisfying(body -> {
            assertThat(body.required()).isTrue();
            assertThat(body.mediaTypes()).containsExactly("application/json");
        });
        assertThat(CONTRACT.match("GET", "/items").orElseThrow().operation().isPublic()).isTrue();
    }

    @Test
    void bodySchemasNameEveryViolationWithItsPointer() throws Exception {
        List<FieldViolation> violations = SchemaViolations.of("body", "", CONTRACT.componentSchema("Item").orElseThrow()
                .validate(JSON.readTree("{\"name\":\"long\",\"tags\":[\"a\",\"b\"],\"extra\":1,\"note\":null}")));

        assertThat(violations).extracting(FieldViolation::pointer, FieldViolation::code).containsExactly(
                org.assertj.core.groups.Tuple.tuple("/extra", "additionalProperties"),
                org.assertj.core.groups.Tuple.tuple("/name", "maxLength"),
                org.assertj.core.groups.Tuple.tuple("/tags", "maxItems"));
    }

    @Test
    void requiredFieldsPointAtTheMissingField() throws Exception {
        List<FieldViolation> violations = SchemaViolations.of("body", "",
                CONTRACT.componentSchema("Item").orElseThrow().validate(JSON.readTree("{}")));

        assertThat(violations).containsExactly(FieldViolation.inBody("/name", "required", "is required"));
    }

    @Test
    void theProductContractLoadsAndNamesAllItsOperations() {
        assertThat(ApiContract.load().operations()).extracting(ApiOperation::operationId).doesNotHaveDuplicates()
                .doesNotContainNull();
        assertThat(ApiContract.load().operations()).allSatisfy(operation ->
                assertThat(operation.operationId()).isNotBlank());
    }

    /**
     * Found by fuzzing: {@code format: email} made validators consult their list of top-level domains, refusing
     * {@code jana@example.hsp}. The contract spells out the domain's rule as a pattern instead; both agree here.
     */
    @Test
    void theContractsEmailAddressRuleIsTheDomainsRule() throws Exception {
        var schema = ApiContract.load().componentSchema("EmailAddress").orElseThrow();
        List<String> accepted = List.of("jana@example.hsp", "jana.schmidt+crm@sub.example.co.uk",
                "j@xn--bcher-kva.de", "o'brien@example.ie", "x".repeat(64) + "@example.com");
        List<String> refused = List.of("jana@localhost", "\"jana\"@example.com", "jana@[192.0.2.1]",
                "jana@exam_ple.com", "jana.@example.com", ".jana@example.com", "jana", "jana@-example.com",
                "x".repeat(65) + "@example.com", "jana@example.123", "jöna@example.com");

        for (String address : accepted) {
            assertThat(schema.validate(JSON.readTree(JSON.writeValueAsString(address)))).as(address).isEmpty();
            assertThat(new EmailAddress(address).value()).isEqualTo(address);
        }
        for (String address : refused) {
            assertThat(schema.validate(JSON.readTree(JSON.writeValueAsString(address)))).as(address).isNotEmpty();
            assertThatThrownBy(() -> new EmailAddress(address)).as(address).isInstanceOf(InvalidValueException.class);
        }
    }
}
