package io.cockpit.adapters.http.pipeline;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.cockpit.adapters.http.problem.HttpErrorCode;
import io.cockpit.adapters.http.problem.ProblemCatalog;
import io.cockpit.adapters.http.problem.ProblemDocument;
import io.cockpit.adapters.http.problem.ProblemException;
import io.cockpit.adapters.http.problem.Problems;
import io.cockpit.application.port.in.telemetry.ReportErrorUseCase;
import io.cockpit.application.port.out.shared.StoreUnavailable;
import io.cockpit.domain.access.AuthErrors;
import io.cockpit.domain.account.UserId;
import io.cockpit.domain.shared.DomainException;
import io.cockpit.domain.shared.ErrorCode;
import io.cockpit.domain.shared.ErrorKind;
import io.helidon.common.buffers.DataReader;
import io.helidon.http.HeaderNames;
import io.helidon.http.HttpException;
import io.helidon.http.Status;
import io.helidon.webserver.http.ErrorHandler;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;

import java.lang.System.Logger.Level;
import java.lang.System.Logger;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The one place where every failure becomes an RFC 9457 problem: HTTP-layer problems as they are, domain refusals
 * by their kind, and anything unexpected as a 500 that hides the cause (logged with the request id).
 */
public final class ErrorMapping implements ErrorHandler<Throwable> {

    private static final Logger LOG = System.getLogger(ErrorMapping.class.getName());
    private static final StoreWarnings STORE_WARNINGS = new StoreWarnings(LOG, Clock.systemUTC(), System::nanoTime);

    private final ReportErrorUseCase errors;

    /** @param errors told about every 500 (it decides, by the user's switches, whether a report leaves) */
    public ErrorMapping(ReportErrorUseCase errors) {
        this.errors = errors;
    }

    @Override
    public void handle(ServerRequest request, ServerResponse response, Throwable failure) {
        ProblemException problem = toProblem(failure, request);
        if (reported(failure, problem.status())) {
            report(request, failure, problem.status());
        }
        Map<String, Object> extensions = new LinkedHashMap<>(
                failure instanceof DomainException domain ? domain.details() : Map.of());
        extensions.remove(AuthErrors.RETRY_AFTER_SECONDS);
        String instance = RequestInfo.of(request).map(info -> "urn:cockpit:request:" + info.requestId()).orElse(null);
        write(request, response, problem, instance, extensions);
    }

    /**
     * Every 5xx is reported, except {@code server.busy}: a sign-in refused because every hashing slot was taken is the
     * server shedding load as designed (counted as {@code cockpit_password_hash_refusals_total}), not a defect, and a
     * storm of them must not cost a scrubbed stack trace in the log (or a Sentry event) each. Nor is a store that did
     * not answer: every request waiting for it fails alike, the readiness check says which store, and the log has
     * one line for it every {@link StoreWarnings#EVERY}.
     */
    static boolean reported(Throwable failure, int status) {
        return status >= 500
                && !(failure instanceof DomainException domain && domain.error() == ErrorCode.SERVER_BUSY)
                && !(failure instanceof StoreUnavailable);
    }

    /** Hands the failure to error reporting with the route template and request id, never the path or query. */
    private void report(ServerRequest request, Throwable failure, int status) {
        Optional<RequestInfo> info = RequestInfo.of(request);
        Map<String, String> tags = new LinkedHashMap<>();
        tags.put("method", request.prologue().method().text());
        tags.put("route", info.flatMap(RequestInfo::match).map(match -> match.operation().pathTemplate())
                .orElse("(unmatched)"));
        tags.put("status", Integer.toString(status));
        info.ifPresent(i -> tags.put("request_id", i.requestId()));
        Optional<UserId> user = info.flatMap(RequestInfo::caller).filter(Caller.User.class::isInstance)
                .map(caller -> ((Caller.User) caller).userId());
        try {
            errors.requestFailed(failure, tags, user);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "error report not handed over: " + e.getClass().getSimpleName());
        }
    }

    /** The problem as the answer to {@code request}: to a HEAD, its headers only. */
    public static void write(ServerRequest request, ServerResponse response, ProblemException problem,
                             String instance, Map<String, Object> extensions) {
        if (response.isSent()) {
            return;
        }
        byte[] body = ProblemDocument.render(problem, instance, extensions);
        response.status(problem.httpStatus());
        problem.headers().forEach(response::header);
        response.header(HeaderNames.CONTENT_TYPE, "application/problem+json");
        response.header(HeaderNames.CACHE_CONTROL, "no-store");
        HeadRequests.send(request, response, body);
    }

    private static ProblemException toProblem(Throwable failure, ServerRequest request) {
        if (failure instanceof ProblemException problem) {
            return problem;
        }
        if (failure instanceof DomainException domain) {
            return fromDomain(domain, realm(request));
        }
        if (failure instanceof StoreUnavailable away) {
            STORE_WARNINGS.note(away);
            return Problems.storeUnavailable();
        }
        if (endedEarly(failure)) {
            return Problems.malformed("The body ended before its announced length, or its chunked framing is broken.");
        }
        if (failure instanceof JsonProcessingException || failure.getCause() instanceof JsonProcessingException) {
            return Problems.malformed("The body is not valid JSON.");
        }
        if (failure instanceof jakarta.validation.ValidationException
                || failure instanceof NumberFormatException
                || failure instanceof java.time.format.DateTimeParseException) {
            // the generated handlers' own checks; the contract filter runs first, so this means a gap in it
            return new ProblemException(HttpErrorCode.REQUEST_INVALID_PARAMETER, "Invalid parameter",
                    "A parameter breaks the contract.");
        }
        if (failure instanceof HttpException http && http.status().code() < 500) {
            return ProblemException.withStatus(HttpErrorCode.REQUEST_REJECTED, http.status().code(),
                    http.status().reasonPhrase(), "The request was rejected.");
        }
        String requestId = RequestInfo.of(request).map(RequestInfo::requestId).orElse("unknown");
        LOG.log(Level.ERROR, "request " + requestId + " failed", failure);
        return Problems.internalError();
    }

    /**
     * The client closed its side before sending the whole body it announced, or broke the chunked framing (a line
     * ending in a bare LF): its mistake, not the server's. Helidon's reader throws these for the request only.
     */
    private static boolean endedEarly(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof DataReader.InsufficientDataAvailableException
                    || cause instanceof DataReader.IncorrectNewLineException) {
                return true;
            }
        }
        return false;
    }

    /** The security scheme a 401 names: the matched operation's first, else the session's. */
    private static String realm(ServerRequest request) {
        return RequestInfo.of(request).flatMap(RequestInfo::match)
                .flatMap(match -> match.operation().securitySchemes().stream().findFirst())
                .orElse("sessionAuth");
    }

    private static ProblemException fromDomain(DomainException domain, String realm) {
        Map<String, String> headers = new LinkedHashMap<>();
        Object retryAfter = domain.details().get(AuthErrors.RETRY_AFTER_SECONDS);
        if (retryAfter != null) {
            headers.put("Retry-After", retryAfter.toString());
        }
        if (domain.kind() == ErrorKind.UNAUTHENTICATED) {
            headers.put("WWW-Authenticate", "Bearer realm=\"" + realm + "\"");
        }
        String title = Status.create(ProblemCatalog.status(domain.kind())).reasonPhrase();
        return ProblemException.refusal(domain.error(), title, domain.getMessage(), headers);
    }
}
