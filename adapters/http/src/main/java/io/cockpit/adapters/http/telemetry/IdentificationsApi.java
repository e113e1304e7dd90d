package io.cockpit.adapters.http.telemetry;

import io.cockpit.adapters.http.HttpRoutes;
import io.cockpit.adapters.http.handler.FieldCollector;
import io.cockpit.adapters.http.handler.JsonReply;
import io.cockpit.adapters.http.handler.Wire;
import io.cockpit.adapters.http.pipeline.Callers;
import io.cockpit.api.OperatorIdentificationsService;
import io.cockpit.api.model.ContractStatus;
import io.cockpit.api.model.Identification;
import io.cockpit.api.model.IdentificationAccount;
import io.cockpit.api.model.IdentificationReason;
import io.cockpit.api.model.IdentificationRequest;
import io.cockpit.application.port.in.telemetry.IdentifyTrackingIdUseCase;
import io.cockpit.application.port.in.telemetry.IdentifyTrackingIdUseCase.Identified;
import io.cockpit.domain.account.Account;
import io.cockpit.domain.account.TrackingId;
import io.cockpit.domain.privacy.RequestNote;
import io.cockpit.domain.shared.ErrorCode;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;

import java.util.Map;
import java.util.Optional;

/** The operator ties a Tracking-ID to its account ({@code operatorAuth}); the use case audits every attempt. */
public final class IdentificationsApi extends OperatorIdentificationsService {

    private final IdentifyTrackingIdUseCase identify;

    private IdentificationsApi(IdentifyTrackingIdUseCase identify) {
        this.identify = identify;
    }

    public static HttpRoutes routes(IdentifyTrackingIdUseCase identify) {
        return new HttpRoutes(PATH_PREFIX, new IdentificationsApi(identify));
    }

    @Override
    protected void handleIdentifyTrackingId(ServerRequest request, ServerResponse response,
                                            IdentificationRequest body) {
        FieldCollector fields = new FieldCollector();
        TrackingId trackingId = fields.field("/trackingId", () -> new TrackingId(body.getTrackingId()));
        Optional<RequestNote> note = Optional.ofNullable(body.getNote())
                .map(text -> fields.field("/note", () -> new RequestNote(text)));
        fields.throwIfInvalid();
        Identified identified = FieldCollector.refusalsOfFields(
                Map.of(ErrorCode.IDENTIFICATION_NOTE_REQUIRED, "/note"),
                () -> identify.identify(Callers.operator(request).value(), trackingId,
                        io.cockpit.domain.telemetry.IdentificationReason.fromWireName(body.getReason().getValue()),
                        note));
        JsonReply.of(201, toDto(identified)).send(response);
    }

    private static Identification toDto(Identified identified) {
        io.cockpit.domain.telemetry.Identification identification = identified.identification();
        Account account = identified.account();
        return new Identification(identification.id().value(), identification.trackingId().value(),
                IdentificationReason.fromValue(identification.reason().wireName()),
                identification.note().map(RequestNote::value).orElse(null), identification.operator(),
                Wire.utc(identification.identifiedAt()),
                new IdentificationAccount(account.userId().value(), account.name().value(), account.email().value(),
                        ContractStatus.fromValue(account.contract().status().wireName())));
    }
}
