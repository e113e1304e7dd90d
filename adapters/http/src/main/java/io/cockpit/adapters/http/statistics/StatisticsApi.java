package io.cockpit.adapters.http.statistics;

import io.cockpit.adapters.http.HttpRoutes;
import io.cockpit.adapters.http.handler.IdempotentWrites;
import io.cockpit.adapters.http.handler.JsonReply;
import io.cockpit.adapters.http.handler.ParameterValues;
import io.cockpit.adapters.http.pipeline.Callers;
import io.cockpit.adapters.http.problem.HttpErrorCode;
import io.cockpit.adapters.http.problem.ProblemException;
import io.cockpit.api.MeStatisticsService;
import io.cockpit.api.model.StatisticsBatch;
import io.cockpit.application.port.in.shared.IdempotentRequestsUseCase;
import io.cockpit.application.port.in.statistics.RecordStatisticsUseCase;
import io.cockpit.application.port.in.statistics.StatisticsQuery;
import io.cockpit.application.port.out.statistics.StatisticsStoreUnavailable;
import io.cockpit.domain.account.UserId;
import io.cockpit.domain.settings.StatisticsAction;
import io.cockpit.domain.statistics.ActionEvent;
import io.cockpit.domain.statistics.Activity;
import io.cockpit.domain.statistics.ActivityInterval;
import io.cockpit.domain.statistics.DayRange;
import io.cockpit.domain.statistics.SummaryPeriod;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * {@code /v1/me/statistics}: the intake of actions and time spent, and the user's days, today and summaries. The
 * Statistics-ID never appears in an answer.
 */
public final class StatisticsApi extends MeStatisticsService {

    private final RecordStatisticsUseCase intake;
    private final StatisticsQuery statistics;
    private final IdempotentWrites idempotentWrites;

    private StatisticsApi(RecordStatisticsUseCase intake, StatisticsQuery statistics,
                          IdempotentWrites idempotentWrites) {
        this.intake = intake;
        this.statistics = statistics;
        this.idempotentWrites = idempotentWrites;
    }

    public static HttpRoutes routes(RecordStatisticsUseCase intake, StatisticsQuery statistics,
                                    IdempotentRequestsUseCase idempotency) {
        return new HttpRoutes(PATH_PREFIX, new StatisticsApi(intake, statistics, new IdempotentWrites(idempotency)));
    }

    @Override
    protected void handleRecordStatistics(ServerRequest request, ServerResponse response, StatisticsBatch body,
                                          Optional<String> idempotencyKey) {
        UserId user = Callers.user(request);
        idempotentWrites.run(request, "statistics:" + user.value(), idempotencyKey, body, () ->
                JsonReply.of(202, StatisticsWire.intakeResult(intake.record(user, batch(body))))).send(response);
    }

    private static io.cockpit.domain.statistics.StatisticsBatch batch(StatisticsBatch body) {
        List<ActionEvent> events = body.getEvents() == null ? List.of() : body.getEvents().stream()
                .map(e -> new ActionEvent(StatisticsAction.fromWireName(e.getAction().getValue()),
                        e.getOccurredAt().toInstant()))
                .toList();
        List<ActivityInterval> intervals = body.getIntervals() == null ? List.of() : body.getIntervals().stream()
                .map(i -> new ActivityInterval(Activity.fromWireName(i.getActivity().getValue()),
                        i.getStartedAt().toInstant(), i.getEndedAt().toInstant()))
                .toList();
        return new io.cockpit.domain.statistics.StatisticsBatch(events, intervals);
    }

    @Override
    protected void handleGetDailyStatistics(ServerRequest request, ServerResponse response, LocalDate from,
                                            LocalDate to) {
        // a range that starts too early is the first day's fault; any other the last day's
        DayRange range = ParameterValues.parse("query", from.isBefore(DayRange.FIRST_DAY) ? "from" : "to",
                () -> new DayRange(from, to));
        StatisticsQuery.Days days = whileAvailable(() -> statistics.daily(Callers.user(request), range));
        new JsonReply(200, Map.of(), DailyWire.bytes(days)).send(response);
    }

    @Override
    protected void handleGetTodayStatistics(ServerRequest request, ServerResponse response) {
        JsonReply.of(200, StatisticsWire.today(whileAvailable(() -> statistics.today(Callers.user(request)))))
                .send(response);
    }

    @Override
    protected void handleGetStatisticsSummary(ServerRequest request, ServerResponse response, String period) {
        SummaryPeriod chosen = SummaryPeriod.fromWireName(period);
        JsonReply.of(200, StatisticsWire.summary(whileAvailable(() -> statistics.summary(Callers.user(request),
                chosen)))).send(response);
    }

    /** A statistics database that does not answer is a 503 the client may retry, not a failure of the server. */
    private static <T> T whileAvailable(Supplier<T> read) {
        try {
            return read.get();
        } catch (StatisticsStoreUnavailable away) {
            throw new ProblemException(HttpErrorCode.SERVER_UNAVAILABLE, "Statistics unavailable",
                    "The statistics database does not answer right now. Try again in a moment.", List.of(),
                    Map.of("Retry-After", "30"));
        }
    }
}
