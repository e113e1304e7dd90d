package io.cockpit.adapters.http.label;

import io.cockpit.adapters.http.HttpRoutes;
import io.cockpit.adapters.http.handler.ETags;
import io.cockpit.adapters.http.handler.FieldCollector;
import io.cockpit.adapters.http.handler.JsonReply;
import io.cockpit.adapters.http.handler.Paging;
import io.cockpit.adapters.http.handler.Wire;
import io.cockpit.adapters.http.pipeline.Callers;
import io.cockpit.api.MeLabelsService;
import io.cockpit.api.model.Category;
import io.cockpit.api.model.CategoryInput;
import io.cockpit.api.model.CategoryPage;
import io.cockpit.api.model.Tag;
import io.cockpit.api.model.TagInput;
import io.cockpit.api.model.TagPage;
import io.cockpit.application.paging.Page;
import io.cockpit.application.port.in.label.LabelsUseCase;
import io.cockpit.domain.account.UserId;
import io.cockpit.domain.label.Cadence;
import io.cockpit.domain.label.Colour;
import io.cockpit.domain.label.Label;
import io.cockpit.domain.label.LabelKind;
import io.cockpit.domain.label.LabelName;
import io.cockpit.domain.label.Priority;
import io.helidon.http.Status;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;

import java.util.Optional;

/** {@code /v1/me/tags} and {@code /v1/me/categories}: one set of endpoints, two kinds of label. */
public final class LabelsApi extends MeLabelsService {

    private final LabelsUseCase labels;

    private LabelsApi(LabelsUseCase labels) {
        this.labels = labels;
    }

    public static HttpRoutes routes(LabelsUseCase labels) {
        return new HttpRoutes(PATH_PREFIX, new LabelsApi(labels));
    }

    @Override
    protected void handleListTags(ServerRequest request, ServerResponse response, Optional<Integer> limit,
                                  Optional<String> cursor) {
        list(request, LabelKind.TAG, limit, cursor, response);
    }

    @Override
    protected void handleCreateTag(ServerRequest request, ServerResponse response, TagInput body) {
        create(Callers.user(request), LabelKind.TAG, input(body), response);
    }

    @Override
    protected void handleGetTag(ServerRequest request, ServerResponse response, String tagId) {
        get(Callers.user(request), LabelKind.TAG, tagId, response);
    }

    @Override
    protected void handleReplaceTag(ServerRequest request, ServerResponse response, String tagId, String ifMatch,
                                    TagInput body) {
        replace(Callers.user(request), LabelKind.TAG, tagId, ifMatch, input(body), response);
    }

    @Override
    protected void handleDeleteTag(ServerRequest request, ServerResponse response, String tagId) {
        delete(Callers.user(request), LabelKind.TAG, tagId, response);
    }

    @Override
    protected void handleListCategories(ServerRequest request, ServerResponse response, Optional<Integer> limit,
                                        Optional<String> cursor) {
        list(request, LabelKind.CATEGORY, limit, cursor, response);
    }

    @Override
    protected void handleCreateCategory(ServerRequest request, ServerResponse response, CategoryInput body) {
        create(Callers.user(request), LabelKind.CATEGORY, input(body), response);
    }

    @Override
    protected void handleGetCategory(ServerRequest request, ServerResponse response, String categoryId) {
        get(Callers.user(request), LabelKind.CATEGORY, categoryId, response);
    }

    @Override
    protected void handleReplaceCategory(ServerRequest request, ServerResponse response, String categoryId,
                                         String ifMatch, CategoryInput body) {
        replace(Callers.user(request), LabelKind.CATEGORY, categoryId, ifMatch, input(body), response);
    }

    @Override
    protected void handleDeleteCategory(ServerRequest request, ServerResponse response, String categoryId) {
        delete(Callers.user(request), LabelKind.CATEGORY, categoryId, response);
    }

    /** A tag or category as sent, before the domain checked it. */
    private record Input(String name, String colour, Optional<Integer> priority, Optional<Integer> followUpAfterDays,
                         Optional<Integer> maxFollowUps, Optional<Integer> keepInTouchDays) {
    }

    private static Input input(TagInput body) {
        return new Input(body.getName(), body.getColour(), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty());
    }

    private static Input input(CategoryInput body) {
        return new Input(body.getName(), body.getColour(), Optional.ofNullable(body.getPriority()),
                Optional.ofNullable(body.getFollowUpAfterDays()), Optional.ofNullable(body.getMaxFollowUps()),
                Optional.ofNullable(body.getKeepInTouchDays()));
    }

    private void list(ServerRequest request, LabelKind kind, Optional<Integer> limit, Optional<String> cursor,
                      ServerResponse response) {
        Page<Label> page = labels.list(Callers.user(request), kind, Paging.request(request, limit, cursor));
        Object body = switch (kind) {
            case TAG -> new TagPage(page.items().stream().map(LabelsApi::tag).toList(), Paging.next(request, page));
            case CATEGORY -> new CategoryPage(page.items().stream().map(LabelsApi::category).toList(),
                    Paging.next(request, page));
        };
        JsonReply.of(200, body).send(response);
    }

    private void create(UserId user, LabelKind kind, Input input, ServerResponse response) {
        Checked checked = Checked.of(input);
        Label created = labels.create(user, kind, checked.name(), checked.colour(), checked.priority(),
                checked.cadence());
        reply(201, created).withHeader("Location", "/v1/me/" + path(kind) + "/" + created.id().value())
                .send(response);
    }

    private void get(UserId user, LabelKind kind, String id, ServerResponse response) {
        reply(200, labels.get(user, kind, Wire.itemId(id))).send(response);
    }

    private void replace(UserId user, LabelKind kind, String id, String ifMatch, Input input, ServerResponse response) {
        Checked checked = Checked.of(input);
        reply(200, labels.replace(user, kind, Wire.itemId(id), ETags.ifMatch(ifMatch), checked.name(),
                checked.colour(), checked.priority(), checked.cadence())).send(response);
    }

    private void delete(UserId user, LabelKind kind, String id, ServerResponse response) {
        labels.delete(user, kind, Wire.itemId(id));
        response.status(Status.NO_CONTENT_204).send();
    }

    private static String path(LabelKind kind) {
        return switch (kind) {
            case TAG -> "tags";
            case CATEGORY -> "categories";
        };
    }

    private static JsonReply reply(int status, Label label) {
        Object body = switch (label.kind()) {
            case TAG -> tag(label);
            case CATEGORY -> category(label);
        };
        return ETags.tagged(JsonReply.of(status, body), label.version());
    }

    private static Tag tag(Label label) {
        return new Tag(label.id().value(), label.name().value(), label.colour().hex(), Wire.utc(label.createdAt()),
                Wire.utc(label.updatedAt()));
    }

    private static Category category(Label label) {
        return new Category(label.id().value(), label.name().value(), label.colour().hex(),
                label.priority().map(Priority::value).orElse(null),
                label.cadence().followUpAfterDays().orElse(null), label.cadence().maxFollowUps().orElse(null),
                label.cadence().keepInTouchDays().orElse(null), Wire.utc(label.createdAt()),
                Wire.utc(label.updatedAt()));
    }

    private record Checked(LabelName name, Colour colour, Optional<Priority> priority, Cadence cadence) {

        static Checked of(Input input) {
            FieldCollector fields = new FieldCollector();
            LabelName name = fields.field("/name", () -> new LabelName(input.name()));
            Colour colour = fields.field("/colour", () -> new Colour(input.colour()));
            Optional<Priority> priority = fields.field("/priority", () -> input.priority().map(Priority::new));
            fields.field("/followUpAfterDays", () -> new Cadence(input.followUpAfterDays(), Optional.empty(),
                    Optional.empty()));
            fields.field("/maxFollowUps", () -> new Cadence(Optional.empty(), input.maxFollowUps(), Optional.empty()));
            fields.field("/keepInTouchDays", () -> new Cadence(Optional.empty(), Optional.empty(),
                    input.keepInTouchDays()));
            fields.throwIfInvalid();
            return new Checked(name, colour, priority, new Cadence(input.followUpAfterDays(), input.maxFollowUps(),
                    input.keepInTouchDays()));
        }
    }
}
