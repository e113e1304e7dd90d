package io.cockpit.adapters.http.pipeline;

import io.cockpit.application.port.in.protection.CheckAddressQuery;
import io.cockpit.domain.protection.IpAddress;
import io.cockpit.domain.protection.ProtectionErrors;
import io.helidon.webserver.http.Filter;
import io.helidon.webserver.http.FilterChain;
import io.helidon.webserver.http.RoutingRequest;
import io.helidon.webserver.http.RoutingResponse;

/** Refuses every request from a blocked address (403 {@code address.blocked}) before anything else looks at it. */
public final class BlockedAddressFilter implements Filter {

    private final ClientAddresses clientAddresses;
    private final CheckAddressQuery blocklist;

    public BlockedAddressFilter(ClientAddresses clientAddresses, CheckAddressQuery blocklist) {
        this.clientAddresses = clientAddresses;
        this.blocklist = blocklist;
    }

    @Override
    public void filter(FilterChain chain, RoutingRequest request, RoutingResponse response) {
        IpAddress client = clientAddresses.of(request);
        RequestInfo.require(request).client(client);
        if (blocklist.isBlocked(client)) {
            throw ProtectionErrors.addressBlocked();
        }
        chain.proceed();
    }
}
