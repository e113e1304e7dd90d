package io.cockpit.adapters.http.register;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.cockpit.api.JsonProvider;
import io.cockpit.application.port.in.register.ExportWriter;
import io.cockpit.application.port.out.register.ExportedItem;
import io.cockpit.domain.register.PersonalDataCategory;
import io.cockpit.domain.shared.Language;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * The export as one JSON document ({@code DataExport} in the contract), written piece by piece with a streaming
 * generator: each category's description as the record of processing gives it, then its items as they come. Nothing
 * is kept but the generator's small buffer.
 */
final class JsonExportWriter implements ExportWriter {

    private static final ObjectMapper MAPPER = JsonProvider.objectMapper();

    private final JsonGenerator json;
    private final Language language;

    JsonExportWriter(OutputStream out, Language language) {
        try {
            this.json = MAPPER.getFactory().createGenerator(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        this.language = language;
    }

    @Override
    public void begin(String userId, Instant exportedAt) {
        write(() -> {
            json.writeStartObject();
            json.writeStringField("userId", userId);
            json.writeStringField("exportedAt", exportedAt.toString());
            json.writeStringField("language", language.code());
            json.writeArrayFieldStart("categories");
        });
    }

    @Override
    public void category(PersonalDataCategory category) {
        JsonNode description = MAPPER.valueToTree(RecordOfProcessing.activity(category, language));
        write(() -> {
            json.writeStartObject();
            for (Iterator<Map.Entry<String, JsonNode>> fields = description.fields(); fields.hasNext(); ) {
                Map.Entry<String, JsonNode> field = fields.next();
                json.writeFieldName(field.getKey());
                json.writeTree(field.getValue());
            }
            json.writeArrayFieldStart("items");
        });
    }

    @Override
    public void item(ExportedItem item) {
        write(() -> {
            json.writeStartObject();
            for (Map.Entry<String, Object> field : item.fields().entrySet()) {
                json.writeFieldName(field.getKey());
                value(field.getValue());
            }
            json.writeEndObject();
        });
    }

    private void value(Object value) throws IOException {
        switch (value) {
            case null -> json.writeNull();
            case String text -> json.writeString(text);
            case Boolean flag -> json.writeBoolean(flag);
            case Instant instant -> json.writeString(instant.toString());
            case List<?> list -> {
                json.writeStartArray();
                for (Object element : list) {
                    value(element);
                }
                json.writeEndArray();
            }
            case Number number -> json.writeNumber(number.toString());
            default -> json.writeString(value.toString());
        }
    }

    @Override
    public void endCategory() {
        write(() -> {
            json.writeEndArray();
            json.writeEndObject();
        });
    }

    @Override
    public void end() {
        write(() -> {
            json.writeEndArray();
            json.writeEndObject();
            json.flush();
        });
    }

    private interface Step {
        void run() throws IOException;
    }

    private static void write(Step step) {
        try {
            step.run();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
