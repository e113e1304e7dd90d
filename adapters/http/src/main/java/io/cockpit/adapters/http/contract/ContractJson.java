package io.cockpit.adapters.http.contract;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;

/**
 * Run by the build (adapters/http/pom.xml, after compiling): writes the contract as JSON into the class path, so the
 * server parses JSON at start instead of YAML, which costs several times as much on a cold JVM. The YAML stays the
 * source and is what {@code /openapi} serves.
 */
public final class ContractJson {

    private ContractJson() {
    }

    /** @param args the class output directory, e.g. {@code target/classes} */
    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            throw new IllegalArgumentException("usage: ContractJson CLASS_OUTPUT_DIRECTORY");
        }
        Path target = Path.of(args[0]).resolve(ApiContract.JSON_RESOURCE);
        Files.createDirectories(target.getParent());
        Files.write(target, new ObjectMapper().writeValueAsBytes(fromYaml(ApiContract.RESOURCE)));
    }

    static JsonNode fromYaml(String resource) throws IOException {
        try (InputStream in = Objects.requireNonNull(
                ContractJson.class.getClassLoader().getResourceAsStream(resource), resource + " on the class path")) {
            return new ObjectMapper(new YAMLFactory()).readTree(in);
        }
    }
}
