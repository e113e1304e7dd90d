package io.cockpit.adapters.http.pipeline;

import io.cockpit.domain.protection.IpAddress;
import io.cockpit.domain.protection.TrustedProxies;
import io.helidon.http.Header;
import io.helidon.http.HeaderName;
import io.helidon.http.HeaderNames;
import io.helidon.http.HeaderValues;
import io.helidon.webserver.http.Filter;
import io.helidon.webserver.http.FilterChain;
import io.helidon.webserver.http.RoutingRequest;
import io.helidon.webserver.http.RoutingResponse;
import io.helidon.webserver.http.ServerRequest;

import java.net.InetSocketAddress;
import java.util.Locale;
import java.util.Optional;

/**
 * Headers every answer carries, set before anything can fail so that problems have them too:
 * {@code X-Content-Type-Options: nosniff} (a browser never guesses a type we did not send), and
 * {@code Strict-Transport-Security} when the request came over TLS: to this server, or to a trusted proxy that says
 * so in {@code X-Forwarded-Proto}. Over plain HTTP the header means nothing to a browser (RFC 6797), and from an
 * untrusted peer {@code X-Forwarded-Proto} is the client's own claim.
 */
public final class SecurityHeaders implements Filter {

    public static final Header NO_SNIFF = HeaderValues.createCached("X-Content-Type-Options", "nosniff");
    /** A year, the value HSTS preload lists ask for; subdomains are left to their own servers. */
    public static final Header STRICT_TRANSPORT = HeaderValues.createCached("Strict-Transport-Security",
            "max-age=31536000");
    private static final HeaderName FORWARDED_PROTO = HeaderNames.create("X-Forwarded-Proto");

    private final TrustedProxies trustedProxies;

    public SecurityHeaders(TrustedProxies trustedProxies) {
        this.trustedProxies = trustedProxies;
    }

    @Override
    public void filter(FilterChain chain, RoutingRequest request, RoutingResponse response) {
        response.header(NO_SNIFF);
        if (arrivedOverTls(request)) {
            response.header(STRICT_TRANSPORT);
        }
        chain.proceed();
    }

    boolean arrivedOverTls(ServerRequest request) {
        if (request.isSecure()) {
            return true;
        }
        IpAddress peer = IpAddress.of(((InetSocketAddress) request.remotePeer().address()).getAddress());
        return arrivedOverTls(false, peer, request.headers().first(FORWARDED_PROTO));
    }

    /**
     * @param forwardedProto the first {@code X-Forwarded-Proto} value; of a list, the first entry is the scheme the
     *                       client used with the outermost proxy
     */
    boolean arrivedOverTls(boolean secureSocket, IpAddress peer, Optional<String> forwardedProto) {
        if (secureSocket) {
            return true;
        }
        return trustedProxies.contains(peer) && forwardedProto
                .map(value -> value.split(",")[0].strip().toLowerCase(Locale.ROOT))
                .filter("https"::equals)
                .isPresent();
    }
}
