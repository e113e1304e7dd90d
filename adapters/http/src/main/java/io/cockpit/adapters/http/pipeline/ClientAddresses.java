package io.cockpit.adapters.http.pipeline;

import io.cockpit.adapters.http.problem.Problems;
import io.cockpit.domain.protection.TrustedProxies;
import io.cockpit.domain.protection.IpAddress;
import io.cockpit.domain.shared.InvalidValueException;
import io.helidon.http.HeaderNames;
import io.helidon.webserver.http.ServerRequest;

import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.List;

/**
 * Who the client is: the socket's peer, unless that peer is a configured trusted proxy; then the first address in
 * {@code X-Forwarded-For}, read from the right, that is not a trusted proxy. A client cannot spoof its address by
 * sending the header itself: from an untrusted peer the header is ignored. A hop on that walk that is no address is
 * refused (400 {@code request.bad_forwarded_for}) rather than taken as the proxy: every client would otherwise share
 * the proxy's limits, and could get it blocked.
 */
public final class ClientAddresses {

    private final TrustedProxies trustedProxies;

    public ClientAddresses(TrustedProxies trustedProxies) {
        this.trustedProxies = trustedProxies;
    }

    public IpAddress of(ServerRequest request) {
        return resolve(IpAddress.of(((InetSocketAddress) request.remotePeer().address()).getAddress()),
                request.headers().values(HeaderNames.X_FORWARDED_FOR));
    }

    /** The client behind {@code peer}, given the X-Forwarded-For header values in order. */
    public IpAddress resolve(IpAddress peer, List<String> forwardedFor) {
        if (!trusted(peer)) {
            return peer;
        }
        List<String> hops = new ArrayList<>();
        forwardedFor.forEach(value -> {
            for (String hop : value.split(",", -1)) {
                hops.add(hop.strip());
            }
        });
        IpAddress client = peer;
        for (int i = hops.size() - 1; i >= 0; i--) {
            try {
                client = IpAddress.parse(hops.get(i));
            } catch (InvalidValueException unreadable) {
                throw Problems.badForwardedFor();
            }
            if (!trusted(client)) {
                return client;
            }
        }
        return client;
    }

    private boolean trusted(IpAddress address) {
        return trustedProxies.contains(address);
    }
}
