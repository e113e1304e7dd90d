package io.cockpit.adapters.http.settings;

import com.fasterxml.jackson.core.type.TypeReference;
import io.cockpit.adapters.http.handler.ETags;
import io.cockpit.adapters.http.handler.FieldCollector;
import io.cockpit.adapters.http.handler.JsonReply;
import io.cockpit.adapters.http.json.Json;
import io.cockpit.adapters.http.HttpRoutes;
import io.cockpit.adapters.http.pipeline.Callers;
import io.cockpit.api.MeSettingsService;
import io.cockpit.api.model.Settings;
import io.cockpit.application.port.in.settings.SettingsUseCase;
import io.cockpit.domain.account.UserId;
import io.cockpit.domain.recommendation.Reason;
import io.cockpit.domain.settings.DailyGoals;
import io.cockpit.domain.settings.DefaultTemplates;
import io.cockpit.domain.shared.ItemId;
import io.cockpit.domain.shared.Language;
import io.cockpit.domain.settings.StatisticsAction;
import io.cockpit.domain.settings.TimeZoneName;
import io.cockpit.domain.settings.UserSettings;
import io.cockpit.domain.shared.Versioned;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;

import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;

/** {@code GET|PUT /v1/me/settings}, with the version as ETag and If-Match. */
public final class SettingsApi extends MeSettingsService {

    private static final TypeReference<Map<String, Integer>> GOALS = new TypeReference<>() {
    };

    private static final TypeReference<Map<String, String>> TEMPLATES = new TypeReference<>() {
    };

    private final SettingsUseCase settings;

    private SettingsApi(SettingsUseCase settings) {
        this.settings = settings;
    }

    public static HttpRoutes routes(SettingsUseCase settings) {
        return new HttpRoutes(PATH_PREFIX, new SettingsApi(settings));
    }

    @Override
    protected void handleGetSettings(ServerRequest request, ServerResponse response) {
        reply(settings.settings(Callers.user(request))).send(response);
    }

    @Override
    protected void handleReplaceSettings(ServerRequest request, ServerResponse response, String ifMatch, Settings body) {
        UserId user = Callers.user(request);
        FieldCollector fields = new FieldCollector();
        Language language = fields.field("/language", () -> Language.fromCode(body.getLanguage().getValue()));
        TimeZoneName timeZone = fields.field("/timeZone", () -> new TimeZoneName(body.getTimeZone()));
        DailyGoals goals = fields.field("/dailyGoals", () -> goals(body.getDailyGoals()));
        DefaultTemplates templates = fields.field("/defaultTemplates", () -> body.getDefaultTemplates() == null
                ? settings.settings(user).value().defaultTemplates()
                : templates(body.getDefaultTemplates()));
        fields.throwIfInvalid();
        reply(settings.replace(user, ETags.ifMatch(ifMatch), new UserSettings(language, timeZone, goals, templates)))
                .send(response);
    }

    private static JsonReply reply(Versioned<UserSettings> saved) {
        UserSettings value = saved.value();
        Map<String, Integer> goals = new LinkedHashMap<>();
        value.dailyGoals().targets().forEach((action, target) -> goals.put(action.wireName(), target));
        Map<String, String> templates = new LinkedHashMap<>();
        value.defaultTemplates().byReason().forEach((reason, template) -> templates.put(reason.wireName(),
                template.value()));
        Settings dto = new Settings(Settings.LanguageEnum.fromValue(value.language().code()), value.timeZone().value(),
                Json.mapper().convertValue(goals, io.cockpit.api.model.DailyGoals.class),
                Json.mapper().convertValue(templates, io.cockpit.api.model.DefaultTemplates.class));
        return ETags.tagged(JsonReply.of(200, dto), saved.version());
    }

    /** The DTO's properties are the reasons' wire names. */
    private static DefaultTemplates templates(io.cockpit.api.model.DefaultTemplates dto) {
        Map<Reason, ItemId> byReason = new EnumMap<>(Reason.class);
        Json.mapper().convertValue(dto, TEMPLATES).forEach((reason, template) -> {
            if (template != null) {
                byReason.put(Reason.fromWireName(reason), new ItemId(template));
            }
        });
        return new DefaultTemplates(byReason);
    }

    /** The DTO's properties are the actions' wire names, so the mapping follows the domain's list of actions. */
    private static DailyGoals goals(io.cockpit.api.model.DailyGoals dto) {
        Map<StatisticsAction, Integer> targets = new EnumMap<>(StatisticsAction.class);
        Json.mapper().convertValue(dto, GOALS).forEach((action, target) -> {
            if (target != null) {
                targets.put(StatisticsAction.fromWireName(action), target);
            }
        });
        return new DailyGoals(targets);
    }
}
