package io.cockpit.adapters.http.telemetry;

import io.cockpit.adapters.http.HttpRoutes;
import io.cockpit.adapters.http.handler.JsonReply;
import io.cockpit.adapters.http.handler.Paging;
import io.cockpit.adapters.http.handler.Wire;
import io.cockpit.adapters.http.pipeline.Callers;
import io.cockpit.api.MeTelemetryService;
import io.cockpit.api.model.AnalyticsEventBatch;
import io.cockpit.api.model.AnalyticsEventInput;
import io.cockpit.api.model.AnalyticsEventsReceipt;
import io.cockpit.api.model.IdentificationReason;
import io.cockpit.api.model.MyIdentification;
import io.cockpit.api.model.MyIdentificationPage;
import io.cockpit.application.paging.Page;
import io.cockpit.application.port.in.telemetry.MyIdentificationsQuery;
import io.cockpit.application.port.in.telemetry.RecordAppEventsUseCase;
import io.cockpit.application.port.in.telemetry.RecordAppEventsUseCase.AppEvent;
import io.cockpit.domain.telemetry.Identification;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The apps' product events and the user's list of identifications ({@code sessionAuth}). */
public final class MyTelemetryApi extends MeTelemetryService {

    private final RecordAppEventsUseCase events;
    private final MyIdentificationsQuery identifications;

    private MyTelemetryApi(RecordAppEventsUseCase events, MyIdentificationsQuery identifications) {
        this.events = events;
        this.identifications = identifications;
    }

    public static HttpRoutes routes(RecordAppEventsUseCase events, MyIdentificationsQuery identifications) {
        return new HttpRoutes(PATH_PREFIX, new MyTelemetryApi(events, identifications));
    }

    @Override
    protected void handleRecordAnalyticsEvents(ServerRequest request, ServerResponse response,
                                               AnalyticsEventBatch batch) {
        List<AppEvent> reported = batch.getEvents().stream().map(MyTelemetryApi::toAppEvent).toList();
        RecordAppEventsUseCase.Receipt receipt = events.record(Callers.user(request), reported);
        JsonReply.of(202, new AnalyticsEventsReceipt(receipt.accepted(), receipt.dropped())).send(response);
    }

    private static AppEvent toAppEvent(AnalyticsEventInput input) {
        Map<String, Object> properties = input.getProperties() == null ? Map.of() : input.getProperties();
        return new AppEvent(input.getEvent(), input.getOccurredAt().toInstant(), properties);
    }

    @Override
    protected void handleListMyIdentifications(ServerRequest request, ServerResponse response,
                                               Optional<Integer> limit, Optional<String> cursor) {
        Page<Identification> page = identifications.identifications(Callers.user(request),
                Paging.request(request, limit, cursor));
        JsonReply.of(200, new MyIdentificationPage(page.items().stream().map(MyTelemetryApi::toDto).toList(),
                Paging.next(request, page))).send(response);
    }

    private static MyIdentification toDto(Identification identification) {
        return new MyIdentification(identification.id().value(), Wire.utc(identification.identifiedAt()),
                IdentificationReason.fromValue(identification.reason().wireName()), identification.operator());
    }
}
