package io.cockpit.adapters.http.me;

import com.fasterxml.jackson.core.type.TypeReference;
import io.cockpit.adapters.http.handler.ETags;
import io.cockpit.adapters.http.handler.FieldCollector;
import io.cockpit.adapters.http.handler.JsonReply;
import io.cockpit.adapters.http.handler.Paging;
import io.cockpit.adapters.http.handler.Wire;
import io.cockpit.adapters.http.json.Json;
import io.cockpit.api.model.MessageTemplateInput;
import io.cockpit.api.model.MessageTemplatePage;
import io.cockpit.api.model.TemplatePreview;
import io.cockpit.api.model.TemplatePreviewRequest;
import io.cockpit.application.paging.Page;
import io.cockpit.application.port.in.TemplatesUseCase;
import io.cockpit.domain.account.UserId;
import io.cockpit.domain.template.MessageTemplate;
import io.cockpit.domain.template.TemplateBody;
import io.cockpit.domain.template.TemplateName;
import io.cockpit.domain.template.TemplateVariable;
import io.helidon.http.Status;
import io.helidon.webserver.http.ServerResponse;

import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

/** {@code /v1/me/templates}: the user's message templates, their ETags, and previews. */
public final class TemplateEndpoints {

    private static final String PATH = "/v1/me/templates/";
    private static final TypeReference<Map<String, String>> VALUES = new TypeReference<>() {
    };

    private final TemplatesUseCase templates;

    public TemplateEndpoints(TemplatesUseCase templates) {
        this.templates = templates;
    }

    void list(UserId user, Optional<Integer> limit, Optional<String> cursor, ServerResponse response) {
        Page<MessageTemplate> page = templates.list(user, Paging.request(limit, cursor));
        JsonReply.of(200, new MessageTemplatePage(page.items().stream().map(TemplateEndpoints::dto).toList(),
                Wire.nextCursor(page))).send(response);
    }

    void create(UserId user, MessageTemplateInput body, ServerResponse response) {
        Input input = Input.of(body);
        MessageTemplate created = templates.create(user, input.name(), input.body());
        reply(201, created).withHeader("Location", PATH + created.id().value()).send(response);
    }

    void get(UserId user, String templateId, ServerResponse response) {
        reply(200, templates.get(user, Wire.itemId(templateId))).send(response);
    }

    void replace(UserId user, String templateId, String ifMatch, MessageTemplateInput body, ServerResponse response) {
        Input input = Input.of(body);
        reply(200, templates.replace(user, Wire.itemId(templateId), ETags.ifMatch(ifMatch), input.name(),
                input.body())).send(response);
    }

    void delete(UserId user, String templateId, ServerResponse response) {
        templates.delete(user, Wire.itemId(templateId));
        response.status(Status.NO_CONTENT_204).send();
    }

    void preview(UserId user, String templateId, TemplatePreviewRequest body, ServerResponse response) {
        Map<TemplateVariable, String> values = new EnumMap<>(TemplateVariable.class);
        // the DTO's properties are the variables' names, so this follows the domain's list of variables
        Json.mapper().convertValue(body.getValues(), VALUES).forEach((name, value) -> {
            if (value != null) {
                values.put(TemplateVariable.byWireName(name).orElseThrow(), value);
            }
        });
        JsonReply.of(200, new TemplatePreview(templates.preview(user, Wire.itemId(templateId), values)))
                .send(response);
    }

    private static JsonReply reply(int status, MessageTemplate template) {
        return ETags.tagged(JsonReply.of(status, dto(template)), template.version());
    }

    private static io.cockpit.api.model.MessageTemplate dto(MessageTemplate template) {
        return new io.cockpit.api.model.MessageTemplate(template.id().value(), template.name().value(),
                template.body().text(), template.body().variables().stream().map(TemplateVariable::wireName).toList(),
                Wire.utc(template.createdAt()), Wire.utc(template.updatedAt()));
    }

    private record Input(TemplateName name, TemplateBody body) {

        static Input of(MessageTemplateInput dto) {
            FieldCollector fields = new FieldCollector();
            TemplateName name = fields.field("/name", () -> new TemplateName(dto.getName()));
            TemplateBody body = fields.field("/body", () -> TemplateBody.parse(dto.getBody()));
            fields.throwIfInvalid();
            return new Input(name, body);
        }
    }
}
