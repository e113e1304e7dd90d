package io.cockpit.adapters.http.contract;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.dialect.Dialects;
import com.networknt.schema.path.PathType;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

/**
 * api-spec/openapi.yaml as the server reads it: the operations with their parameters, request bodies and security,
 * and the JSON Schemas to validate against. The server validates requests with this, so the contract and the
 * server cannot drift apart.
 */
public final class ApiContract {

    /** Where the api-spec module puts the contract on the class path. */
    public static final String RESOURCE = "META-INF/cockpit/openapi.yaml";
    /** The same contract as JSON, written next to the classes by the build ({@link ContractJson}). */
    public static final String JSON_RESOURCE = "META-INF/cockpit/openapi.json";
    private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "patch", "head", "options");

    private final String location;
    private final byte[] document;
    private final JsonNode root;
    private final SchemaRegistry schemas;
    private final List<ApiOperation> operations;
    private final Map<String, Schema> componentSchemas = new ConcurrentHashMap<>();

    /**
     * @param document the contract as published
     * @param parsed   the class-path resource {@code root} was read from; the JSON Schema library reads it again
     *                 for the schemas
     */
    private ApiContract(byte[] document, String parsed, JsonNode root) {
        this.location = "classpath:" + parsed;
        this.document = document;
        this.root = root;
        this.schemas = SchemaRegistry.withDialect(Dialects.getOpenApi30(), builder -> builder.schemaRegistryConfig(
                SchemaRegistryConfig.builder()
                        .pathType(PathType.JSON_POINTER)
                        .formatAssertionsEnabled(true)
                        .locale(Locale.ENGLISH)
                        .build()));
        this.operations = readOperations();
    }

    /** api-spec/openapi.yaml, read from the JSON the build made of it (or from the YAML when there is none). */
    public static ApiContract load() {
        Optional<byte[]> json = read(JSON_RESOURCE);
        if (json.isEmpty()) {
            return load(RESOURCE);
        }
        return new ApiContract(read(RESOURCE).orElseThrow(), JSON_RESOURCE,
                parse(new ObjectMapper(), JSON_RESOURCE, json.get()));
    }

    /** A contract from another class-path resource (tests use small ones). */
    public static ApiContract load(String resource) {
        byte[] yaml = read(resource)
                .orElseThrow(() -> new IllegalStateException(resource + " is not on the class path"));
        return new ApiContract(yaml, resource, parse(new ObjectMapper(new YAMLFactory()), resource, yaml));
    }

    private static Optional<byte[]> read(String resource) {
        try (InputStream in = ApiContract.class.getClassLoader().getResourceAsStream(resource)) {
            return in == null ? Optional.empty() : Optional.of(in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static JsonNode parse(ObjectMapper mapper, String resource, byte[] document) {
        try {
            return mapper.readTree(document);
        } catch (IOException e) {
            throw new UncheckedIOException(resource + " cannot be parsed", e);
        }
    }

    /** The contract as published (the bytes of openapi.yaml). */
    public byte[] document() {
        return document.clone();
    }

    /** The class-path location the contract was parsed from. */
    String parsedFrom() {
        return location;
    }

    public List<ApiOperation> operations() {
        return operations;
    }

    /** The operation for this method and raw path, on any listener, with its decoded path parameters. */
    public Optional<ApiOperation.Match> match(String method, String rawPath) {
        return match(null, method, rawPath);
    }

    /** The operation {@code listener} serves for this method and raw path ({@code null}: any listener). */
    public Optional<ApiOperation.Match> match(String listener, String method, String rawPath) {
        for (ApiOperation operation : operations) {
            if (operation.method().equalsIgnoreCase(method) && served(operation, listener)) {
                Optional<ApiOperation.Match> match = operation.match(rawPath);
                if (match.isPresent()) {
                    return match;
                }
            }
        }
        return Optional.empty();
    }

    /** The methods the contract offers at this path on any listener (empty: no such path). */
    public Set<String> methodsAt(String rawPath) {
        return methodsAt(null, rawPath);
    }

    /** The methods {@code listener} offers at this path ({@code null}: any listener). */
    public Set<String> methodsAt(String listener, String rawPath) {
        Set<String> methods = new TreeSet<>();
        for (ApiOperation operation : operations) {
            if (served(operation, listener) && operation.match(rawPath).isPresent()) {
                methods.add(operation.method().toUpperCase(Locale.ROOT));
            }
        }
        return methods;
    }

    private static boolean served(ApiOperation operation, String listener) {
        return listener == null || operation.listener().equals(listener);
    }

    /** The schema {@code #/components/schemas/{name}}, if the contract has it. */
    public Optional<Schema> componentSchema(String name) {
        if (!root.path("components").path("schemas").has(name)) {
            return Optional.empty();
        }
        return Optional.of(componentSchemas.computeIfAbsent(name,
                n -> schemaAt("/components/schemas/" + escape(n))));
    }

    private Schema schemaAt(String pointer) {
        Schema schema = schemas.getSchema(SchemaLocation.of(location + "#" + pointer));
        schema.initializeValidators();
        return schema;
    }

    private List<ApiOperation> readOperations() {
        List<ApiOperation> found = new ArrayList<>();
        JsonNode globalSecurity = root.path("security");
        for (Iterator<Map.Entry<String, JsonNode>> paths = root.path("paths").fields(); paths.hasNext(); ) {
            Map.Entry<String, JsonNode> path = paths.next();
            String pathPointer = "/paths/" + escape(path.getKey());
            String listener = path.getValue().path("x-cockpit-listener").asText(ApiOperation.API);
            for (Iterator<Map.Entry<String, JsonNode>> items = path.getValue().fields(); items.hasNext(); ) {
                Map.Entry<String, JsonNode> item = items.next();
                if (!METHODS.contains(item.getKey())) {
                    continue;
                }
                JsonNode operation = item.getValue();
                String operationPointer = pathPointer + "/" + item.getKey();
                Map<String, ApiParameter> parameters = new LinkedHashMap<>();
                readParameters(path.getValue().path("parameters"), pathPointer + "/parameters", parameters);
                readParameters(operation.path("parameters"), operationPointer + "/parameters", parameters);
                JsonNode security = operation.has("security") ? operation.get("security") : globalSecurity;
                found.add(new ApiOperation(item.getKey().toUpperCase(Locale.ROOT), PathTemplate.of(path.getKey()),
                        operation.path("operationId").asText(), List.copyOf(parameters.values()),
                        readBody(operation.path("requestBody")), securitySchemes(security), listener));
            }
        }
        // literal segments win over templates: /sessions/current before /sessions/{id}
        found.sort(Comparator.comparingInt(ApiOperation::templateCount)
                .thenComparing(Comparator.comparingInt((ApiOperation o) -> o.pathTemplate().length()).reversed()));
        return List.copyOf(found);
    }

    private void readParameters(JsonNode list, String listPointer, Map<String, ApiParameter> into) {
        for (int i = 0; i < list.size(); i++) {
            JsonNode parameter = list.get(i);
            String pointer = listPointer + "/" + i;
            if (parameter.has("$ref")) {
                pointer = parameter.get("$ref").asText().substring(1);
                parameter = resolve(pointer);
            }
            ApiParameter.In in = ApiParameter.In.valueOf(parameter.path("in").asText().toUpperCase(Locale.ROOT));
            String name = parameter.path("name").asText();
            into.put(in + ":" + name.toLowerCase(Locale.ROOT), new ApiParameter(in, name,
                    parameter.path("required").asBoolean(false), schemaType(parameter.path("schema")),
                    schemaAt(pointer + "/schema"), defaultOf(parameter.path("schema"))));
        }
    }

    private Optional<ApiOperation.Body> readBody(JsonNode body) {
        if (body.isMissingNode()) {
            return Optional.empty();
        }
        List<String> mediaTypes = new ArrayList<>();
        body.path("content").fieldNames().forEachRemaining(mediaTypes::add);
        return Optional.of(new ApiOperation.Body(body.path("required").asBoolean(false), List.copyOf(mediaTypes),
                body.path("x-cockpit-max-body-bytes").asLong(ApiOperation.DEFAULT_MAX_BODY_BYTES)));
    }

    private static List<String> securitySchemes(JsonNode requirements) {
        List<String> schemes = new ArrayList<>();
        requirements.forEach(requirement -> requirement.fieldNames().forEachRemaining(schemes::add));
        return List.copyOf(schemes);
    }

    /** The JSON type of a parameter's schema, following a $ref. */
    private String schemaType(JsonNode schema) {
        JsonNode resolved = schema.has("$ref") ? resolve(schema.get("$ref").asText().substring(1)) : schema;
        return resolved.path("type").asText("string");
    }

    private Optional<String> defaultOf(JsonNode schema) {
        JsonNode resolved = schema.has("$ref") ? resolve(schema.get("$ref").asText().substring(1)) : schema;
        return resolved.has("default") ? Optional.of(resolved.get("default").asText()) : Optional.empty();
    }

    private JsonNode resolve(String pointer) {
        JsonNode node = root.at(pointer);
        if (node.isMissingNode()) {
            throw new IllegalStateException("openapi.yaml has no " + pointer);
        }
        return node;
    }

    private static String escape(String name) {
        return name.replace("~", "~0").replace("/", "~1");
    }
}
