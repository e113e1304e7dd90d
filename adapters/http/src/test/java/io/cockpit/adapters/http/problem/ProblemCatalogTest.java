package io.cockpit.adapters.http.problem;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.cockpit.adapters.http.contract.ApiContract;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The server can send exactly the problem codes the contract documents, each with the documented status. */
class ProblemCatalogTest {

    private static final Map<String, Set<String>> REGISTRY = ProblemCodeTable.registry(ProblemCatalog.all());

    @Test
    void theContractDocumentsExactlyTheCodesTheServerCanSend() throws IOException {
        Map<String, Set<String>> documented = ProblemCodeTable.parse(contractDescription());

        assertThat(ProblemCodeTable.differences(documented, REGISTRY)).isEmpty();
    }

    @Test
    void theRegistryHoldsTheDomainAndTheHttpCodes() {
        assertThat(REGISTRY)
                .containsEntry("account.archived", Set.of("403", "409"))
                .containsEntry("request.rejected", Set.of("4xx"))
                .containsEntry("request.validation_failed", Set.of("422"))
                .containsEntry("server.internal_error", Set.of("500"))
                .containsEntry("server.unavailable", Set.of("503"))
                .containsEntry("template.variable_missing", Set.of("422"));
    }

    @Test
    void aCodeTheContractLacksIsADifference() {
        Map<String, Set<String>> documented = ProblemCodeTable.parse(table("| `a.b` | 400 | a |"));

        assertThat(ProblemCodeTable.differences(documented, Map.of("a.b", Set.of("400"), "c.d", Set.of("404"))))
                .containsExactly("c.d [404] can be sent but the contract does not document it");
    }

    @Test
    void aDocumentedCodeNothingSendsIsADifference() {
        Map<String, Set<String>> documented = ProblemCodeTable.parse(table("| `a.b`, `c.d` | 400 | a |"));

        assertThat(ProblemCodeTable.differences(documented, Map.of("a.b", Set.of("400"))))
                .containsExactly("c.d is documented but the server has no such code");
    }

    @Test
    void anotherStatusIsADifference() {
        Map<String, Set<String>> documented = ProblemCodeTable.parse(table("| `a.b` | 403 / 409 | a |"));

        assertThat(ProblemCodeTable.differences(documented, Map.of("a.b", Set.of("403"))))
                .containsExactly("a.b is documented with [403, 409] but sent with [403]");
    }

    @Test
    void anUnreadableTableFailsInsteadOfPassingEmpty() {
        assertThatThrownBy(() -> ProblemCodeTable.parse("no table here")).hasMessageContaining("no \"## Problem codes\"");
        assertThatThrownBy(() -> ProblemCodeTable.parse(table("| a.b | 400 | a |"))).hasMessageContaining("no `code`");
        assertThatThrownBy(() -> ProblemCodeTable.parse(table("| `a.b` | four hundred | a |")))
                .hasMessageContaining("is not like 404");
        assertThatThrownBy(() -> ProblemCodeTable.parse(table("| `a.b` | 400 | a |\n| `a.b` | 404 | b |")))
                .hasMessageContaining("a.b is listed twice");
        assertThatThrownBy(() -> ProblemCodeTable.parse(table(""))).hasMessageContaining("has no table");
    }

    @Test
    void aStatusOutsideTheCodesRangeIsRefused() {
        assertThat(ProblemException.withStatus(HttpErrorCode.REQUEST_REJECTED, 414, "URI Too Long", "x").status())
                .isEqualTo(414);
        assertThatThrownBy(() -> ProblemException.withStatus(HttpErrorCode.REQUEST_REJECTED, 502, "Bad Gateway", "x"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(HttpErrorCode.REQUEST_REJECTED::status).isInstanceOf(IllegalStateException.class);
    }

    private static String table(String rows) {
        return "intro\n\n## Problem codes\n| code | status | meaning |\n|---|---|---|\n" + rows + "\n\nmore text\n";
    }

    private static String contractDescription() throws IOException {
        try (InputStream in = ProblemCatalogTest.class.getClassLoader().getResourceAsStream(ApiContract.RESOURCE)) {
            return new ObjectMapper(new YAMLFactory()).readTree(in).path("info").path("description").asText();
        }
    }
}
