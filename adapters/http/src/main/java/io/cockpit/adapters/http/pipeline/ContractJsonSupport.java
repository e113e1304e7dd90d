package io.cockpit.adapters.http.pipeline;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import io.cockpit.adapters.http.contract.ApiContract;
import io.cockpit.adapters.http.contract.ApiOperation;
import io.cockpit.adapters.http.contract.FieldViolation;
import io.cockpit.adapters.http.contract.SchemaViolations;
import io.cockpit.adapters.http.json.Json;
import io.cockpit.adapters.http.json.RepresentableTimes;
import io.cockpit.adapters.http.problem.Problems;
import io.helidon.common.GenericType;
import io.helidon.http.Headers;
import io.helidon.http.media.EntityReader;
import io.helidon.http.media.MediaSupport;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

/**
 * Reads JSON request bodies into the generated DTOs, validating them first against the schema of the same name in
 * the contract: a body that is not JSON in strict UTF-8 (or nests too deep) is a 400, one that breaks its schema (types, required, lengths, formats,
 * enums, unknown fields) a 422 listing every failing field. Handlers only ever see bodies the contract allows.
 */
public final class ContractJsonSupport implements MediaSupport {

    private static final String GENERATED_MODELS = "io.cockpit.api.model";

    private final ApiContract contract;
    private final ObjectMapper mapper;

    public ContractJsonSupport(ApiContract contract, ObjectMapper mapper) {
        this.contract = contract;
        this.mapper = mapper;
    }

    @Override
    public String name() {
        return "cockpit-contract-json";
    }

    @Override
    public String type() {
        return "cockpit-contract-json";
    }

    @Override
    public <T> ReaderResponse<T> reader(GenericType<T> type, Headers requestHeaders) {
        Class<?> raw = type.rawType();
        if (raw.getPackageName().equals(GENERATED_MODELS)) {
            Optional<Schema> schema = contract.componentSchema(raw.getSimpleName());
            if (schema.isPresent()) {
                return new ReaderResponse<>(SupportLevel.SUPPORTED, () -> new Reader<>(schema.get()));
            }
        }
        return ReaderResponse.unsupported();
    }

    private final class Reader<T> implements EntityReader<T> {

        private final Schema schema;

        private Reader(Schema schema) {
            this.schema = schema;
        }

        @Override
        public T read(GenericType<T> type, InputStream stream, Headers headers) {
            JsonNode body = parse(stream);
            List<Error> errors = schema.validate(body);
            if (!errors.isEmpty()) {
                throw Problems.validationFailed(SchemaViolations.of("body", "", errors));
            }
            // after the schema, which refuses unknown fields: the pointer names only the contract's fields
            LoneSurrogates.find(body).ifPresent(pointer -> {
                throw Problems.validationFailed(List.of(FieldViolation.inBody(pointer, "unicode",
                        "must be Unicode text: an unpaired surrogate escape (\\ud800-\\udfff) is not")));
            });
            try {
                return mapper.treeToValue(body, mapper.constructType(type.type()));
            } catch (JsonProcessingException e) {
                // the schema allowed what the DTO cannot hold (a date-time with a space for its T): the field it is
                throw Problems.validationFailed(List.of(FieldViolation.inBody(pointer(e), "format", why(e))));
            }
        }

        private static String why(JsonProcessingException e) {
            if (e instanceof RepresentableTimes.OutOfRange) {
                return RepresentableTimes.OutOfRange.MESSAGE;
            }
            if (e instanceof MismatchedInputException mismatch && mismatch.getTargetType() == OffsetDateTime.class) {
                return "cannot be read as a date-time (RFC 3339 with a T: 2026-11-29T10:15:00Z)";
            }
            return "cannot be read as the contract's type (a number out of the range of its field, or a date-time "
                    + "that is not RFC 3339 with a T: 2026-11-29T10:15:00Z)";
        }

        /** The JSON Pointer of the value Jackson could not read, or the whole body's when it does not say. */
        private static String pointer(JsonProcessingException e) {
            if (!(e instanceof JsonMappingException mapping) || mapping.getPath().isEmpty()) {
                return "/";
            }
            StringBuilder pointer = new StringBuilder();
            for (JsonMappingException.Reference step : mapping.getPath()) {
                pointer.append('/').append(step.getFieldName() != null
                        ? step.getFieldName().replace("~", "~0").replace("/", "~1")
                        : Integer.toString(step.getIndex()));
            }
            return pointer.toString();
        }

        @Override
        public T read(GenericType<T> type, InputStream stream, Headers requestHeaders, Headers responseHeaders) {
            return read(type, stream, requestHeaders);
        }

        private JsonNode parse(InputStream stream) {
            byte[] bytes;
            try (InputStream body = BodyDeadline.guard(stream)) {
                // the server takes larger bodies for documents; JSON stops at the default limit, chunked or not
                bytes = body.readNBytes((int) ApiOperation.DEFAULT_MAX_BODY_BYTES + 1);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            if (bytes.length > ApiOperation.DEFAULT_MAX_BODY_BYTES) {
                throw Problems.tooLarge(ApiOperation.DEFAULT_MAX_BODY_BYTES);
            }
            if (bytes.length == 0) {
                throw Problems.malformed("This operation needs a JSON body.");
            }
            // Jackson would guess UTF-16 or UTF-32 and read overlong UTF-8 forms: only strict UTF-8 is JSON here
            String text = StrictUtf8.decode(bytes)
                    .orElseThrow(() -> Problems.malformed("The body is not valid UTF-8."));
            try {
                JsonNode node = mapper.readTree(text);
                if (node == null || node.isMissingNode()) {
                    throw Problems.malformed("This operation needs a JSON body.");
                }
                return node;
            } catch (JsonProcessingException e) {
                // a broken limit (the nesting depth) comes without a location
                JsonLocation location = e.getLocation();
                throw Problems.malformed(location == null || location.getLineNr() < 1
                        ? "The body is not valid JSON, or nests deeper than " + Json.MAX_NESTING_DEPTH + " levels."
                        : "The body is not valid JSON (line " + location.getLineNr() + ", column "
                        + location.getColumnNr() + ").");
            }
        }
    }
}
