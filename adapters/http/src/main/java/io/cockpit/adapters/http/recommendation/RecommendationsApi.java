package io.cockpit.adapters.http.recommendation;

import io.cockpit.adapters.http.HttpRoutes;
import io.cockpit.adapters.http.handler.FieldCollector;
import io.cockpit.adapters.http.handler.JsonReply;
import io.cockpit.adapters.http.handler.Wire;
import io.cockpit.adapters.http.pipeline.Callers;
import io.cockpit.api.MeRecommendationsService;
import io.cockpit.api.model.DismissInput;
import io.cockpit.api.model.NextContactDismissal;
import io.cockpit.api.model.NextContactList;
import io.cockpit.api.model.NextContactSnooze;
import io.cockpit.api.model.RecommendationReasonCode;
import io.cockpit.api.model.SnoozeInput;
import io.cockpit.api.model.StatisticsAction;
import io.cockpit.api.model.TodayAction;
import io.cockpit.api.model.TodayProgress;
import io.cockpit.application.port.in.recommendation.NextContactsQuery;
import io.cockpit.application.port.in.recommendation.RecommendationFeedbackUseCase;
import io.cockpit.application.port.in.recommendation.TodayQuery;
import io.cockpit.domain.recommendation.Dismissal;
import io.cockpit.domain.recommendation.Reason;
import io.cockpit.domain.recommendation.Snooze;
import io.helidon.http.Status;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;

import java.util.Optional;

/** {@code /v1/me/next-contacts} (with snooze and dismiss) and {@code /v1/me/today}. */
public final class RecommendationsApi extends MeRecommendationsService {

    private final NextContactsQuery nextContacts;
    private final RecommendationFeedbackUseCase feedback;
    private final TodayQuery today;

    private RecommendationsApi(NextContactsQuery nextContacts, RecommendationFeedbackUseCase feedback,
                               TodayQuery today) {
        this.nextContacts = nextContacts;
        this.feedback = feedback;
        this.today = today;
    }

    public static HttpRoutes routes(NextContactsQuery nextContacts, RecommendationFeedbackUseCase feedback,
                                    TodayQuery today) {
        return new HttpRoutes(PATH_PREFIX, new RecommendationsApi(nextContacts, feedback, today));
    }

    @Override
    protected void handleListNextContacts(ServerRequest request, ServerResponse response, Optional<Integer> limit) {
        NextContactsQuery.NextContacts found = nextContacts.nextContacts(Callers.user(request),
                limit.orElse(NextContactsQuery.DEFAULT_LIMIT));
        JsonReply.of(200, new NextContactList(found.items().stream()
                .map(item -> NextContactDto.of(item, found.language())).toList())).send(response);
    }

    @Override
    protected void handleSnoozeNextContact(ServerRequest request, ServerResponse response, String contactId,
                                           SnoozeInput body) {
        Snooze snooze = FieldCollector.forField("/until", () -> feedback.snooze(Callers.user(request),
                Wire.itemId(contactId), body.getUntil().toInstant()));
        JsonReply.of(200, new NextContactSnooze(snooze.contactId().value(), Wire.utc(snooze.until()))).send(response);
    }

    @Override
    protected void handleUnsnoozeNextContact(ServerRequest request, ServerResponse response, String contactId) {
        feedback.unsnooze(Callers.user(request), Wire.itemId(contactId));
        response.status(Status.NO_CONTENT_204).send();
    }

    @Override
    protected void handleDismissNextContact(ServerRequest request, ServerResponse response, String contactId,
                                            DismissInput body) {
        Dismissal dismissal = feedback.dismiss(Callers.user(request), Wire.itemId(contactId),
                Reason.fromWireName(body.getReason().getValue()));
        JsonReply.of(200, new NextContactDismissal(dismissal.contactId().value(),
                RecommendationReasonCode.fromValue(dismissal.reason().wireName()), Wire.utc(dismissal.dismissedAt())))
                .send(response);
    }

    @Override
    protected void handleGetToday(ServerRequest request, ServerResponse response) {
        io.cockpit.domain.settings.TodayProgress progress = today.today(Callers.user(request));
        JsonReply.of(200, new TodayProgress(progress.day().date(), progress.day().zone().getId(),
                Wire.utc(progress.day().start()), Wire.utc(progress.day().end()), progress.statisticsIncluded(),
                progress.actions().stream().map(a -> new TodayAction(
                        StatisticsAction.fromValue(a.action().wireName()), a.done(), a.goal().orElse(null),
                        a.remaining().orElse(null), TodayAction.SourceEnum.fromValue(a.source().wireName())))
                        .toList())).send(response);
    }
}
