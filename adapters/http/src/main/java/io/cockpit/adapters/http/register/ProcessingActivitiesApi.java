package io.cockpit.adapters.http.register;

import io.cockpit.adapters.http.HttpRoutes;
import io.cockpit.adapters.http.handler.JsonReply;
import io.cockpit.api.PrivacyRecordService;
import io.cockpit.api.model.ProcessingActivities;
import io.cockpit.domain.register.Register;
import io.cockpit.domain.shared.Language;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;

import java.util.Optional;

/**
 * {@code GET /v1/privacy/processing-activities}, public: the record of processing, rendered from the register the
 * running server assembled from its capabilities, in the language {@code Accept-Language} prefers.
 */
public final class ProcessingActivitiesApi extends PrivacyRecordService {

    private final Register register;

    private ProcessingActivitiesApi(Register register) {
        this.register = register;
    }

    /** @param register the register as assembled from every capability of the running server */
    public static HttpRoutes routes(Register register) {
        return new HttpRoutes(PATH_PREFIX, new ProcessingActivitiesApi(register));
    }

    @Override
    protected void handleGetProcessingActivities(ServerRequest request, ServerResponse response,
                                                 Optional<String> acceptLanguage) {
        Language language = PreferredLanguage.of(acceptLanguage);
        ProcessingActivities record = new ProcessingActivities(
                ProcessingActivities.LanguageEnum.fromValue(language.code()),
                register.categories().stream().map(c -> RecordOfProcessing.activity(c, language)).toList());
        JsonReply.of(200, record)
                .withHeader("Content-Language", language.code())
                .withHeader("Vary", "Accept-Language")
                .send(response);
    }
}
