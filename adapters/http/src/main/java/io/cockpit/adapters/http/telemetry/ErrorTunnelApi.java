package io.cockpit.adapters.http.telemetry;

import io.cockpit.adapters.http.HttpRoutes;
import io.cockpit.adapters.http.pipeline.BodyDeadline;
import io.cockpit.adapters.http.pipeline.Callers;
import io.cockpit.adapters.http.problem.HttpErrorCode;
import io.cockpit.adapters.http.problem.ProblemException;
import io.cockpit.api.TelemetryErrorsService;
import io.cockpit.application.port.in.telemetry.ForwardClientErrorsUseCase;
import io.helidon.http.Status;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * The error-report tunnel ({@code sessionAuth}): the envelope is read as bytes, at most
 * {@link ForwardClientErrorsUseCase#MAX_ENVELOPE_BYTES} of them, and handed over; the answer does not wait for the
 * permission check, the scrubbing or Sentry.
 */
public final class ErrorTunnelApi extends TelemetryErrorsService {

    private final ForwardClientErrorsUseCase tunnel;

    private ErrorTunnelApi(ForwardClientErrorsUseCase tunnel) {
        this.tunnel = tunnel;
    }

    public static HttpRoutes routes(ForwardClientErrorsUseCase tunnel) {
        return new HttpRoutes(PATH_PREFIX, new ErrorTunnelApi(tunnel));
    }

    /** Replaces the generated reading of the body as text, which would take it whole before any limit. */
    @Override
    protected void forwardClientErrors(ServerRequest request, ServerResponse response) {
        byte[] envelope = read(request);
        tunnel.forward(Callers.user(request), envelope);
        response.status(Status.ACCEPTED_202).send();
    }

    /** Never called: {@link #forwardClientErrors} reads the body itself. */
    @Override
    protected void handleForwardClientErrors(ServerRequest request, ServerResponse response, String body) {
        throw new IllegalStateException("the tunnel reads its body as bytes");
    }

    private static byte[] read(ServerRequest request) {
        int limit = ForwardClientErrorsUseCase.MAX_ENVELOPE_BYTES;
        try (InputStream body = BodyDeadline.guard(request.content().inputStream())) {
            byte[] envelope = body.readNBytes(limit + 1);
            if (envelope.length > limit) {
                throw new ProblemException(HttpErrorCode.TELEMETRY_ENVELOPE_TOO_LARGE, "Content too large",
                        "The envelope is larger than " + limit + " bytes.");
            }
            return envelope;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
