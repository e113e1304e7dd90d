package io.cockpit.adapters.http.pipeline;

import io.cockpit.adapters.http.contract.ApiContract;
import io.cockpit.adapters.http.contract.ApiOperation;
import io.cockpit.adapters.http.contract.FieldViolation;
import io.cockpit.adapters.http.contract.ParameterValidator;
import io.cockpit.adapters.http.problem.Problems;
import io.helidon.http.HeaderNames;
import io.helidon.http.HttpMediaType;
import io.helidon.webserver.http.Filter;
import io.helidon.webserver.http.FilterChain;
import io.helidon.webserver.http.RoutingRequest;
import io.helidon.webserver.http.RoutingResponse;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Holds every request to the contract before it reaches a handler, in this order: path and query must be
 * percent-encoded UTF-8 (400), the path and method must exist (HEAD where GET does)
 * (404, 405), the caller must satisfy the operation's security scheme (401), the parameters their schemas (400), a
 * declared body length must fit the operation's limit (413: 1 MiB, a document 10 MiB; before anything is read), and
 * a body must come as a media type the operation takes (415) when it is required (400). Bodies are validated against
 * their schema when they are read ({@link ContractJsonSupport}, which also stops a chunked JSON body at 1 MiB), and
 * must have arrived within {@code bodyDeadline} of the request's start (408, {@link BodyDeadline}).
 */
public final class ContractFilter implements Filter {

    private final ApiContract contract;
    private final String listener;
    private final Map<String, Authenticator> authenticators;
    private final Duration bodyDeadline;

    /**
     * @param listener     the operations this filter lets through: those of this listener ({@link ApiOperation#API})
     * @param bodyDeadline how long after the request's start its body may still be arriving
     */
    public ContractFilter(ApiContract contract, String listener, List<Authenticator> authenticators,
                          Duration bodyDeadline) {
        if (bodyDeadline.isNegative() || bodyDeadline.isZero()) {
            throw new IllegalArgumentException("the body deadline must be positive: " + bodyDeadline);
        }
        this.contract = contract;
        this.listener = listener;
        this.bodyDeadline = bodyDeadline;
        this.authenticators = authenticators.stream()
                .collect(Collectors.toUnmodifiableMap(Authenticator::scheme, Function.identity()));
        contract.operations().stream().filter(operation -> operation.listener().equals(listener))
                .flatMap(operation -> operation.securitySchemes().stream())
                .filter(scheme -> !this.authenticators.containsKey(scheme))
                .findFirst()
                .ifPresent(scheme -> {
                    throw new IllegalStateException("no authenticator for security scheme " + scheme);
                });
    }

    @Override
    public void filter(FilterChain chain, RoutingRequest request, RoutingResponse response) {
        RequestInfo info = RequestInfo.require(request);
        String method = request.prologue().method().text().toUpperCase(Locale.ROOT);
        // HEAD is GET without the body: the same operation, checks and handler (HeadRequests)
        String operationMethod = method.equals("HEAD") ? "GET" : method;
        String rawPath = request.path().rawPath();
        if (!StrictUtf8.isPercentEncodedUtf8(rawPath) || !StrictUtf8.isPercentEncodedUtf8(request.query().rawValue())) {
            throw Problems.malformed("The path or query is not percent-encoded UTF-8.");
        }
        ApiOperation.Match match = contract.match(listener, operationMethod, rawPath).orElseThrow(() -> {
            Set<String> allowed = new TreeSet<>(contract.methodsAt(listener, rawPath));
            if (allowed.contains("GET")) {
                allowed.add("HEAD");
            }
            return allowed.isEmpty() ? Problems.routeNotFound() : Problems.methodNotAllowed(allowed);
        });
        info.match(match);
        ApiOperation operation = match.operation();
        if (!operation.isPublic()) {
            info.caller(authenticate(operation, request));
        }
        List<FieldViolation> violations = ParameterValidator.validate(operation, match.pathParameters(),
                name -> request.query().first(name).asOptional(),
                name -> request.headers().first(HeaderNames.create(name)));
        if (!violations.isEmpty()) {
            throw Problems.invalidParameters(violations);
        }
        long declared = request.headers().contentLength().orElse(0);
        if (declared > operation.maxBodyBytes()) {
            throw Problems.tooLarge(operation.maxBodyBytes());
        }
        operation.body().ifPresent(body -> checkBody(method, body, request));
        // a body cut off by the deadline is left unread: CloseAfterAnswer ends the connection after the 408
        BodyDeadline.during(info.startNanos(), bodyDeadline, chain::proceed);
    }

    /** The first scheme whose credentials the request carries decides; the others are not tried with them. */
    private Caller authenticate(ApiOperation operation, RoutingRequest request) {
        String realm = operation.securitySchemes().getFirst();
        for (String scheme : operation.securitySchemes()) {
            Authenticator authenticator = authenticators.get(scheme);
            Optional<String> credentials = authenticator.credentials(request);
            if (credentials.isPresent()) {
                return authenticator.authenticate(credentials.get(), request)
                        .orElseThrow(() -> Problems.unauthenticated(realm, true));
            }
        }
        throw Problems.unauthenticated(realm, false);
    }

    private static void checkBody(String method, ApiOperation.Body body, RoutingRequest request) {
        if (!request.content().hasEntity()) {
            if (body.required()) {
                throw Problems.malformed(body.mediaTypes().contains("application/json")
                        ? "This operation needs a JSON body."
                        : "This operation needs a body: " + String.join(", ", body.mediaTypes()) + ".");
            }
            return;
        }
        Optional<HttpMediaType> contentType = request.headers().contentType();
        boolean accepted = contentType.isPresent()
                && body.mediaTypes().contains(contentType.get().mediaType().text().toLowerCase(Locale.ROOT))
                && contentType.get().charset().map(charset -> charset.equalsIgnoreCase("utf-8")).orElse(true);
        if (!accepted) {
            throw Problems.unsupportedMediaType(method, body.mediaTypes());
        }
    }
}
