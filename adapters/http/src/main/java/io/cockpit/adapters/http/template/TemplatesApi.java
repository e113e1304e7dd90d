package io.cockpit.adapters.http.template;

import com.fasterxml.jackson.core.type.TypeReference;
import io.cockpit.adapters.http.HttpRoutes;
import io.cockpit.adapters.http.handler.ETags;
import io.cockpit.adapters.http.handler.FieldCollector;
import io.cockpit.adapters.http.handler.JsonReply;
import io.cockpit.adapters.http.handler.Paging;
import io.cockpit.adapters.http.handler.Wire;
import io.cockpit.adapters.http.json.Json;
import io.cockpit.adapters.http.pipeline.Callers;
import io.cockpit.api.MeTemplatesService;
import io.cockpit.api.model.MessageTemplateInput;
import io.cockpit.api.model.MessageTemplatePage;
import io.cockpit.api.model.TemplatePreview;
import io.cockpit.api.model.TemplatePreviewRequest;
import io.cockpit.application.paging.Page;
import io.cockpit.application.port.in.template.TemplatesUseCase;
import io.cockpit.domain.shared.ItemId;
import io.cockpit.domain.template.MessageTemplate;
import io.cockpit.domain.template.TemplateBody;
import io.cockpit.domain.template.TemplateName;
import io.cockpit.domain.template.TemplateVariable;
import io.helidon.http.Status;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;

import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

/** {@code /v1/me/templates}: the user's message templates, their ETags, and previews. */
public final class TemplatesApi extends MeTemplatesService {

    private static final String PATH = "/v1/me/templates/";
    private static final TypeReference<Map<String, String>> VALUES = new TypeReference<>() {
    };

    private final TemplatesUseCase templates;

    private TemplatesApi(TemplatesUseCase templates) {
        this.templates = templates;
    }

    public static HttpRoutes routes(TemplatesUseCase templates) {
        return new HttpRoutes(PATH_PREFIX, new TemplatesApi(templates));
    }

    @Override
    protected void handleListTemplates(ServerRequest request, ServerResponse response, Optional<Integer> limit,
                                       Optional<String> cursor) {
        Page<MessageTemplate> page = templates.list(Callers.user(request), Paging.request(request, limit, cursor));
        JsonReply.of(200, new MessageTemplatePage(page.items().stream().map(TemplatesApi::dto).toList(),
                Paging.next(request, page))).send(response);
    }

    @Override
    protected void handleCreateTemplate(ServerRequest request, ServerResponse response, MessageTemplateInput body) {
        Input input = Input.of(body);
        MessageTemplate created = templates.create(Callers.user(request), input.name(), input.body());
        reply(201, created).withHeader("Location", PATH + created.id().value()).send(response);
    }

    @Override
    protected void handleGetTemplate(ServerRequest request, ServerResponse response, String templateId) {
        reply(200, templates.get(Callers.user(request), Wire.itemId(templateId))).send(response);
    }

    @Override
    protected void handleReplaceTemplate(ServerRequest request, ServerResponse response, String templateId,
                                         String ifMatch, MessageTemplateInput body) {
        Input input = Input.of(body);
        reply(200, templates.replace(Callers.user(request), Wire.itemId(templateId), ETags.ifMatch(ifMatch), input.name(),
                input.body())).send(response);
    }

    @Override
    protected void handleDeleteTemplate(ServerRequest request, ServerResponse response, String templateId) {
        templates.delete(Callers.user(request), Wire.itemId(templateId));
        response.status(Status.NO_CONTENT_204).send();
    }

    @Override
    protected void handlePreviewTemplate(ServerRequest request, ServerResponse response, String templateId,
                                         TemplatePreviewRequest body) {
        Map<TemplateVariable, String> values = new EnumMap<>(TemplateVariable.class);
        if (body.getValues() != null) {
            // the DTO's properties are the variables' names, so this follows the domain's list of variables
            Json.mapper().convertValue(body.getValues(), VALUES).forEach((name, value) -> {
                if (value != null) {
                    values.put(TemplateVariable.byWireName(name).orElseThrow(), value);
                }
            });
        }
        Optional<ItemId> contact = Optional.ofNullable(body.getContactId()).map(Wire::itemId);
        JsonReply.of(200, new TemplatePreview(templates.preview(Callers.user(request), Wire.itemId(templateId), values,
                contact))).send(response);
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
