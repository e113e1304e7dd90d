package io.cockpit.adapters.http.contract;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.io.InputStream;

import static org.assertj.core.api.Assertions.assertThat;

/** The JSON the build writes is the contract, node for node, and it is what the server reads. */
class ContractJsonTest {

    @Test
    void theBuildWroteTheYamlAsJson() throws Exception {
        try (InputStream json = getClass().getClassLoader().getResourceAsStream(ApiContract.JSON_RESOURCE)) {
            assertThat(json).as("written by the build (adapters/http/pom.xml, exec-maven-plugin)").isNotNull();
            assertThat(new ObjectMapper().readTree(json)).isEqualTo(ContractJson.fromYaml(ApiContract.RESOURCE));
        }
    }

    @Test
    void theServerReadsTheJsonAndServesTheYaml() throws Exception {
        ApiContract contract = ApiContract.load();

        assertThat(contract.parsedFrom()).isEqualTo("classpath:" + ApiContract.JSON_RESOURCE);
        try (InputStream yaml = getClass().getClassLoader().getResourceAsStream(ApiContract.RESOURCE)) {
            assertThat(contract.document()).isEqualTo(yaml.readAllBytes());
        }
        assertThat(contract.componentSchema("Problem")).isPresent();
        assertThat(contract.operations()).hasSizeGreaterThan(30);
    }
}
