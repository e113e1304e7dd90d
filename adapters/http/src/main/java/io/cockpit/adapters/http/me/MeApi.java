package io.cockpit.adapters.http.me;

import io.cockpit.adapters.http.handler.FieldCollector;
import io.cockpit.adapters.http.handler.JsonReply;
import io.cockpit.adapters.http.pipeline.Caller;
import io.cockpit.adapters.http.pipeline.RequestInfo;
import io.cockpit.api.MeService;
import io.cockpit.api.model.CategoryInput;
import io.cockpit.api.model.ContractStatus;
import io.cockpit.api.model.MessageTemplateInput;
import io.cockpit.api.model.MyAccount;
import io.cockpit.api.model.Notice;
import io.cockpit.api.model.PasswordChange;
import io.cockpit.api.model.PrivacySwitches;
import io.cockpit.api.model.Settings;
import io.cockpit.api.model.TagInput;
import io.cockpit.api.model.TemplatePreviewRequest;
import io.cockpit.application.port.in.ChangePasswordUseCase;
import io.cockpit.application.port.in.MyAccountQuery;
import io.cockpit.domain.account.Account;
import io.cockpit.domain.account.UserId;
import io.cockpit.domain.label.LabelKind;
import io.helidon.http.Status;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;

import java.util.Optional;

/**
 * Everything under /v1/me, for the signed-in user only: every call is scoped to the caller's User-ID, and another
 * user's items are 404. The work is done by one small endpoint class per topic.
 */
public final class MeApi extends MeService {

    private final MyAccountQuery myAccount;
    private final ChangePasswordUseCase passwords;
    private final SettingsEndpoints settings;
    private final PrivacyEndpoints privacy;
    private final TemplateEndpoints templates;
    private final LabelEndpoints labels;

    public MeApi(MyAccountQuery myAccount, ChangePasswordUseCase passwords, SettingsEndpoints settings,
                 PrivacyEndpoints privacy, TemplateEndpoints templates, LabelEndpoints labels) {
        this.myAccount = myAccount;
        this.passwords = passwords;
        this.settings = settings;
        this.privacy = privacy;
        this.templates = templates;
        this.labels = labels;
    }

    static UserId user(ServerRequest request) {
        return RequestInfo.require(request).caller(Caller.User.class).userId();
    }

    @Override
    protected void handleGetMyAccount(ServerRequest request, ServerResponse response) {
        MyAccountQuery.MyAccount mine = myAccount.myAccount(user(request));
        Account account = mine.account();
        JsonReply.of(200, new MyAccount(account.userId().value(), account.trackingId().value(), account.email().value(),
                account.name().value(), ContractStatus.fromValue(account.contract().status().wireName()),
                mine.notices().stream().map(n -> new Notice(Notice.CodeEnum.fromValue(n.code()), n.text())).toList()))
                .send(response);
    }

    @Override
    protected void handleChangePassword(ServerRequest request, ServerResponse response, PasswordChange body) {
        RequestInfo info = RequestInfo.require(request);
        Caller.User user = info.caller(Caller.User.class);
        FieldCollector.forField("/newPassword", () -> {
            passwords.change(user.userId(), user.sessionId(), body.getCurrentPassword(), body.getNewPassword(),
                    info.client());
            return null;
        });
        response.status(Status.NO_CONTENT_204).send();
    }

    @Override
    protected void handleGetSettings(ServerRequest request, ServerResponse response) {
        settings.get(user(request), response);
    }

    @Override
    protected void handleReplaceSettings(ServerRequest request, ServerResponse response, String ifMatch, Settings body) {
        settings.replace(user(request), ifMatch, body, response);
    }

    @Override
    protected void handleGetPrivacy(ServerRequest request, ServerResponse response) {
        privacy.get(user(request), response);
    }

    @Override
    protected void handleReplacePrivacy(ServerRequest request, ServerResponse response, String ifMatch,
                                        PrivacySwitches body) {
        privacy.replace(user(request), ifMatch, body, response);
    }

    @Override
    protected void handleListConsents(ServerRequest request, ServerResponse response, Optional<Integer> limit,
                                      Optional<String> cursor) {
        privacy.consents(user(request), limit, cursor, response);
    }

    @Override
    protected void handleListTemplates(ServerRequest request, ServerResponse response, Optional<Integer> limit,
                                       Optional<String> cursor) {
        templates.list(user(request), limit, cursor, response);
    }

    @Override
    protected void handleCreateTemplate(ServerRequest request, ServerResponse response, MessageTemplateInput body) {
        templates.create(user(request), body, response);
    }

    @Override
    protected void handleGetTemplate(ServerRequest request, ServerResponse response, String templateId) {
        templates.get(user(request), templateId, response);
    }

    @Override
    protected void handleReplaceTemplate(ServerRequest request, ServerResponse response, String templateId,
                                         String ifMatch, MessageTemplateInput body) {
        templates.replace(user(request), templateId, ifMatch, body, response);
    }

    @Override
    protected void handleDeleteTemplate(ServerRequest request, ServerResponse response, String templateId) {
        templates.delete(user(request), templateId, response);
    }

    @Override
    protected void handlePreviewTemplate(ServerRequest request, ServerResponse response, String templateId,
                                         TemplatePreviewRequest body) {
        templates.preview(user(request), templateId, body, response);
    }

    @Override
    protected void handleListTags(ServerRequest request, ServerResponse response, Optional<Integer> limit,
                                  Optional<String> cursor) {
        labels.list(user(request), LabelKind.TAG, limit, cursor, response);
    }

    @Override
    protected void handleCreateTag(ServerRequest request, ServerResponse response, TagInput body) {
        labels.create(user(request), LabelKind.TAG, LabelEndpoints.input(body), response);
    }

    @Override
    protected void handleGetTag(ServerRequest request, ServerResponse response, String tagId) {
        labels.get(user(request), LabelKind.TAG, tagId, response);
    }

    @Override
    protected void handleReplaceTag(ServerRequest request, ServerResponse response, String tagId, String ifMatch,
                                    TagInput body) {
        labels.replace(user(request), LabelKind.TAG, tagId, ifMatch, LabelEndpoints.input(body), response);
    }

    @Override
    protected void handleDeleteTag(ServerRequest request, ServerResponse response, String tagId) {
        labels.delete(user(request), LabelKind.TAG, tagId, response);
    }

    @Override
    protected void handleListCategories(ServerRequest request, ServerResponse response, Optional<Integer> limit,
                                        Optional<String> cursor) {
        labels.list(user(request), LabelKind.CATEGORY, limit, cursor, response);
    }

    @Override
    protected void handleCreateCategory(ServerRequest request, ServerResponse response, CategoryInput body) {
        labels.create(user(request), LabelKind.CATEGORY, LabelEndpoints.input(body), response);
    }

    @Override
    protected void handleGetCategory(ServerRequest request, ServerResponse response, String categoryId) {
        labels.get(user(request), LabelKind.CATEGORY, categoryId, response);
    }

    @Override
    protected void handleReplaceCategory(ServerRequest request, ServerResponse response, String categoryId,
                                         String ifMatch, CategoryInput body) {
        labels.replace(user(request), LabelKind.CATEGORY, categoryId, ifMatch, LabelEndpoints.input(body), response);
    }

    @Override
    protected void handleDeleteCategory(ServerRequest request, ServerResponse response, String categoryId) {
        labels.delete(user(request), LabelKind.CATEGORY, categoryId, response);
    }
}
