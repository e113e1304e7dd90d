package io.cockpit.application.port.in.protection;

import io.cockpit.domain.protection.IpAddress;

/** Whether requests from an address are refused (checked for every request, so it is answered from memory). */
public interface CheckAddressQuery {

    boolean isBlocked(IpAddress address);
}
